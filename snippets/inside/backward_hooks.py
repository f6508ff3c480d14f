import warnings

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
x, target = torch.randn(16, 4), torch.randn(16, 1)
norms = {}


# A full backward hook receives the gradients of the loss with respect to the module's
# inputs and outputs (tuples of tensors) when backward reaches that module.
def log_norm(name):
    def hook(module, grad_input, grad_output):
        norms[name] = round(grad_output[0].norm().item(), 4)
    return hook


for name, module in model.named_children():
    module.register_full_backward_hook(log_norm(name))

# The input x needs no gradient, so layer "0" has no grad_input to give: PyTorch warns.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.functional.mse_loss(model(x), target).backward()
print(norms)  # in the order backward ran: last layer first
#> {'2': 0.5285, '1': 0.3068, '0': 0.1989}
for warning in caught:
    print(warning.message)
    #> Full backward hook is firing when gradients are computed with respect to module outputs since no inputs require gradients. See https://docs.pytorch.org/docs/main/generated/torch.nn.Module.html#torch.nn.Module.register_full_backward_hook for more details.

# Tensor.register_hook: one tensor, here a parameter. A return value replaces the gradient,
# so this clips the first layer's weight gradient, and no other.
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
model[0].weight.register_hook(lambda grad: grad.clamp(-0.01, 0.01))
nn.functional.mse_loss(model(x), target).backward()
print(model[0].weight.grad.abs().max(), model[2].weight.grad.abs().max())
#> tensor(0.0100) tensor(0.3571)
