import math

import torch
from torch import nn


class MyLinear(nn.Module):
    """A fully connected layer written from scratch: y = x @ W + b."""

    def __init__(self, in_features, out_features):
        super().__init__()
        # std 1/sqrt(in_features), so that the outputs do not grow with the number of inputs
        self.W = nn.Parameter(torch.randn(in_features, out_features) / math.sqrt(in_features))
        self.b = nn.Parameter(torch.zeros(out_features))

    def forward(self, x):
        return x @ self.W + self.b


torch.manual_seed(0)
layer = MyLinear(4, 3)
x = torch.randn(2, 4)
print(layer(x).shape)
#> torch.Size([2, 3])
for name, param in layer.named_parameters():
    print(name, tuple(param.shape))
    #> W (4, 3)
    #> b (3,)
