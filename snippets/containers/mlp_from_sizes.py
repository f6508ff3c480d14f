from itertools import pairwise

import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        # One Linear per consecutive pair of sizes: 784->512, 512->256, 256->128, 128->10.
        self.linears = nn.ModuleList([nn.Linear(n_in, n_out) for n_in, n_out in pairwise(sizes)])

    def forward(self, x):
        x = x.flatten(start_dim=1)
        for i, linear in enumerate(self.linears):
            x = linear(x)
            if i < len(self.linears) - 1:  # no ReLU after the output layer
                x = torch.relu(x)
        return x


model = MLP([784, 512, 256, 128, 10])
print(model)
#> MLP(
#>   (linears): ModuleList(
#>     (0): Linear(in_features=784, out_features=512, bias=True)
#>     (1): Linear(in_features=512, out_features=256, bias=True)
#>     (2): Linear(in_features=256, out_features=128, bias=True)
#>     (3): Linear(in_features=128, out_features=10, bias=True)
#>   )
#> )
print(model(torch.ones(32, 1, 28, 28)).shape)
#> torch.Size([32, 10])
print(sum(p.numel() for p in model.parameters()))
#> 567434
