import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Dropout(p=0.5), nn.Linear(64, 2))
x = torch.randn(3, 4)

model.train()  # sets .training on the model and on every submodule
print(model[2].training)
#> True
print(torch.equal(model(x), model(x)))  # two passes drop different units
#> False

model.eval()
print(model[2].training)
#> False
print(torch.equal(model(x), model(x)))  # deterministic
#> True
