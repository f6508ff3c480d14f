import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3, 5, 5) * 3 + 2  # (N, C, H, W)
bn = nn.BatchNorm2d(num_features=3)  # num_features = C
y = bn(x).detach()
# One mean and one variance per channel, over the N*H*W = 100 values of that channel.
print(y.mean(dim=(0, 2, 3)).round(decimals=4) + 0.0)
#> tensor([0., 0., 0.])
print(y.std(dim=(0, 2, 3), correction=0).round(decimals=4))
#> tensor([1., 1., 1.])
print(bn.weight.shape, bn.running_mean.shape)
#> torch.Size([3]) torch.Size([3])
