import os

import torch
from torch import nn


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
model = make_model()
torch.save(model.state_dict(), "model.pt")  # tensors only, keyed by name
print(os.path.getsize("model.pt") > 0)
#> True

# Later: rebuild the architecture in code, then fill it with the saved tensors.
state_dict = torch.load("model.pt")  # weights_only=True is the default
print({key: tuple(value.shape) for key, value in state_dict.items()})
#> {'0.weight': (8, 4), '0.bias': (8,), '2.weight': (2, 8), '2.bias': (2,)}
restored = make_model()
print(restored.load_state_dict(state_dict))
#> <All keys matched successfully>
x = torch.randn(3, 4)
print(torch.equal(restored(x), model(x)))
#> True
