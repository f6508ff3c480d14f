import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(16, 3), torch.randn(16, 1)


def train_steps(optimizer, steps):
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()


optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
train_steps(optimizer, 5)
print(len(optimizer.state))  # one momentum buffer per parameter
#> 2

# Lowering the learning rate in place keeps the momentum buffers
for group in optimizer.param_groups:
    group["lr"] = 0.01
print(len(optimizer.state), optimizer.param_groups[0]["lr"])
#> 2 0.01

# A new optimiser starts from nothing: the velocity built up so far is lost
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
print(len(optimizer.state))
#> 0
