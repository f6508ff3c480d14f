import torch
from torch import nn

layers = nn.ModuleList([nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)])
x = torch.ones(3, 4)
layers(x)
#> Traceback (most recent call last):
#>   ...
#> NotImplementedError: Module [ModuleList] is missing the required "forward" function
