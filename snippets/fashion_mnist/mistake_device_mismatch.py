import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 10)).to(device)

# A DataLoader yields what its data set returns: CPU tensors here, as with torchvision's data
# sets. Feeding them to a model on the GPU raises "RuntimeError: Expected all tensors to be on
# the same device". Move every batch to the device of the model's parameters before the
# forward pass:
X = torch.rand(64, 1, 28, 28)
y = torch.randint(0, 10, (64,))
X, y = X.to(device), y.to(device)
print(X.device == next(model.parameters()).device)
#> True
print(model(X).shape)
#> torch.Size([64, 10])

# A common slip: Tensor.to returns a NEW tensor, it does not change the tensor in place
# (unlike Module.to). Without the assignment nothing moves. The same holds for dtypes:
t = torch.ones(2)
t.to(torch.float64)
print(t.dtype)
#> torch.float32
t = t.to(torch.float64)
print(t.dtype)
#> torch.float64
