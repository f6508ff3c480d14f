import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=3, out_features=4)
x = torch.randn(2, 3)  # a batch of 2 samples with 3 features each
y = layer(x)
print(y.shape)
#> torch.Size([2, 4])
for name, param in layer.named_parameters():
    print(name, param.shape)
    #> weight torch.Size([4, 3])
    #> bias torch.Size([4])
# The weight is stored (out_features, in_features): the layer computes x @ W.T + b.
print(torch.allclose(y, x @ layer.weight.T + layer.bias))
#> True

# Any number of leading dimensions: only the last one must equal in_features.
print(layer(torch.randn(5, 7, 3)).shape)
#> torch.Size([5, 7, 4])
