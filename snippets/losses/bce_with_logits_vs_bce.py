import torch
from torch import nn

logits = torch.tensor([1.5, -0.5, 3.0, -2.0])
target = torch.tensor([1.0, 0.0, 0.0, 1.0])  # float, same shape as the logits

with_logits = nn.BCEWithLogitsLoss()(logits, target)
with_sigmoid = nn.BCELoss()(torch.sigmoid(logits), target)
print(with_logits)
#> tensor(1.4628)
print(with_sigmoid)
#> tensor(1.4628)
print(torch.allclose(with_logits, with_sigmoid))
#> True
