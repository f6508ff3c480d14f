import math

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(256, 20), torch.randint(0, 10, (256,))
model = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 10))
print(f"default init: first loss {F.cross_entropy(model(x), y):.4f}")
#> default init: first loss 2.3193

# Zero logits mean a uniform prediction: the first loss is exactly ln(10).
nn.init.zeros_(model[2].weight)
nn.init.zeros_(model[2].bias)
print(f"zero last layer: first loss {F.cross_entropy(model(x), y):.4f}, ln(10) {math.log(10):.4f}")
#> zero last layer: first loss 2.3026, ln(10) 2.3026

# On the first step only the last layer learns: no gradient passes through zero weights.
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(2):
    optimizer.zero_grad()
    F.cross_entropy(model(x), y).backward()
    print(step, model[0].weight.grad.abs().max().item() > 0, model[2].weight.grad.abs().max().item() > 0)
    #> 0 False True
    #> 1 True True
    optimizer.step()

# Imbalanced classes: start from their frequencies, with the bias at log(prior).
y = torch.multinomial(torch.tensor([0.7, 0.2, 0.1]), 1000, replacement=True)  # 3 classes
prior = torch.bincount(y, minlength=3) / len(y)
head = nn.Linear(64, 3)
nn.init.zeros_(head.weight)
features = torch.randn(1000, 64)
nn.init.zeros_(head.bias)
print(f"zero bias: first loss {F.cross_entropy(head(features), y):.4f}")
#> zero bias: first loss 1.0986
with torch.no_grad():
    head.bias.copy_(prior.log())
entropy = -(prior * prior.log()).sum()  # the best loss without looking at the input
print(f"log prior: first loss {F.cross_entropy(head(features), y):.4f}, entropy {entropy:.4f}")
#> log prior: first loss 0.8161, entropy 0.8161
