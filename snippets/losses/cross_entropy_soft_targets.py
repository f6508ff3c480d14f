import torch
from torch import nn

logits = torch.tensor([[2.0, -1.0], [0.5, 1.5], [1.0, 1.0], [3.0, 0.0]])
loss_fn = nn.CrossEntropyLoss()

# Class indices and their one-hot probabilities give the same loss.
indices = torch.tensor([0, 1, 1, 1])
one_hot = torch.tensor([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0], [0.0, 1.0]])
print(loss_fn(logits, indices))
#> tensor(1.0259)
print(loss_fn(logits, one_hot))
#> tensor(1.0259)

# Soft targets: each row is a probability distribution (float, same shape as the logits).
soft = torch.tensor([[0.9, 0.1], [0.2, 0.8], [0.5, 0.5], [0.3, 0.7]])
print(soft.dtype, soft.shape)
#> torch.float32 torch.Size([4, 2])
print(loss_fn(logits, soft))
#> tensor(0.9259)
