import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU())
head = nn.Linear(32, 3)
model = nn.Sequential(backbone, head)

# Phase 1: train the head only.
backbone.requires_grad_(False)
optimizer = torch.optim.AdamW(head.parameters(), lr=1e-3)

# Phase 2: unfreeze the backbone and add it as a new group with a smaller learning rate.
backbone.requires_grad_(True)
optimizer.add_param_group({"params": backbone.parameters(), "lr": 1e-4})
for group in optimizer.param_groups:
    print(group["lr"], sum(p.numel() for p in group["params"]), group["weight_decay"])
    #> 0.001 99 0.01
    #> 0.0001 1408 0.01

x, y = torch.randn(16, 10), torch.randint(0, 3, (16,))
before = backbone[0].weight.clone()
nn.functional.cross_entropy(model(x), y).backward()
optimizer.step()
print(torch.equal(before, backbone[0].weight))  # the backbone trains again
#> False
