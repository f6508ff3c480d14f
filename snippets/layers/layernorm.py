import torch
from torch import nn

x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [10.0, 10.0, 30.0, 30.0]])  # 2 samples, 4 features
ln = nn.LayerNorm(normalized_shape=4)  # normalise over the last dimension
y = ln(x).detach()
print(y)
#> tensor([[-1.3416, -0.4472,  0.4472,  1.3416],
#>         [-1.0000, -1.0000,  1.0000,  1.0000]])
# Each sample (row) has mean 0 and standard deviation 1, whatever the other rows hold.
print(y.mean(dim=1) + 0.0, y.std(dim=1, correction=0).round(decimals=4))
#> tensor([0., 0.]) tensor([1., 1.])
print(ln.weight.shape, ln.bias.shape)
#> torch.Size([4]) torch.Size([4])
# No running statistics: training and evaluation compute the same thing.
ln.eval()
print(torch.equal(ln(x), y))
#> True
print(ln(x[:1]).detach())  # a batch of one sample works too
#> tensor([[-1.3416, -0.4472,  0.4472,  1.3416]])
