import torch
from torch import nn
from torchvision.models import resnet18

model = resnet18(weights=None)
model.fc = nn.Linear(model.fc.in_features, 5)

# Freeze everything, then unfreeze the last residual stage and the head.
model.requires_grad_(False)
model.layer4.requires_grad_(True)
model.fc.requires_grad_(True)
trainable = [p for p in model.parameters() if p.requires_grad]
optimizer = torch.optim.AdamW(trainable, lr=1e-3)

total = sum(p.numel() for p in model.parameters())
count = sum(p.numel() for p in trainable)
print(f"{count:,} of {total:,} parameters train ({count / total:.0%})")
#> 8,396,293 of 11,179,077 parameters train (75%)
print(sum(p.numel() for p in model.fc.parameters()))
#> 2565
