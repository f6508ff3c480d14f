import torch
import torch.nn.functional as F

# A batch of 5 tokens over 3 classes; the last two are padding, marked -100.
logits = torch.tensor(
    [[2.0, 0.0, 1.0], [0.0, 1.0, 0.0], [1.0, 1.0, 3.0], [5.0, 0.0, 0.0], [0.0, 5.0, 0.0]]
)
target = torch.tensor([0, 1, 2, -100, -100])

# ignore_index=-100 is the default: those positions count neither in the sum nor in the mean.
print(F.cross_entropy(logits, target))
#> tensor(0.3995)

# The same with reduction="none" and a mask.
mask = target != -100
per_token = F.cross_entropy(logits[mask], target[mask], reduction="none")
print(per_token)
#> tensor([0.4076, 0.5514, 0.2395])
print(per_token.sum() / mask.sum())
#> tensor(0.3995)
