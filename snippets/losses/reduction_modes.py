import torch
from torch import nn

logits = torch.tensor([[2.0, -1.0], [0.5, 1.5], [1.0, 1.0], [3.0, 0.0]])
target = torch.tensor([0, 1, 1, 1])

for reduction in ["none", "mean", "sum"]:
    loss = nn.CrossEntropyLoss(reduction=reduction)(logits, target)
    print(reduction, loss)
    #> none tensor([0.0486, 0.3133, 0.6931, 3.0486])
    #> mean tensor(1.0259)
    #> sum tensor(4.1036)
