import torch
from torch import nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()  # sets up the registries for parameters, submodules, hooks
        self.hidden = nn.Linear(4, 8)
        self.act = nn.ReLU()
        self.output = nn.Linear(8, 2)

    def forward(self, x):
        return self.output(self.act(self.hidden(x)))


model = TinyNet()
print(model)
#> TinyNet(
#>   (hidden): Linear(in_features=4, out_features=8, bias=True)
#>   (act): ReLU()
#>   (output): Linear(in_features=8, out_features=2, bias=True)
#> )
x = torch.randn(5, 4)
y = model(x)  # call the module, not model.forward(x)
print(y.shape)
#> torch.Size([5, 2])
