import torch
from torch import nn

# (1, 3, 32, 32) -> conv 5x5: 32 - 5 + 1 = 28 -> pool 2: 14
# -> conv 3x3, padding 1, stride 2: floor((14 + 2 - 2 - 1) / 2) + 1 = 7 -> 16 * 7 * 7 = 784
model = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=5),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, kernel_size=3, padding=1, stride=2),
    nn.Flatten(),
    nn.Linear(16 * 7 * 7, 10),
)
x = torch.zeros(1, 3, 32, 32)
for layer in model:
    x = layer(x)
    print(f"{type(layer).__name__:10} {tuple(x.shape)}")
    #> Conv2d     (1, 8, 28, 28)
    #> MaxPool2d  (1, 8, 14, 14)
    #> Conv2d     (1, 16, 7, 7)
    #> Flatten    (1, 784)
    #> Linear     (1, 10)
