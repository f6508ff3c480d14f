import torch
from torch import nn

x = torch.tensor(
    [
        [1.0, 2.0, 0.0, 4.0],
        [3.0, 0.0, 1.0, 1.0],
        [0.0, 5.0, 2.0, 2.0],
        [1.0, 1.0, 0.0, 6.0],
    ]
).reshape(1, 1, 4, 4)

pool = nn.MaxPool2d(2, return_indices=True)
out, indices = pool(x)  # the maxima, and where each one was
print(out)
#> tensor([[[[3., 4.],
#>           [5., 6.]]]])
print(indices)  # positions in the flattened 4x4 input of each channel
#> tensor([[[[ 4,  3],
#>           [ 9, 15]]]])

unpool = nn.MaxUnpool2d(2)
print(unpool(out, indices))  # each maximum back in its place, zeros elsewhere
#> tensor([[[[0., 0., 0., 4.],
#>           [3., 0., 0., 0.],
#>           [0., 5., 0., 0.],
#>           [0., 0., 0., 6.]]]])
