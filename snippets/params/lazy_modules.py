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

# Loading a state_dict also materialises the parameters, without a dry run.
copy = nn.Sequential(
    nn.LazyConv2d(6, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.LazyLinear(10)
)
copy.load_state_dict(net.state_dict())
print(tuple(copy[4].weight.shape), torch.equal(copy[4].weight, net[4].weight))
#> (10, 1350) True

# An optimiser created before the dry run holds the same parameter objects: it steps them.
early = nn.LazyLinear(2)
optimizer = torch.optim.SGD(early.parameters(), lr=0.1)
early(torch.randn(4, 3)).sum().backward()  # the dry run, then a backward pass
before = early.weight.detach().clone()
optimizer.step()
print(tuple(early.weight.shape), torch.equal(early.weight, before))
#> (2, 3) False

# Convert and move the model before the dry run: the parameters are created as the module is.
double = nn.LazyLinear(2).to(torch.float64)  # or .to(device)
double(torch.zeros(1, 3, dtype=torch.float64))
print(double.weight.dtype)
#> torch.float64

# Same seed, other initial values: here the eager Linear draws first, at construction, and
# the lazy one only at the dry run.
torch.manual_seed(0)
eager = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
torch.manual_seed(0)
lazy = nn.Sequential(nn.LazyLinear(8), nn.ReLU(), nn.Linear(8, 2))
lazy(torch.zeros(1, 4))
print(torch.equal(eager[0].weight, lazy[0].weight), torch.equal(eager[2].weight, lazy[2].weight))
#> False False
