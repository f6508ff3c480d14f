import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
linear = nn.Linear(4, 3)
print(tuple(linear.weight.shape))  # (out_features, in_features): the transpose of our W
#> (3, 4)

x = torch.randn(2, 4)
by_hand = x @ linear.weight.T + linear.bias  # nn.Linear computes x W^T + b
print(torch.allclose(linear(x), by_hand))
#> True
print(torch.allclose(linear(x), F.linear(x, linear.weight, linear.bias)))
#> True
