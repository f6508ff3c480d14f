import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
seen = []


def record(module, args, output):
    seen.append(f"{type(module).__name__} {tuple(output.shape)}")


# A hook on the container fires once, for the whole forward pass of the Sequential.
model.register_forward_hook(record)
model(torch.zeros(3, 4))
print(seen)
#> ['Sequential (3, 2)']

# A hook on each child fires once per layer, in the order the layers run (the container's last).
seen.clear()
for child in model.children():
    child.register_forward_hook(record)
model(torch.zeros(3, 4))
print(seen)
#> ['Linear (3, 8)', 'ReLU (3, 8)', 'Linear (3, 2)', 'Sequential (3, 2)']
