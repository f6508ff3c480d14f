import torch
import torch.nn.functional as F

torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
x, y = torch.randn(4, 3), torch.tensor([0, 1, 1, 0])

loss = F.cross_entropy(model(x), y)
print(loss)  # a 0-dimensional tensor, still part of the autograd graph
#> tensor(1.0906, grad_fn=<NllLossBackward0>)
value = loss.item()  # a plain Python float
print(type(value).__name__, round(value, 4))
#> float 1.0906

# Summing the tensors keeps a graph alive across steps; sum the floats instead
total_of_tensors = 0.0 + loss
total_of_floats = 0.0 + loss.item()
print(total_of_tensors.grad_fn is not None, type(total_of_floats).__name__)
#> True float
