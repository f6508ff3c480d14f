import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([[-1.0, 0.0, 2.0]])

# An activation has nothing to store: the module and the function are interchangeable.
relu = nn.ReLU()
print(torch.equal(relu(x), F.relu(x)))
#> True
print(list(relu.parameters()))
#> []

# A learnable layer stores its parameters; batch normalisation also keeps running statistics.
print([name for name, _ in nn.Linear(3, 2).named_parameters()])
#> ['weight', 'bias']
print(list(nn.BatchNorm1d(3).state_dict().keys()))
#> ['weight', 'bias', 'running_mean', 'running_var', 'num_batches_tracked']
