import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)  # a module: it creates and owns its weight and bias
x = torch.randn(2, 4)

# The function computes the same thing, but you pass the weights in yourself.
y_module = layer(x)
y_function = F.linear(x, layer.weight, layer.bias)  # x @ weight.T + bias
print(torch.equal(y_module, y_function))
#> True
print(layer.weight.shape)  # (out_features, in_features)
#> torch.Size([3, 4])
print(torch.allclose(y_function, x @ layer.weight.T + layer.bias))
#> True
