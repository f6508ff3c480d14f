import torch
from torch import nn

layer = nn.Linear(4, 2)


def report(module, inputs, output):
    print("hook saw output of shape", tuple(output.shape))
    #> hook saw output of shape (3, 2)


layer.register_forward_hook(report)
x = torch.randn(3, 4)

y = layer(x)  # __call__ runs the hooks around forward
y = layer.forward(x)  # forward alone: no hook
print("after calling forward directly")
#> after calling forward directly
