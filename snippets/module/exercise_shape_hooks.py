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


def print_shape(module, inputs, output):
    print(f"{type(module).__name__:9} {list(inputs[0].shape)} -> {list(output.shape)}")
    #> Conv2d    [1, 1, 32, 32] -> [1, 6, 30, 30]
    #> MaxPool2d [1, 6, 30, 30] -> [1, 6, 15, 15]
    #> Linear    [1, 1350] -> [1, 10]


net = Net()
for child in net.children():
    child.register_forward_hook(print_shape)
out = net(torch.randn(1, 1, 32, 32))
