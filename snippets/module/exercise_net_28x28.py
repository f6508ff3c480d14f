import torch
import torch.nn.functional as F
from torch import nn


class Net28(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)  # 28 -> 26
        self.pool = nn.MaxPool2d(2)  # 26 -> 13
        self.fc1 = nn.Linear(6 * 13 * 13, 10)  # 1014 inputs

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = torch.flatten(x, 1)
        return self.fc1(x)


net = Net28()
print(net(torch.randn(4, 1, 28, 28)).shape)
#> torch.Size([4, 10])
print(list(net.fc1.weight.shape))
#> [10, 1014]
