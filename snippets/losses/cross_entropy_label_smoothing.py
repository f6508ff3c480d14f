import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, -1.0], [0.5, 1.5], [1.0, 1.0], [3.0, 0.0]])
target = torch.tensor([0, 1, 1, 1])

plain = nn.CrossEntropyLoss(reduction="none")
smooth = nn.CrossEntropyLoss(reduction="none", label_smoothing=0.1)
print(plain(logits, target))
#> tensor([0.0486, 0.3133, 0.6931, 3.0486])
print(smooth(logits, target))
#> tensor([0.1986, 0.3633, 0.6931, 2.8986])

# label_smoothing=eps is the same as soft targets (1 - eps) * one_hot + eps / num_classes.
eps, num_classes = 0.1, 2
soft = (1 - eps) * F.one_hot(target, num_classes).float() + eps / num_classes
print(soft)
#> tensor([[0.9500, 0.0500],
#>         [0.0500, 0.9500],
#>         [0.0500, 0.9500],
#>         [0.0500, 0.9500]])
print(torch.allclose(smooth(logits, target), plain(logits, soft)))
#> True
