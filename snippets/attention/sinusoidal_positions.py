import math

import torch


def sinusoidal_positions(length, dim):
    """The table of "Attention is all you need": sin on even, cos on odd features."""
    position = torch.arange(length).unsqueeze(1)  # (L, 1)
    frequency = torch.exp(torch.arange(0, dim, 2) * (-math.log(10000.0) / dim))  # (dim/2,)
    table = torch.zeros(length, dim)
    table[:, 0::2] = torch.sin(position * frequency)
    table[:, 1::2] = torch.cos(position * frequency)
    return table


table = sinusoidal_positions(length=50, dim=8)
print(table.shape)
#> torch.Size([50, 8])
print(table[:4].round(decimals=3))
#> tensor([[ 0.0000,  1.0000,  0.0000,  1.0000,  0.0000,  1.0000,  0.0000,  1.0000],
#>         [ 0.8410,  0.5400,  0.1000,  0.9950,  0.0100,  1.0000,  0.0010,  1.0000],
#>         [ 0.9090, -0.4160,  0.1990,  0.9800,  0.0200,  1.0000,  0.0020,  1.0000],
#>         [ 0.1410, -0.9900,  0.2960,  0.9550,  0.0300,  1.0000,  0.0030,  1.0000]])

# every row has the same norm, and nearby positions have similar vectors
print(table.norm(dim=1)[:3].round(decimals=3))
#> tensor([2., 2., 2.])
similarity = table @ table[10]
print(similarity[[9, 10, 11, 30]].round(decimals=2))
#> tensor([3.5400, 4.0000, 3.5400, 1.9700])
