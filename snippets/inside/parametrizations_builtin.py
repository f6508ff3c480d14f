import torch
from torch import nn
from torch.nn.utils import parametrizations

torch.manual_seed(0)
x = torch.randn(16, 6)

# weight_norm: weight = g * v / ||v||, a magnitude g and a direction v per output row.
layer = parametrizations.weight_norm(nn.Linear(6, 4))
g = layer.parametrizations.weight.original0
v = layer.parametrizations.weight.original1
print(tuple(g.shape), tuple(v.shape))
#> (4, 1) (4, 6)
print(torch.allclose(layer.weight, g * v / v.norm(dim=1, keepdim=True)))
#> True
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original0', 'parametrizations.weight.original1']

# spectral_norm: weight divided by its largest singular value (estimated, updated in training).
layer = parametrizations.spectral_norm(nn.Linear(6, 4))
for _ in range(10):
    layer(x)  # each forward pass in train() mode refines the estimate
print(f"{torch.linalg.matrix_norm(layer.weight, ord=2):.4f}")
#> 1.0000
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original', 'parametrizations.weight.0._u', 'parametrizations.weight.0._v']

# orthogonal: the rows stay orthonormal, whatever the optimiser does to original.
layer = parametrizations.orthogonal(nn.Linear(6, 4))
optimizer = torch.optim.SGD(layer.parameters(), lr=0.5)
for _ in range(5):
    optimizer.zero_grad()
    layer(x).pow(2).sum().backward()
    optimizer.step()
print(torch.allclose(layer.weight @ layer.weight.T, torch.eye(4), atol=1e-5))
#> True
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original', 'parametrizations.weight.0.base']
