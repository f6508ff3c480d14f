import torch
from torch import nn


class WrongMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(784, 256), nn.Linear(256, 10)]  # a plain Python list

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class RightMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(784, 256), nn.Linear(256, 10)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


wrong, right = WrongMLP(), RightMLP()
# The forward pass works in both cases...
print(wrong(torch.ones(2, 784)).shape, right(torch.ones(2, 784)).shape)
#> torch.Size([2, 10]) torch.Size([2, 10])
# ...but only the ModuleList registers the layers' parameters.
print(len(list(wrong.parameters())), len(list(right.parameters())))
#> 0 4
print(sum(p.numel() for p in wrong.parameters()), sum(p.numel() for p in right.parameters()))
#> 0 203530
print(wrong)
#> WrongMLP()
# An optimiser built from wrong.parameters() would have nothing to train:
try:
    torch.optim.SGD(wrong.parameters(), lr=0.1)
except ValueError as err:
    print(err)
    #> optimizer got an empty parameter list
