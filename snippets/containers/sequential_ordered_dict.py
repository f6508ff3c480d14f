from collections import OrderedDict

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
print(model)
#> Sequential(
#>   (fc1): Linear(in_features=4, out_features=8, bias=True)
#>   (act): ReLU()
#>   (fc2): Linear(in_features=8, out_features=2, bias=True)
#> )
