import torch
from torch import nn

torch.manual_seed(0)
gap = nn.AdaptiveAvgPool2d(1)  # the output size is fixed, the windows adapt to the input
for h, w in [(7, 7), (13, 9), (200, 200)]:
    x = torch.randn(2, 16, h, w)
    y = gap(x)
    print(tuple(x.shape), "->", tuple(y.shape), torch.allclose(y[:, :, 0, 0], x.mean(dim=(2, 3))))
    #> (2, 16, 7, 7) -> (2, 16, 1, 1) True
    #> (2, 16, 13, 9) -> (2, 16, 1, 1) True
    #> (2, 16, 200, 200) -> (2, 16, 1, 1) True

x = torch.arange(25.0).reshape(1, 1, 5, 5)
print(nn.AdaptiveAvgPool2d((2, 2))(x))  # windows of rows/columns 0-2 and 2-4: they overlap
#> tensor([[[[ 6.,  8.],
#>           [16., 18.]]]])
