import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))

weights, biases = [], []
for name, param in model.named_parameters():
    (biases if name.endswith("bias") else weights).append(param)

optimizer = torch.optim.SGD(
    [
        {"params": weights},                                 # uses the defaults below
        {"params": biases, "lr": 0.01, "weight_decay": 0.0},  # its own settings
    ],
    lr=0.1,
    momentum=0.9,
    weight_decay=1e-4,
)
for i, group in enumerate(optimizer.param_groups):
    shapes = [tuple(p.shape) for p in group["params"]]
    print(i, group["lr"], group["weight_decay"], group["momentum"], shapes)
    #> 0 0.1 0.0001 0.9 [(8, 4), (1, 8)]
    #> 1 0.01 0.0 0.9 [(8,), (1,)]
