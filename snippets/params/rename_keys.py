import torch
from torch import nn


class Old(nn.Module):  # how the checkpoint was saved
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.fc2 = nn.Linear(8, 2)


class New(nn.Module):  # the same layers, now in a Sequential
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
checkpoint = Old().state_dict()
print(list(checkpoint))
#> ['fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias']
print(list(New().state_dict()))
#> ['layers.0.weight', 'layers.0.bias', 'layers.2.weight', 'layers.2.bias']

renames = {"fc1.": "layers.0.", "fc2.": "layers.2."}


def rename(key):
    for old, new in renames.items():
        if key.startswith(old):
            return new + key.removeprefix(old)
    return key


model = New()
print(model.load_state_dict({rename(k): v for k, v in checkpoint.items()}))
#> <All keys matched successfully>
