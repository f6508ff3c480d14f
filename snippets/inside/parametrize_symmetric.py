import torch
from torch import nn
from torch.nn.utils import parametrize


class Symmetric(nn.Module):
    def forward(self, X):  # from the stored tensor to the weight the layer uses
        return X.triu() + X.triu(1).transpose(0, 1)


torch.manual_seed(0)
layer = nn.Linear(3, 3)
parametrize.register_parametrization(layer, "weight", Symmetric())
print(torch.equal(layer.weight, layer.weight.T))
#> True

# layer.weight is now computed on each access from the tensor actually trained, "original".
print(layer)
#> ParametrizedLinear(
#>   in_features=3, out_features=3, bias=True
#>   (parametrizations): ModuleDict(
#>     (weight): ParametrizationList(
#>       (0): Symmetric()
#>     )
#>   )
#> )
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original']
print([name for name, _ in layer.named_parameters()])
#> ['bias', 'parametrizations.weight.original']

# A step of training keeps it symmetric: the optimiser updates original, not weight.
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
layer(torch.randn(8, 3)).pow(2).sum().backward()
optimizer.step()
print(torch.equal(layer.weight, layer.weight.T))
#> True

# Done training: store the current weight as a plain parameter again.
parametrize.remove_parametrizations(layer, "weight")
print(list(layer.state_dict()), torch.equal(layer.weight, layer.weight.T))
#> ['bias', 'weight'] True
