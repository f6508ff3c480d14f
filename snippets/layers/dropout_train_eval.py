import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
x = torch.ones(2, 8)

drop.train()  # the default for a new module
print(drop.training)
#> True
y = drop(x)
print(y)  # about half the values are zeroed, the survivors are scaled by 1 / (1 - p) = 2
#> tensor([[0., 0., 2., 0., 0., 0., 2., 2.],
#>         [0., 2., 2., 2., 2., 0., 2., 2.]])
print(y.unique())
#> tensor([0., 2.])

drop.eval()
print(drop.training)
#> False
print(drop(x))  # evaluation: the identity
#> tensor([[1., 1., 1., 1., 1., 1., 1., 1.],
#>         [1., 1., 1., 1., 1., 1., 1., 1.]])
