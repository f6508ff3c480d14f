import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 64),
    nn.BatchNorm1d(64),
    nn.ReLU(),
    nn.Dropout(p=0.5),
    nn.Linear(64, 10),
)
X = torch.rand(8, 1, 28, 28)
bn = model[2]

# A new module is in training mode: Dropout zeroes random activations, and BatchNorm
# normalises with the statistics of the current batch (and updates its running averages).
print(model.training)
#> True
with torch.no_grad():  # no_grad only turns off gradient tracking: it does NOT switch modes
    same = torch.equal(model(X), model(X))
print(same)
#> False
print(bn.num_batches_tracked.item())  # the two forward passes changed the running statistics
#> 2

# eval() switches every submodule to inference behaviour: Dropout does nothing and
# BatchNorm uses its running averages, so the same input gives the same prediction.
model.eval()
with torch.no_grad():
    same = torch.equal(model(X), model(X))
print(same)
#> True
print(bn.num_batches_tracked.item())  # unchanged
#> 2
model.train()  # switch back before training again
print(model.training)
#> True
