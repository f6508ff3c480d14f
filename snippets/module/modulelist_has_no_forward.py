import torch
from torch import nn

layers = nn.ModuleList([nn.Linear(4, 4), nn.ReLU()])
layers(torch.randn(1, 4))
#> Traceback (most recent call last):
#>   ...
#> NotImplementedError: Module [ModuleList] is missing the required "forward" function
