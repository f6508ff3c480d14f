import torch
import torch.nn.functional as F

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
x, y = torch.randn(4, 3), torch.tensor([0, 1, 1, 0])

loss = F.cross_entropy(model(x), y)
print(loss)  # a 0-dimensional tensor, still part of the autograd graph
#> tensor(1.0906, grad_fn=<NllLossBackward0>)
value = loss.item()  # a plain Python float, copied to the CPU
print(type(value).__name__, round(value, 4))
#> float 1.0906

running_total = 0.0
running_total += loss.item()  # keep numbers, not tensors, when you log or average losses
print(running_total == value)
#> True
