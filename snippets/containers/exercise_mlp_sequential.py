from itertools import pairwise

import torch
from torch import nn


def make_mlp(sizes):
    layers = []
    for n_in, n_out in pairwise(sizes):
        layers.append(nn.Linear(n_in, n_out))
        layers.append(nn.ReLU())
    layers.pop()  # no ReLU after the output layer
    return nn.Sequential(nn.Flatten(), *layers)  # unpack the list into positional arguments


model = make_mlp([784, 512, 256, 128, 10])
print(model)
#> Sequential(
#>   (0): Flatten(start_dim=1, end_dim=-1)
#>   (1): Linear(in_features=784, out_features=512, bias=True)
#>   (2): ReLU()
#>   (3): Linear(in_features=512, out_features=256, bias=True)
#>   (4): ReLU()
#>   (5): Linear(in_features=256, out_features=128, bias=True)
#>   (6): ReLU()
#>   (7): Linear(in_features=128, out_features=10, bias=True)
#> )
print(model(torch.ones(32, 1, 28, 28)).shape)
#> torch.Size([32, 10])
print(sum(p.numel() for p in model.parameters()))
#> 567434
