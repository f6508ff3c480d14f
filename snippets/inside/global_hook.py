import torch
from torch import nn
from torch.nn.modules.module import register_module_forward_hook

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
other = nn.Linear(2, 2)  # another model, that nobody asked to watch

calls = []
handle = register_module_forward_hook(lambda m, args, out: calls.append(type(m).__name__))
model(torch.zeros(1, 4))
other(torch.zeros(1, 2))
print(calls)  # every module of every model in the process, until removed
#> ['Linear', 'ReLU', 'Sequential', 'Linear']
handle.remove()
other(torch.zeros(1, 2))
print(len(calls))
#> 4
