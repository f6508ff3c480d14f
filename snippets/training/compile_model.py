import time

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 256), nn.GELU(), nn.Linear(256, 10))
x = torch.randn(512, 64)
compiled = torch.compile(model)  # returns at once: compiling happens at the first call


def seconds(fn):
    start = time.perf_counter()
    with torch.no_grad():
        fn(x)
    return time.perf_counter() - start


first = seconds(compiled)  # traces the model, generates and builds C++ (or Triton) code
steady = min(seconds(compiled) for _ in range(10))  # later calls reuse the compiled code
print(first > 10 * steady)
#> True

with torch.no_grad():
    print(torch.allclose(compiled(x), model(x), atol=1e-4))
    #> True
# The compiled module shares the original's parameters, but prefixes its state_dict keys:
# save model.state_dict(), which loads into a module that was never compiled.
print(all(a is b for a, b in zip(compiled.parameters(), model.parameters(), strict=True)))
#> True
print(list(compiled.state_dict())[0], list(model.state_dict())[0])
#> _orig_mod.0.weight 0.weight
