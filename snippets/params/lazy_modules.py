import torch
from torch import nn

torch.manual_seed(0)
layer = nn.LazyLinear(10)  # in_features is not given
print(layer)
#> LazyLinear(in_features=0, out_features=10, bias=True)
print(layer.weight)  # not a tensor with values yet
#> <UninitializedParameter>
layer(torch.randn(2, 1350))  # the first call fixes in_features and draws the weights
print(layer)  # it is now an ordinary Linear
#> Linear(in_features=1350, out_features=10, bias=True)
print(tuple(layer.weight.shape))
#> (10, 1350)

# The convolutional network of the module chapter, without computing 6 * 15 * 15 by hand.
net = nn.Sequential(
    nn.LazyConv2d(6, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.LazyLinear(10)
)
net(torch.zeros(1, 1, 32, 32))  # a dry run with one sample of the real input shape
print(net[0].in_channels, net[4].in_features)
#> 1 1350
print(sum(p.numel() for p in net.parameters()))
#> 13570
# Create the optimiser and apply initialisers only after the dry run: before it, there are
# no parameters to give them.
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
