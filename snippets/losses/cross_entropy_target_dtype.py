import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, -1.0], [0.5, 1.5], [1.0, 1.0], [3.0, 0.0]])  # as above
labels = [0, 1, 1, 1]

print(F.cross_entropy(logits, torch.tensor(labels)))  # int64, the default for integers
#> tensor(1.0259)
print(F.cross_entropy(logits, torch.tensor(labels, dtype=torch.uint8)))  # also accepted
#> tensor(1.0259)

# int32 labels, as they may come from a NumPy array or a file
targets = torch.tensor(labels, dtype=torch.int32)
F.cross_entropy(logits, targets)  # the fix: F.cross_entropy(logits, targets.long())
#> Traceback (most recent call last):
#>   ...
#> RuntimeError: expected target dtype to be Long or Byte, but got Int
