import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, -1.0], [0.5, 1.5], [1.0, 1.0], [3.0, 0.0]])
target = torch.tensor([0, 1, 1, 1])

ce = nn.CrossEntropyLoss()(logits, target)
nll = nn.NLLLoss()(F.log_softmax(logits, dim=1), target)
print(ce)
#> tensor(1.0259)
print(nll)
#> tensor(1.0259)
print(torch.allclose(ce, nll))
#> True

# By hand: -log of the softmax probability given to the correct class, averaged.
probs = logits.softmax(dim=1)
print(-probs[torch.arange(4), target].log().mean())
#> tensor(1.0259)
