import copy

import torch
from torch import nn

torch.manual_seed(0)
shared = nn.Linear(3, 3)
model = nn.Sequential(shared, nn.Tanh(), shared)  # the same layer, used twice
print(len(list(model.parameters())), "parameter tensors")
#> 2 parameter tensors
print(model[0] is model[2])
#> True

# Two independent copies with the same starting values, for comparison.
first, second = copy.deepcopy(shared), copy.deepcopy(shared)
untied = nn.Sequential(first, nn.Tanh(), second)
print(len(list(untied.parameters())), "parameter tensors")
#> 4 parameter tensors

x = torch.randn(4, 3)
model(x).sum().backward()
untied(x).sum().backward()
print(torch.equal(model(x), untied(x)))  # the same function...
#> True
# ...and the shared weight's gradient is the sum of the gradients of both uses
print(torch.allclose(shared.weight.grad, first.weight.grad + second.weight.grad))
#> True
