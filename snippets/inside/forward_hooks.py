import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 2)
x = torch.randn(3, 4)
log = []


def before(module, args):  # a pre-hook: the positional arguments, before forward runs
    log.append(f"pre-hook: {type(module).__name__} got {[tuple(a.shape) for a in args]}")


def after(module, args, output):  # a forward hook: the arguments and the output, after forward
    log.append(f"hook: output {tuple(output.shape)}")


pre_handle = layer.register_forward_pre_hook(before)
handle = layer.register_forward_hook(after)
y = layer(x)
print(log)
#> ['pre-hook: Linear got [(3, 4)]', 'hook: output (3, 2)']

# Every register_* returns a handle: remove() detaches that hook, and only that one.
handle.remove()
log.clear()
layer(x)
print(log)
#> ['pre-hook: Linear got [(3, 4)]']

# A hook that returns a value replaces the output (a pre-hook's value replaces the arguments).
double = layer.register_forward_hook(lambda module, args, output: 2 * output)
print(torch.allclose(layer(x), 2 * y))
#> True

pre_handle.remove()
double.remove()
print(torch.equal(layer(x), y))  # no hooks left: the plain layer again
#> True
