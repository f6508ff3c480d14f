import torch
import torch.nn.functional as F
from torch import nn


class NetFunctional(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)  # follows train() / eval()


class NetModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.dropout = nn.Dropout(p=0.5)  # reads self.training itself

    def forward(self, x):
        return self.dropout(x)


torch.manual_seed(0)
x = torch.ones(4, 8)
for model in (NetFunctional(), NetModule()):
    model.eval()
    evaluation = torch.equal(model(x), x)  # in eval mode dropout passes x through unchanged
    model.train()
    training = bool((model(x) == 0).any())  # in training mode it still drops
    print(f"{type(model).__name__}: eval returns x: {evaluation}, train drops: {training}")
    #> NetFunctional: eval returns x: True, train drops: True
    #> NetModule: eval returns x: True, train drops: True
