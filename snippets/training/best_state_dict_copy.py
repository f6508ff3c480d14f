import copy

import torch
from torch import nn

model = nn.Linear(2, 1)

saved = model.state_dict()  # a dictionary of references to the live tensors, not a copy
best = copy.deepcopy(model.state_dict())  # a snapshot

with torch.no_grad():
    model.weight.fill_(7.0)  # training goes on and changes the weights in place

print(saved["weight"])
#> tensor([[7., 7.]])
print(torch.equal(best["weight"], model.weight))
#> False
model.load_state_dict(best)  # back to the snapshot
print(torch.equal(best["weight"], model.weight))
#> True
