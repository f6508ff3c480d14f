import warnings

import torch
from torch import nn

prediction = torch.tensor([[2.5], [0.0], [2.0], [8.0]])  # (4, 1): what nn.Linear(..., 1) returns
target = torch.tensor([3.0, -0.5, 2.0, 7.0])  # (4,): how targets are usually stored

# PyTorch warns about this; record the warning instead of letting it stop the run.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss = nn.MSELoss()(prediction, target)
print(caught[0].category.__name__)
#> UserWarning
print(caught[0].message)
#> Using a target size (torch.Size([4])) that is different to the input size (torch.Size([4, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
print(loss)  # wrong: the mean over a (4, 4) grid of every prediction minus every target
#> tensor(16.1562)
print((prediction - target).shape)
#> torch.Size([4, 4])
