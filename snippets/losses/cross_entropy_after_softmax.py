import torch
from torch import nn

logits = torch.tensor([[2.0, -1.0], [0.5, 1.5], [1.0, 1.0], [3.0, 0.0]])
target = torch.tensor([0, 1, 1, 1])
loss_fn = nn.CrossEntropyLoss()

print(loss_fn(logits, target))  # right: raw logits
#> tensor(1.0259)
print(loss_fn(logits.softmax(dim=1), target))  # wrong: softmax applied twice
#> tensor(0.6915)

# Even a perfectly confident, correct prediction cannot get the loss near 0:
perfect = torch.tensor([[1.0, 0.0]])  # "probabilities" for class 0
print(loss_fn(perfect, torch.tensor([0])))
#> tensor(0.3133)
