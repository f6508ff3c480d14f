import torch
from torch import nn

layer = nn.Linear(2, 2)
# Writing chosen values into a parameter is not part of the model's computation:
# do it under torch.no_grad(), or autograd refuses.
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0]]))
    layer.bias.fill_(0.5)
print(layer(torch.tensor([[2.0, 3.0]])))
#> tensor([[2.5000, 3.5000]], grad_fn=<AddmmBackward0>)
print(layer.weight.requires_grad)  # still a trainable parameter
#> True

# nn.init functions do this for you; an in-place write outside no_grad() fails.
layer.bias.fill_(0.0)
#> Traceback (most recent call last):
#>   ...
#> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
