import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(2, 3)

# Run the module with other tensors in place of its parameters, without touching them.
zeros = {name: torch.zeros_like(p) for name, p in model.named_parameters()}
print(functional_call(model, zeros, (x,)))
#> tensor([[0.],
#>         [0.]])
print(torch.equal(functional_call(model, dict(model.named_parameters()), (x,)), model(x)))
#> True

# Only the names given are replaced: here the bias, the weight is the module's own.
shifted = functional_call(model, {"bias": model.bias + 100}, (x,))
print(torch.allclose(shifted, model(x) + 100))
#> True
