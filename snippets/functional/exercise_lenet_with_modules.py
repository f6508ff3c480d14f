import torch
from torch import nn

torch.manual_seed(0)
# LeNet again, with nn.ReLU and nn.MaxPool2d modules instead of F.relu and F.max_pool2d.
model = nn.Sequential(
    nn.Conv2d(3, 6, kernel_size=5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(6, 16, kernel_size=5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
    nn.Linear(120, 84), nn.ReLU(),
    nn.Linear(84, 10),
)
print(model(torch.randn(64, 3, 32, 32)).shape)
#> torch.Size([64, 10])
print(sum(p.numel() for p in model.parameters()))  # unchanged: ReLU and pooling add none
#> 62006
print(len(model))  # but now they are layers of the model, and print(model) lists them
#> 12
