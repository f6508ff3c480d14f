import torch
from torch import nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
x, y = torch.randn(32, 4), torch.randint(0, 3, (32,))
params = {name: p.detach() for name, p in model.named_parameters()}


# the loss of a single example, as a function of the parameters
def loss_of_one(params, xi, yi):
    logits = functional_call(model, params, (xi.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, yi.unsqueeze(0))


# grad differentiates w.r.t. the first argument; vmap maps over the examples (dim 0 of x, y).
per_sample = vmap(grad(loss_of_one), in_dims=(None, 0, 0))(params, x, y)
print({name: tuple(g.shape) for name, g in per_sample.items()})
#> {'0.weight': (32, 8, 4), '0.bias': (32, 8), '2.weight': (32, 3, 8), '2.bias': (32, 3)}

# The same with a Python loop: one backward per example.
looped = []
for xi, yi in zip(x, y, strict=True):
    model.zero_grad()
    nn.functional.cross_entropy(model(xi.unsqueeze(0)), yi.unsqueeze(0)).backward()
    looped.append(model[0].weight.grad.clone())
difference = (per_sample["0.weight"] - torch.stack(looped)).abs().max()
print(f"max abs difference: {difference:.1e}")
#> max abs difference: 1.2e-07

# Their mean is the ordinary gradient of the loss averaged over the batch.
model.zero_grad()
nn.functional.cross_entropy(model(x), y).backward()
print(torch.allclose(per_sample["0.weight"].mean(dim=0), model[0].weight.grad, atol=1e-6))
#> True
