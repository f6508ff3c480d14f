import torch
from torch import nn

# 3 images, 4 independent tags each (e.g. "cat", "dog", "indoor", "night").
logits = torch.tensor([[2.0, -1.0, 0.5, -3.0], [-2.0, 1.5, 1.0, 0.0], [0.0, 0.0, -1.0, 2.5]])
tags = torch.tensor([[1, 0, 1, 0], [0, 1, 1, 0], [0, 0, 0, 1]])  # multi-hot, int64

loss_fn = nn.BCEWithLogitsLoss()
print(loss_fn(logits, tags.float()))  # the targets must be floating point
#> tensor(0.3397)
predicted = (logits > 0).long()  # a logit > 0 means a probability > 0.5
print(predicted)
#> tensor([[1, 0, 1, 0],
#>         [0, 1, 1, 0],
#>         [0, 0, 0, 1]])
print((predicted == tags).float().mean())
#> tensor(1.)
