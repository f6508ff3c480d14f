import torch
from torch import nn

x = torch.tensor(
    [
        [1, 2, 0, 2, 1],
        [0, 1, 3, 1, 1],
        [1, 2, 1, 0, 0],
        [5, 2, 3, 1, 1],
        [2, 1, 0, 1, 1],
    ],
    dtype=torch.float32,
).reshape(1, 1, 5, 5)

pool = nn.MaxPool2d(kernel_size=3)  # ceil_mode=False is the default
print(pool(x))
#> tensor([[[[3.]]]])
