import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
a = torch.relu(x)  # a tensor function
b = F.relu(x)  # the functional interface
c = nn.ReLU()(x)  # a module: it can go into nn.Sequential
print(a)
#> tensor([0., 0., 0., 1., 2.])
print(torch.equal(a, b), torch.equal(b, c))
#> True True
print(list(nn.ReLU().parameters()))  # nothing to learn
#> []
