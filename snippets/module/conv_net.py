import torch
import torch.nn.functional as F
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)  # 1 input channel, 6 output channels, 3x3 kernel
        self.pool = nn.MaxPool2d(2)
        self.fc1 = nn.Linear(6 * 15 * 15, 10)  # 1350 inputs

    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = torch.flatten(x, 1)  # keep dimension 0, the batch
        return self.fc1(x)


torch.manual_seed(0)
net = Net()
print(net)
#> Net(
#>   (conv1): Conv2d(1, 6, kernel_size=(3, 3), stride=(1, 1))
#>   (pool): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
#>   (fc1): Linear(in_features=1350, out_features=10, bias=True)
#> )

# the same steps as forward, one at a time
x = torch.randn(1, 1, 32, 32)  # a batch of 1 grey 32x32 image
print(list(x.shape))
#> [1, 1, 32, 32]
x = F.relu(net.conv1(x))
print(list(x.shape))
#> [1, 6, 30, 30]
x = net.pool(x)
print(list(x.shape))
#> [1, 6, 15, 15]
x = torch.flatten(x, 1)
print(list(x.shape))
#> [1, 1350]
x = net.fc1(x)
print(list(x.shape))
#> [1, 10]

for name, p in net.named_parameters():
    print(name, list(p.shape))
    #> conv1.weight [6, 1, 3, 3]
    #> conv1.bias [6]
    #> fc1.weight [10, 1350]
    #> fc1.bias [10]
