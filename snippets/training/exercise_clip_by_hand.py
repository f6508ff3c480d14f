import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
nn.functional.mse_loss(model(torch.randn(16, 4)), 100 * torch.randn(16, 1)).backward()
grads = [p.grad.clone() for p in model.parameters()]

# By hand: the norm of all gradients as one long vector, then one common scale factor.
max_norm = 1.0
total = torch.cat([g.flatten() for g in grads]).norm()
scale = min(1.0, max_norm / (total.item() + 1e-6))  # PyTorch adds 1e-6 to avoid dividing by 0
by_hand = [g * scale for g in grads]

# The same number: the norm of the per-parameter norms.
print(torch.allclose(total, torch.stack([g.norm() for g in grads]).norm()))
#> True

returned = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=max_norm)
print(torch.allclose(returned, total))
#> True
print(all(torch.allclose(p.grad, g) for p, g in zip(model.parameters(), by_hand, strict=True)))
#> True
