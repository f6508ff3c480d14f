import torch
from torch import nn
from torchvision.models import resnet18

model = resnet18(weights=None)
model.fc = nn.Linear(model.fc.in_features, 5)

# From the head down to the stem, each block gets half the learning rate of the one above.
blocks = [
    model.fc,
    model.layer4,
    model.layer3,
    model.layer2,
    model.layer1,
    nn.ModuleList([model.conv1, model.bn1]),
]
groups = [{"params": list(b.parameters()), "lr": 1e-3 * 0.5**i} for i, b in enumerate(blocks)]
optimizer = torch.optim.AdamW(groups, weight_decay=1e-4)

# Every parameter is in exactly one group.
in_groups = [id(p) for g in optimizer.param_groups for p in g["params"]]
print(len(in_groups) == len(set(in_groups)) == len(list(model.parameters())))
#> True
print([f"{g['lr']:.2e}" for g in optimizer.param_groups])
#> ['1.00e-03', '5.00e-04', '2.50e-04', '1.25e-04', '6.25e-05', '3.13e-05']
