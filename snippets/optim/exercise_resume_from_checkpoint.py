import copy

import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(32, 4), torch.randn(32, 1)
start = nn.Linear(4, 1)


def train(model, optimizer, steps):
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        optimizer.step()


# Reference: 10 steps in one go.
reference = copy.deepcopy(start)
train(reference, torch.optim.Adam(reference.parameters(), lr=0.01), 10)

# 5 steps, then a checkpoint of both the model and the optimiser.
model = copy.deepcopy(start)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
train(model, optimizer, 5)
checkpoint = {"model": model.state_dict(), "optimizer": optimizer.state_dict()}

# Resume in fresh objects, as a new process would.
resumed = nn.Linear(4, 1)
resumed.load_state_dict(checkpoint["model"])
resumed_optimizer = torch.optim.Adam(resumed.parameters(), lr=0.01)
resumed_optimizer.load_state_dict(checkpoint["optimizer"])
train(resumed, resumed_optimizer, 5)
print(torch.equal(resumed.weight, reference.weight))
#> True

# Resuming with only the model's weights restarts Adam's moving averages: a different result.
forgetful = nn.Linear(4, 1)
forgetful.load_state_dict(checkpoint["model"])
train(forgetful, torch.optim.Adam(forgetful.parameters(), lr=0.01), 5)
print(torch.equal(forgetful.weight, reference.weight))
#> False
