import torch
from torch import nn

block1 = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
block2 = nn.Sequential(nn.Linear(8, 8), nn.ReLU())
model = nn.Sequential(block1, block2, nn.Linear(8, 2))
print(model)
#> Sequential(
#>   (0): Sequential(
#>     (0): Linear(in_features=4, out_features=8, bias=True)
#>     (1): ReLU()
#>   )
#>   (1): Sequential(
#>     (0): Linear(in_features=8, out_features=8, bias=True)
#>     (1): ReLU()
#>   )
#>   (2): Linear(in_features=8, out_features=2, bias=True)
#> )
print(model[1][0])
#> Linear(in_features=8, out_features=8, bias=True)
print(model(torch.ones(3, 4)).shape)
#> torch.Size([3, 2])
# Parameter names follow the nesting: <index in model>.<index in block>.<name>
for name, param in model.named_parameters():
    print(name, tuple(param.shape))
    #> 0.0.weight (8, 4)
    #> 0.0.bias (8,)
    #> 1.0.weight (8, 8)
    #> 1.0.bias (8,)
    #> 2.weight (2, 8)
    #> 2.bias (2,)
