import copy

import torch
from torch import nn
from torch.func import functional_call, stack_module_state, vmap

torch.manual_seed(0)
models = [nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2)) for _ in range(5)]
x = torch.randn(8, 4)

# One tensor per parameter name, with a new leading dimension: one slice per model.
params, buffers = stack_module_state(models)
print({name: tuple(p.shape) for name, p in params.items()})
#> {'0.weight': (5, 16, 4), '0.bias': (5, 16), '2.weight': (5, 2, 16), '2.bias': (5, 2)}

# A "meta" copy supplies the structure; vmap runs it once per slice of the stacked parameters.
base = copy.deepcopy(models[0]).to("meta")


def run(params, buffers, x):
    return functional_call(base, (params, buffers), (x,))


outputs = vmap(run, in_dims=(0, 0, None))(params, buffers, x)  # every model on the same batch
print(tuple(outputs.shape))
#> (5, 8, 2)
print(torch.allclose(outputs, torch.stack([model(x) for model in models]), atol=1e-6))
#> True
