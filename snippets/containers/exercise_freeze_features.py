import torch
from torch import nn

features = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
)
classifier = nn.Sequential(nn.Flatten(), nn.Linear(16 * 14 * 14, 10))
model = nn.Sequential(features, classifier)


def count(params):
    return sum(p.numel() for p in params)


print(count(model.parameters()))
#> 31530
for p in model[0].parameters():  # the feature extractor, by index
    p.requires_grad_(False)
trainable = [p for p in model.parameters() if p.requires_grad]
print(count(trainable))
#> 31370
optimizer = torch.optim.SGD(trainable, lr=0.1)
print(len(optimizer.param_groups[0]["params"]))
#> 2
