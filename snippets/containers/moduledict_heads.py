import torch
from torch import nn


class MultiHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
        self.heads = nn.ModuleDict(
            {
                "digit": nn.Linear(32, 10),  # which digit, 0-9
                "parity": nn.Linear(32, 2),  # even or odd
            }
        )

    def forward(self, x, task):
        return self.heads[task](self.body(x))  # pick a head by key at run time


model = MultiHead()
x = torch.ones(4, 16)
print(model(x, "digit").shape, model(x, "parity").shape)
#> torch.Size([4, 10]) torch.Size([4, 2])
print(list(model.heads.keys()))
#> ['digit', 'parity']
for name, param in model.named_parameters():
    print(name, tuple(param.shape))
    #> body.0.weight (32, 16)
    #> body.0.bias (32,)
    #> heads.digit.weight (10, 32)
    #> heads.digit.bias (10,)
    #> heads.parity.weight (2, 32)
    #> heads.parity.bias (2,)
