import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, -1.0], [0.5, 1.5], [1.0, 1.0], [3.0, 0.0]])
target = torch.tensor([0, 1, 1, 1])

module_loss = nn.CrossEntropyLoss()(logits, target)  # build the module, then call it
functional_loss = F.cross_entropy(logits, target)  # one function call
print(module_loss, functional_loss)
#> tensor(1.0259) tensor(1.0259)
print(torch.equal(module_loss, functional_loss))
#> True

# Options are constructor arguments for the module, keyword arguments for the function.
smooth_module = nn.CrossEntropyLoss(label_smoothing=0.1, reduction="sum")
print(smooth_module(logits, target))
#> tensor(4.1536)
print(F.cross_entropy(logits, target, label_smoothing=0.1, reduction="sum"))
#> tensor(4.1536)
