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
# torch.compile(model) returns a wrapper: it shares the original's parameters, but prefixes
# its state_dict keys. Save model.state_dict(), which loads into a module never compiled.
print(all(a is b for a, b in zip(compiled.parameters(), model.parameters(), strict=True)))
#> True
print(type(compiled).__name__, list(compiled.state_dict())[0])
#> OptimizedModule _orig_mod.0.weight

# model.compile() compiles the module in place: no wrapper, and the keys stay as they were.
model.compile()
with torch.no_grad():
    print(torch.allclose(model(x), compiled(x), atol=1e-4))
    #> True
print(type(model).__name__, list(model.state_dict())[0])
#> Sequential 0.weight
