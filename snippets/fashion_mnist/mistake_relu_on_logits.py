import torch
import torch.nn.functional as F
from torch import nn

# WRONG: a ReLU after the last layer. CrossEntropyLoss expects raw logits that can be
# negative; the ReLU clips every negative score to exactly 0.
torch.manual_seed(0)
bad = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 10), nn.ReLU())
logits = bad(torch.rand(64, 1, 28, 28))
print(f"{(logits == 0).float().mean().item():.2f}")  # fraction of logits stuck at 0
#> 0.57

# Why it hurts, on one image whose correct class is 0. The last layer computed z;
# the wrong classes 1 and 2 already have negative scores.
z = torch.tensor([[2.0, -1.0, -3.0]], requires_grad=True)
target = torch.tensor([0])

loss = F.cross_entropy(z, target)  # right: logits as they are
loss.backward()
print(z.grad)
#> tensor([[-0.0535,  0.0471,  0.0064]])
z.grad = None

loss_relu = F.cross_entropy(F.relu(z), target)  # wrong: ReLU first
loss_relu.backward()
print(z.grad)  # 0 for the clipped classes: nothing pushes them further down
#> tensor([[-0.2130,  0.0000,  0.0000]])
print(loss.item() < loss_relu.item())  # and the loss is higher for the same z
#> True
