import torch
from torch import nn

prediction = torch.tensor([2.5, 0.0, 2.0, 8.0])
target = torch.tensor([3.0, -0.5, 2.0, 7.0])

mse = nn.MSELoss()  # mean of the squared errors
l1 = nn.L1Loss()  # mean of the absolute errors
print(mse(prediction, target))
#> tensor(0.3750)
print(l1(prediction, target))
#> tensor(0.5000)

# The same numbers by hand: errors are -0.5, 0.5, 0.0, 1.0
error = prediction - target
print((error**2).mean(), error.abs().mean())
#> tensor(0.3750) tensor(0.5000)
