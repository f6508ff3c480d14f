import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU())
head = nn.Linear(32, 3)
model = nn.Sequential(backbone, head)

backbone.requires_grad_(False)  # freeze: no gradients for the backbone
trainable = [p for p in model.parameters() if p.requires_grad]
print(sum(p.numel() for p in model.parameters()), "parameters,",
      sum(p.numel() for p in trainable), "trainable")
#> 1507 parameters, 99 trainable
optimizer = torch.optim.AdamW(trainable, lr=1e-2)  # give it only what it may change

before = [p.clone() for p in model.parameters()]
x, y = torch.randn(16, 10), torch.randint(0, 3, (16,))
optimizer.zero_grad()
F.cross_entropy(model(x), y).backward()
optimizer.step()
print(backbone[0].weight.grad)  # no gradient was computed for it
#> None
for (name, p), old in zip(model.named_parameters(), before, strict=True):
    print(name, "changed" if not torch.equal(p, old) else "unchanged")
    #> 0.0.weight unchanged
    #> 0.0.bias unchanged
    #> 0.2.weight unchanged
    #> 0.2.bias unchanged
    #> 1.weight changed
    #> 1.bias changed
