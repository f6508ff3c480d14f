import torch
from torch import nn


def init_weights(module):
    print("visit", type(module).__name__)
    #> visit Linear
    #> visit ReLU
    #> visit Linear
    #> visit Sequential
    if isinstance(module, nn.Linear):
        nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        nn.init.zeros_(module.bias)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4))
model.apply(init_weights)  # every submodule, children before their parent
print(model[0].bias.abs().sum().item(), model[2].bias.abs().sum().item())
#> 0.0 0.0
