import torch
import torch.nn.functional as F
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.pool = nn.MaxPool2d(2)
        self.fc1 = nn.Linear(6 * 15 * 15, 10)

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = torch.flatten(x, 1)
        return self.fc1(x)


net = Net()
conv1 = 6 * 1 * 3 * 3 + 6  # one 1x3x3 kernel and one bias per output channel
fc1 = 1350 * 10 + 10
print(conv1, fc1, conv1 + fc1)
#> 60 13510 13570
print(sum(p.numel() for p in net.parameters()))
#> 13570
