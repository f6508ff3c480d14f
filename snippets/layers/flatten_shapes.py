import torch
from torch import nn

x = torch.zeros(8, 3, 32, 32)  # (N, C, H, W)
print(nn.Flatten()(x).shape)  # start_dim=1: keeps the batch dimension
#> torch.Size([8, 3072])
print(nn.Flatten(start_dim=2)(x).shape)  # (N, C, H*W)
#> torch.Size([8, 3, 1024])
print(torch.flatten(x).shape)  # careful: the function's start_dim is 0
#> torch.Size([24576])
print(torch.flatten(x, start_dim=1).shape)
#> torch.Size([8, 3072])

model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 10))
print(model(x).shape)
#> torch.Size([8, 10])
