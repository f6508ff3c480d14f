import warnings

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
shapes = {}


def record(kind):
    def hook(module, grad_input, grad_output):
        shapes[kind] = [None if g is None else tuple(g.shape) for g in grad_input]
    return hook


old = nn.Linear(3, 2)
# PyTorch warns about the old hook; record the warning instead of letting it stop the run.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old.register_backward_hook(record("old"))
    old(x).sum().backward()
print(caught[0].category.__name__)
#> FutureWarning
print(caught[0].message)
#> Using a non-full backward hook when the forward contains multiple autograd Nodes is deprecated and will be removed in future versions. This hook will be missing some grad_input. Please use register_full_backward_hook to get the documented behavior.

new = nn.Linear(3, 2)
new.register_full_backward_hook(record("full"))
new(x).sum().backward()
# The old hook's grad_input belongs to the last operation inside forward (addmm: bias, input,
# weight transposed); the full hook's is the gradient of the module's own input, x.
print(shapes)
#> {'old': [(2,), (4, 3), (3, 2)], 'full': [(4, 3)]}
