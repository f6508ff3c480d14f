import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(16, 3) * 4 + 1
bn = nn.BatchNorm1d(3)
y = bn(x)

# By hand: normalise with the BIASED variance, update the running variance with the UNBIASED one.
mean = x.mean(dim=0)
var_biased = x.var(dim=0, correction=0)
y_hand = (x - mean) / torch.sqrt(var_biased + bn.eps) * bn.weight + bn.bias
running_mean = 0.9 * torch.zeros(3) + 0.1 * mean
running_var = 0.9 * torch.ones(3) + 0.1 * x.var(dim=0, correction=1)

print(torch.allclose(y, y_hand, atol=1e-6))
#> True
print(torch.allclose(bn.running_mean, running_mean), torch.allclose(bn.running_var, running_var))
#> True True
