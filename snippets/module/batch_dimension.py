import math

import torch
from torch import nn


class MyLinear(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        # std 1/sqrt(in_features), so that the outputs do not grow with the number of inputs
        self.W = nn.Parameter(torch.randn(in_features, out_features) / math.sqrt(in_features))
        self.b = nn.Parameter(torch.zeros(out_features))

    def forward(self, x):
        return x @ self.W + self.b


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layer1 = MyLinear(3, 4)
        self.layer2 = MyLinear(4, 1)

    def forward(self, x):
        return self.layer2(torch.sigmoid(self.layer1(x)))


torch.manual_seed(0)
mlp = MLP()
sample = torch.tensor([0.5, -1.0, 2.0])  # one sample: shape (3,), no batch dimension
print(mlp(sample).shape)  # runs, but the batch dimension is gone
#> torch.Size([1])
batch = sample.unsqueeze(0)  # a batch of one: shape (1, 3)
print(batch.shape)
#> torch.Size([1, 3])
print(mlp(batch).shape)
#> torch.Size([1, 1])
