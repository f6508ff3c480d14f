import torch
from torch import nn


# Divides by a scale that is not a tensor: get_extra_state puts it in the state_dict.
class Scaler(nn.Module):
    version = 2  # the checkpoint format this code writes and reads

    def __init__(self, scale=1.0):
        super().__init__()
        self.scale = scale
        self.linear = nn.Linear(2, 2)

    def forward(self, x):
        return self.linear(x / self.scale)

    def get_extra_state(self):  # any picklable object, saved under the key "_extra_state"
        return {"version": self.version, "scale": self.scale}

    def set_extra_state(self, state):  # called by load_state_dict with that object
        if state["version"] != self.version:
            raise ValueError(f"checkpoint format {state['version']}, expected {self.version}")
        self.scale = state["scale"]


saved = Scaler(scale=255.0).state_dict()
print(list(saved), saved["_extra_state"])
#> ['_extra_state', 'linear.weight', 'linear.bias'] {'version': 2, 'scale': 255.0}

restored = Scaler()
restored.load_state_dict(saved)
print(restored.scale)
#> 255.0


# A state_dict pre-hook rewrites the dict before loading: here, a key renamed since version 1.
def rename_old_keys(module, state_dict, prefix, *args):  # args: strict, missing keys...
    for old, new in [("fc.weight", "linear.weight"), ("fc.bias", "linear.bias")]:
        if prefix + old in state_dict:
            state_dict[prefix + new] = state_dict.pop(prefix + old)


v1 = {
    "fc.weight": torch.eye(2),
    "fc.bias": torch.zeros(2),
    "_extra_state": {"version": 2, "scale": 1.0},
}
restored.register_load_state_dict_pre_hook(rename_old_keys)
print(restored.load_state_dict(v1), torch.equal(restored.linear.weight, torch.eye(2)))
#> <All keys matched successfully> True
