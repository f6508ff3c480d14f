import torch
from torch import nn
from torch.nn.utils import parametrize


class Positive(nn.Module):
    def forward(self, X):
        return nn.functional.softplus(X)  # log(1 + exp(X)) > 0 for every X

    def right_inverse(self, W):  # lets layer.weight = W (and registration) start from W
        return W + torch.log(-torch.expm1(-W))  # the inverse of softplus, for W > 0


torch.manual_seed(0)
layer = nn.Linear(3, 1)
with torch.no_grad():
    layer.weight.abs_()  # registering calls right_inverse on the weight: it must be positive
before = layer.weight.detach().clone()
parametrize.register_parametrization(layer, "weight", Positive())
print(torch.allclose(layer.weight, before))  # thanks to right_inverse, the same weight
#> True

# Train towards a target that wants the weight -1, 2, -3: the negative ones cannot follow.
x = torch.randn(256, 3)
y = x @ torch.tensor([[-1.0], [2.0], [-3.0]])
optimizer = torch.optim.Adam(layer.parameters(), lr=0.1)
for _ in range(300):
    optimizer.zero_grad()
    nn.functional.mse_loss(layer(x), y).backward()
    optimizer.step()
print(layer.weight.detach(), bool((layer.weight > 0).all()))
#> tensor([[3.2064e-05, 2.3734e+00, 3.0074e-03]]) True
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original']
