import torch
from torch import nn

w = nn.Parameter(torch.tensor([1.0, -2.0]))
optimizer = torch.optim.SGD([w], lr=0.1)
x = torch.tensor([3.0, 4.0])


def loss_fn():
    return (w * x).sum() ** 2


loss_fn().backward()
first = w.grad.clone()
print(first)
#> tensor([-30., -40.])

loss_fn().backward()  # forgot zero_grad(): the new gradient is ADDED to w.grad
print(w.grad)
#> tensor([-60., -80.])
print(torch.equal(w.grad, 2 * first))
#> True

optimizer.zero_grad()  # resets w.grad (to None, not to zeros)
print(w.grad)
#> None
loss_fn().backward()
print(torch.equal(w.grad, first))
#> True
