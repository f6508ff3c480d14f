import torch
import torch.nn.functional as F
from torch import nn


class Net(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)  # bug: training=True by default, whatever the model's mode


torch.manual_seed(0)
model = Net()
model.eval()  # sets model.training = False, but F.dropout never looks at it
print(model.training)
#> False
x = torch.ones(4, 8)
print(model(x))  # zeros, and survivors scaled by 1 / (1 - p) = 2
#> tensor([[0., 0., 2., 0., 0., 0., 2., 2.],
#>         [0., 2., 2., 2., 2., 0., 2., 2.],
#>         [2., 2., 0., 0., 2., 0., 2., 0.],
#>         [2., 0., 0., 0., 0., 2., 0., 0.]])
print(torch.equal(model(x), model(x)))  # two evaluations of the same input disagree
#> False
