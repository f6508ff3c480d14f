import torch
import torch.nn.functional as F
from torch import nn


class Classifier(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU())
        self.head = nn.Linear(32, num_classes)

    def forward(self, x):
        return self.head(self.backbone(x))


# "Pretrained" weights: a model trained for a few steps on a 10-class task.
torch.manual_seed(0)
pretrained = Classifier(num_classes=10)
optimizer = torch.optim.Adam(pretrained.parameters(), lr=1e-2)
x, y = torch.randn(128, 20), torch.randint(0, 10, (128,))
for _ in range(20):
    optimizer.zero_grad()
    F.cross_entropy(pretrained(x), y).backward()
    optimizer.step()
torch.save(pretrained.state_dict(), "pretrained.pt")

# A new task with 3 classes: the head's shape differs, so even strict=False refuses it.
model = Classifier(num_classes=3)
state_dict = torch.load("pretrained.pt")
try:
    model.load_state_dict(state_dict, strict=False)
except RuntimeError as error:
    print(str(error).splitlines()[-1].strip())
    #> size mismatch for head.bias: copying a param with shape torch.Size([10]) from checkpoint, the shape in current model is torch.Size([3]).

# Keep the backbone's entries only (or load into model.backbone, without the prefix).
backbone_only = {k: v for k, v in state_dict.items() if k.startswith("backbone.")}
print(model.load_state_dict(backbone_only, strict=False))
#> _IncompatibleKeys(missing_keys=['head.weight', 'head.bias'], unexpected_keys=[])
print(torch.equal(model.backbone[0].weight, pretrained.backbone[0].weight))
#> True

# Or replace the head after loading, and drop it with nn.Identity() to get the features.
model = Classifier(num_classes=10)
model.load_state_dict(state_dict)
model.head = nn.Identity()
print(model(x).shape)  # 32 features per sample
#> torch.Size([128, 32])
model.head = nn.Linear(32, 3)  # a fresh head for the new task
print(model(x).shape)
#> torch.Size([128, 3])
