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
x = torch.randn(5, 3)  # 5 samples, 3 features each
print(mlp(x).shape)
#> torch.Size([5, 1])
for name, param in mlp.named_parameters():
    print(name, tuple(param.shape))
    #> layer1.W (3, 4)
    #> layer1.b (4,)
    #> layer2.W (4, 1)
    #> layer2.b (1,)
