import torch
from torch import nn

x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
print(nn.ReLU()(x))  # max(0, x)
#> tensor([0., 0., 0., 1., 2.])
print(nn.Sigmoid()(x))  # 1 / (1 + exp(-x)), in (0, 1)
#> tensor([0.1192, 0.2689, 0.5000, 0.7311, 0.8808])
print(nn.Tanh()(x))  # in (-1, 1), centred on 0
#> tensor([-0.9640, -0.7616,  0.0000,  0.7616,  0.9640])
print(nn.LeakyReLU()(x))  # negative_slope=0.01 for x < 0
#> tensor([-0.0200, -0.0100,  0.0000,  1.0000,  2.0000])
print(nn.LeakyReLU(negative_slope=0.1)(x))
#> tensor([-0.2000, -0.1000,  0.0000,  1.0000,  2.0000])
print(nn.GELU()(x))  # x * Phi(x), Phi = standard normal CDF
#> tensor([-0.0455, -0.1587,  0.0000,  0.8413,  1.9545])
