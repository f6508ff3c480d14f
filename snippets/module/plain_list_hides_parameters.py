import torch
from torch import nn


class WithList(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4), nn.Linear(4, 4)]  # a plain Python list


class WithModuleList(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4), nn.Linear(4, 4)])

    def forward(self, x):
        for layer in self.layers:  # ModuleList has no forward: loop over it yourself
            x = torch.relu(layer(x))
        return x


print(len(list(WithList().parameters())))  # invisible to the optimiser, .to(), state_dict()
#> 0
model = WithModuleList()
print(len(list(model.parameters())))
#> 4
print(model(torch.randn(2, 4)).shape)
#> torch.Size([2, 4])
