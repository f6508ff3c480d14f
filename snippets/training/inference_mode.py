import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.ones(2, 3)

with torch.no_grad():
    a = model(x)
with torch.inference_mode():  # no graph either, and less bookkeeping per tensor
    b = model(x)
print(a.requires_grad, b.requires_grad, torch.equal(a, b))
#> False False True
print(a.is_inference(), b.is_inference())
#> False True

# A no_grad() result is an ordinary tensor; an inference tensor cannot enter autograd later.
print((model.weight * a).sum().requires_grad)
#> True
(model.weight * b).sum()
#> Traceback (most recent call last):
#>   ...
#> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
