import copy

import torch
from torch import nn


class MyLinear(nn.Module):
    """A fully connected layer written from scratch: y = x @ W + b."""

    def __init__(self, in_features, out_features):
        super().__init__()
        self.W = nn.Parameter(torch.randn(in_features, out_features) / in_features**0.5)
        self.b = nn.Parameter(torch.zeros(out_features))

    def forward(self, x):
        return x @ self.W + self.b


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = MyLinear(1, 32)
        self.out = MyLinear(32, 1)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


torch.manual_seed(0)
x = torch.linspace(-2, 2, 64).unsqueeze(1)
y = x**2  # a curve a straight line cannot fit: the hidden layer is needed


def train(model, optimizer, epochs=200):
    """Full-batch training; returns the loss at a few epochs."""
    history = {}
    for epoch in range(1, epochs + 1):
        optimizer.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        optimizer.step()
        if epoch in (1, 50, 100, 200):
            history[epoch] = f"{loss.item():.4f}"
    return history


plain = MLP()
with_momentum = copy.deepcopy(plain)  # the same starting weights, for a fair comparison
print(train(plain, torch.optim.SGD(plain.parameters(), lr=0.01)))
#> {1: '3.1415', 50: '0.1921', 100: '0.1458', 200: '0.1053'}
print(train(with_momentum, torch.optim.SGD(with_momentum.parameters(), lr=0.01, momentum=0.9)))
#> {1: '3.1415', 50: '0.0899', 100: '0.0715', 200: '0.0513'}
