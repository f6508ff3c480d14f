import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(5, 4)


def functional_forward(x, params):
    """The same computation as `model`, written with functions only."""
    h = F.relu(F.linear(x, params["0.weight"], params["0.bias"]))
    return F.linear(h, params["2.weight"], params["2.bias"])


params = dict(model.named_parameters())
print(list(params))
#> ['0.weight', '0.bias', '2.weight', '2.bias']
print(torch.equal(model(x), functional_forward(x, params)))
#> True
