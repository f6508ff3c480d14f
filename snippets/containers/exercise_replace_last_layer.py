import torch
from torch import nn

model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(784, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
)
# A new task with 5 classes: swap the output layer in place, keep the rest.
model[-1] = nn.Linear(model[-1].in_features, 5)
print(model)
#> Sequential(
#>   (0): Flatten(start_dim=1, end_dim=-1)
#>   (1): Linear(in_features=784, out_features=128, bias=True)
#>   (2): ReLU()
#>   (3): Linear(in_features=128, out_features=5, bias=True)
#> )
print(model(torch.ones(8, 1, 28, 28)).shape)
#> torch.Size([8, 5])
