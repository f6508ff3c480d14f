import torch
from torch import nn


class ResidualStack(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(width, width) for _ in range(depth)])

    def forward(self, x):
        # A ModuleList is a list: the loop (and what happens inside it) is up to you.
        for layer in self.layers:
            x = x + torch.relu(layer(x))
        return x


model = ResidualStack(width=8, depth=3)
print(model)
#> ResidualStack(
#>   (layers): ModuleList(
#>     (0-2): 3 x Linear(in_features=8, out_features=8, bias=True)
#>   )
#> )
print(len(model.layers), model.layers[0])
#> 3 Linear(in_features=8, out_features=8, bias=True)
print(model(torch.ones(2, 8)).shape)
#> torch.Size([2, 8])
