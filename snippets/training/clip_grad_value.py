import torch
from torch import nn

w = nn.Parameter(torch.zeros(3))
w.grad = torch.tensor([0.5, -4.0, 2.0])
norm_clipped = w.grad.clone()
torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)  # scale the whole vector: same direction
print(w.grad)
#> tensor([ 0.1111, -0.8889,  0.4444])

w.grad = norm_clipped
torch.nn.utils.clip_grad_value_([w], clip_value=1.0)  # clamp each element to [-1, 1]
print(w.grad)  # the direction changed: the largest component lost the most
#> tensor([ 0.5000, -1.0000,  1.0000])
