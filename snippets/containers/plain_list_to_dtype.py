import torch
from torch import nn


class WrongMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 8), nn.Linear(8, 2)]  # a plain Python list

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class RightMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 8), nn.Linear(8, 2)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


wrong = WrongMLP().to(torch.float64)
right = RightMLP().to(torch.float64)
print([layer.weight.dtype for layer in wrong.layers])
#> [torch.float32, torch.float32]
print([layer.weight.dtype for layer in right.layers])
#> [torch.float64, torch.float64]
# The same goes for .to("cuda"), .train()/.eval() and state_dict():
print(list(wrong.state_dict().keys()))
#> []
print(list(right.state_dict().keys()))
#> ['layers.0.weight', 'layers.0.bias', 'layers.1.weight', 'layers.1.bias']
