import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(8, 4, 26, 26)  # like a convolution's output: 8 images, 4 channels
pool = nn.MaxPool2d(2)
bn = nn.BatchNorm2d(4).eval()  # fixed statistics, as after training
bn.running_mean.uniform_(-1, 1)
bn.running_var.uniform_(0.5, 2)


def usual(x):  # BatchNorm -> ReLU -> pool
    return pool(torch.relu(bn(x)))


def pool_first(x):  # pool -> BatchNorm -> ReLU, as in our CNN
    return torch.relu(bn(pool(x)))


# With fixed statistics BatchNorm is y = gamma * (x - mean) / std + beta per channel. For
# gamma > 0 that is increasing, like ReLU, and an increasing function commutes with max:
with torch.no_grad():
    bn.weight.copy_(torch.tensor([1.0, 0.5, 2.0, 0.1]))
    print(torch.allclose(usual(x), pool_first(x)))
    #> True

    # A negative gamma turns the largest value into the smallest: the two orders now differ
    # in that channel. Nothing keeps a learned gamma positive.
    bn.weight[1] = -0.5
    differs = (usual(x) - pool_first(x)).abs().amax(dim=(0, 2, 3)) > 1e-6
    print(differs.tolist())
    #> [False, True, False, False]
