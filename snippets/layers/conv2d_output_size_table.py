import torch
from torch import nn

size = 10  # height and width of the input
x = torch.zeros(1, 1, size, size)
cases = [  # (kernel, stride, padding, dilation)
    (3, 1, 0, 1),
    (3, 1, 1, 1),
    (5, 1, 2, 1),
    (3, 2, 0, 1),
    (3, 2, 1, 1),
    (4, 3, 1, 1),
    (3, 1, 0, 2),
    (3, 1, 2, 2),
    (1, 1, 0, 1),
]
print(" k  s  p  d | formula  real")
#>  k  s  p  d | formula  real
for k, s, p, d in cases:
    conv = nn.Conv2d(1, 1, kernel_size=k, stride=s, padding=p, dilation=d)
    formula = (size + 2 * p - d * (k - 1) - 1) // s + 1  # // is the floor
    real = conv(x).shape[-1]
    assert formula == real
    print(f"{k:2} {s:2} {p:2} {d:2} | {formula:7} {real:5}")
    #>  3  1  0  1 |       8     8
    #>  3  1  1  1 |      10    10
    #>  5  1  2  1 |      10    10
    #>  3  2  0  1 |       4     4
    #>  3  2  1  1 |       5     5
    #>  4  3  1  1 |       3     3
    #>  3  1  0  2 |       6     6
    #>  3  1  2  2 |      10    10
    #>  1  1  0  1 |      10    10
