import torch
from torch import nn

x = torch.arange(16.0).reshape(1, 1, 4, 4)
print(x[0, 0])
#> tensor([[ 0.,  1.,  2.,  3.],
#>         [ 4.,  5.,  6.,  7.],
#>         [ 8.,  9., 10., 11.],
#>         [12., 13., 14., 15.]])
pool = nn.AvgPool2d(kernel_size=2)  # stride defaults to kernel_size
print(pool(x))
#> tensor([[[[ 2.5000,  4.5000],
#>           [10.5000, 12.5000]]]])
print(nn.MaxPool2d(kernel_size=2)(x))  # max pooling on the same windows, for comparison
#> tensor([[[[ 5.,  7.],
#>           [13., 15.]]]])
