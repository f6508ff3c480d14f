import torch
from torch import nn

torch.manual_seed(0)
# 64 samples, 3 features: means about 5, -20 and 300, standard deviations about 1, 10 and 100
x = torch.randn(64, 3) * torch.tensor([1.0, 10.0, 100.0]) + torch.tensor([5.0, -20.0, 300.0])

bn = nn.BatchNorm1d(num_features=3)  # a new module is in training mode
y = bn(x).detach()  # detach: we only look at the values, no gradients needed
# Each feature (column) is normalised with the mean and variance of this batch.
print(y.mean(dim=0).round(decimals=4) + 0.0)  # + 0.0 turns -0.0 into 0.0
#> tensor([0., 0., 0.])
print(y.std(dim=0, correction=0).round(decimals=4))
#> tensor([1., 1., 1.])
print(bn.weight.shape, bn.bias.shape)  # learnable scale (gamma) and shift (beta), one per feature
#> torch.Size([3]) torch.Size([3])
