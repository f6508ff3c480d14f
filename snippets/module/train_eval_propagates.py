import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Dropout(0.5))
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        return self.head(self.features(x))


torch.manual_seed(0)
model = Classifier()
dropout = model.features[2]
x = torch.randn(4, 8)

print(model.training, dropout.training)  # a new module starts in training mode
#> True True
print(torch.equal(model(x), model(x)))  # dropout: two calls give different outputs
#> False

model.eval()
print(model.training, dropout.training)  # eval() reached the nested Dropout
#> False False
print(torch.equal(model(x), model(x)))  # dropout off: deterministic
#> True

model.train()
print(dropout.training)
#> True
