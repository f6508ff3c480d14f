import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
twin = copy.deepcopy(model)
x, y = torch.randn(32, 4), torch.randn(32, 1)
loss_fn = nn.MSELoss()

# One batch of 32.
loss_fn(model(x), y).backward()

# Four micro-batches of 8: gradients add up in .grad; dividing each loss by 4 turns the sum
# of four means into the mean over all 32 samples.
for xb, yb in zip(x.split(8), y.split(8), strict=True):
    (loss_fn(twin(xb), yb) / 4).backward()

print(torch.allclose(model.weight.grad, twin.weight.grad))
#> True
print(torch.allclose(model.bias.grad, twin.bias.grad))
#> True
