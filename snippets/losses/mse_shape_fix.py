import torch
from torch import nn

prediction = torch.tensor([[2.5], [0.0], [2.0], [8.0]])  # (4, 1)
target = torch.tensor([3.0, -0.5, 2.0, 7.0])  # (4,)

mse = nn.MSELoss()
print(mse(prediction.squeeze(1), target))  # drop the size-1 dimension: (4,) and (4,)
#> tensor(0.3750)
print(mse(prediction, target.view_as(prediction)))  # or give the target the shape (4, 1)
#> tensor(0.3750)
