import torch
from torch import nn


class Mixture(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.centres = nn.ParameterList(nn.Parameter(torch.zeros(2)) for _ in range(n))
        self.scales = nn.ParameterDict({"x": nn.Parameter(torch.ones(1)), "y": nn.Parameter(torch.ones(1))})
        self.forgotten = [nn.Parameter(torch.zeros(2))]  # a plain list: not registered


m = Mixture(3)
for name, p in m.named_parameters():
    print(name, tuple(p.shape))
    #> centres.0 (2,)
    #> centres.1 (2,)
    #> centres.2 (2,)
    #> scales.x (1,)
    #> scales.y (1,)
print(len(m.centres), m.scales["y"].item())
#> 3 1.0
