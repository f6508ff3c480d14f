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


torch.manual_seed(0)
net = Net()
out = net(torch.randn(1, 1, 32, 32))
print(net.conv1.weight.grad)  # no backward pass yet
#> None

out.sum().backward()  # backward() needs a scalar: reduce the 10 outputs to one number
for name, p in net.named_parameters():
    print(name, list(p.grad.shape))
    #> conv1.weight [6, 1, 3, 3]
    #> conv1.bias [6]
    #> fc1.weight [10, 1350]
    #> fc1.bias [10]

print(net.fc1.bias.grad)  # d(out.sum())/d(bias) is 1 for every output
#> tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1.])
net(torch.randn(1, 1, 32, 32)).sum().backward()  # a second backward ADDS to .grad
print(net.fc1.bias.grad)
#> tensor([2., 2., 2., 2., 2., 2., 2., 2., 2., 2.])

net.zero_grad()  # by default this sets every .grad to None
print(net.fc1.bias.grad)
#> None
