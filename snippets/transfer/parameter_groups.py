import torch
from torch import nn
from torchvision.models import resnet18

model = resnet18(weights=None)  # in practice: the pretrained weights
model.fc = nn.Linear(model.fc.in_features, 5)

# Discriminative learning rates: the new head learns fast, the pretrained backbone slowly.
head = list(model.fc.parameters())
backbone = [p for name, p in model.named_parameters() if not name.startswith("fc.")]
optimizer = torch.optim.AdamW(
    [{"params": backbone, "lr": 1e-4}, {"params": head}],  # the head uses the default lr
    lr=1e-3,
    weight_decay=1e-4,
)
for group in optimizer.param_groups:
    print(group["lr"], sum(p.numel() for p in group["params"]))
    #> 0.0001 11176512
    #> 0.001 2565
