import torch
from torch import nn

bn = nn.BatchNorm2d(3)  # a new layer is in training mode
x = torch.arange(48, dtype=torch.float32).reshape(1, 3, 4, 4)  # one image, 16 values per channel
print(bn(x).shape)  # one sample is fine: each channel has 4 * 4 values
#> torch.Size([1, 3, 4, 4])

pooled = nn.AdaptiveAvgPool2d(1)(x)  # global average pooling: one value per channel left
print(pooled.shape)
#> torch.Size([1, 3, 1, 1])
bn(pooled)  # a 1x1 map of a single sample: 1 value per channel
#> Traceback (most recent call last):
#>   ...
#> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 3, 1, 1])
