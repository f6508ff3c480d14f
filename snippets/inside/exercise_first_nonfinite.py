import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 2))
with torch.no_grad():
    model[2].weight.mul_(1e37)  # weights gone wrong: huge, but still finite

culprits = []


def check(name):
    def hook(module, args, output):
        if not culprits and not torch.isfinite(output).all():  # remember the first only
            culprits.append(f"{name} ({type(module).__name__})")
    return hook


for name, module in model.named_children():
    module.register_forward_hook(check(name))
out = model(1000 * torch.randn(3, 4))
print(bool(torch.isfinite(out).all()), culprits)
#> False ['2 (Linear)']
