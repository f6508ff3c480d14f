import torch
from torch import nn


class BinaryClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(20, 64)
        self.fc2 = nn.Linear(64, 32)
        self.fc3 = nn.Linear(32, 1)
        self.relu = nn.ReLU()

    def forward(self, x):
        x = self.relu(self.fc1(x))
        x = self.relu(self.fc2(x))
        return self.fc3(x)  # one logit per sample: pair it with nn.BCEWithLogitsLoss


model = BinaryClassifier()
print(model(torch.randn(8, 20)).shape)
#> torch.Size([8, 1])
for name, p in model.named_parameters():
    print(name, tuple(p.shape), p.numel())
    #> fc1.weight (64, 20) 1280
    #> fc1.bias (64,) 64
    #> fc2.weight (32, 64) 2048
    #> fc2.bias (32,) 32
    #> fc3.weight (1, 32) 32
    #> fc3.bias (1,) 1

print("formula:", 20 * 64 + 64 + 64 * 32 + 32 + 32 * 1 + 1)
#> formula: 3457
print("total:", sum(p.numel() for p in model.parameters()))
#> total: 3457

model.fc1.requires_grad_(False)  # freeze the first layer
print("trainable:", sum(p.numel() for p in model.parameters() if p.requires_grad))
#> trainable: 2113
print("total:", sum(p.numel() for p in model.parameters()))
#> total: 3457
