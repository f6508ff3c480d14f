from collections import OrderedDict

import torch
from torch import nn

model = nn.Sequential(
    OrderedDict(
        [
            ("fc1", nn.Linear(4, 8)),
            ("act", nn.ReLU()),
            ("fc2", nn.Linear(8, 2)),
        ]
    )
)

# By name: every child is an attribute.
print(model.fc1)
#> Linear(in_features=4, out_features=8, bias=True)
# By index: names or not, the position always works; negative indices too.
print(model[0] is model.fc1)
#> True
print(model[-1])
#> Linear(in_features=8, out_features=2, bias=True)

# A slice is a new Sequential that shares the same layers (and parameters).
head = model[:2]
print(head)
#> Sequential(
#>   (fc1): Linear(in_features=4, out_features=8, bias=True)
#>   (act): ReLU()
#> )
print(head.fc1 is model.fc1)
#> True
x = torch.ones(3, 4)
print(head(x).shape)
#> torch.Size([3, 8])
