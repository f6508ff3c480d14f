import torch
from torch import nn

# Raw scores (logits) for a batch of 4 samples over 2 classes: no softmax applied.
logits = torch.tensor(
    [
        [2.0, -1.0],  # confident in class 0 (correct)
        [0.5, 1.5],  # leans to class 1 (correct)
        [1.0, 1.0],  # undecided
        [3.0, 0.0],  # confident in class 0 (wrong)
    ]
)
target = torch.tensor([0, 1, 1, 1])  # one class index per sample
print(target.dtype)
#> torch.int64

loss_fn = nn.CrossEntropyLoss()
print(loss_fn(logits, target))
#> tensor(1.0259)
