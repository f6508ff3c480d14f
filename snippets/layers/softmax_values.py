import torch
from torch import nn

z = torch.tensor([1.0, 2.0, 3.0])
p = nn.Softmax(dim=0)(z)
print(p)
#> tensor([0.0900, 0.2447, 0.6652])
print(p.sum())
#> tensor(1.)
print(nn.Softmax(dim=0)(z + 100))  # adding a constant changes nothing
#> tensor([0.0900, 0.2447, 0.6652])

logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])  # (N, classes)
print(nn.Softmax(dim=1)(logits))  # dim=1: each row sums to 1
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.3333, 0.3333, 0.3333]])
