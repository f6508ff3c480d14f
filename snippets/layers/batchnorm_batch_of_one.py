import torch
from torch import nn

bn = nn.BatchNorm1d(3)
bn.eval()
print(bn(torch.ones(1, 3)).shape)  # evaluation: running statistics, any batch size works
#> torch.Size([1, 3])
bn.train()
bn(torch.ones(1, 3))  # training: the variance of a single sample is meaningless
#> Traceback (most recent call last):
#>   ...
#> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 3])
