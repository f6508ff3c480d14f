import torch
from torch import nn

# This example is about the CPU, so it puts everything there explicitly.
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3)).to("cpu")
x, y = torch.randn(4, 8, device="cpu"), torch.tensor([0, 2, 1, 0], device="cpu")

with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    hidden = model[1](model[0](x))  # Linear runs in bfloat16, ReLU keeps its input's dtype
    logits = model[2](hidden)
    loss = nn.functional.cross_entropy(logits, y)  # losses are computed in float32
print(hidden.dtype, logits.dtype, loss.dtype)
#> torch.bfloat16 torch.bfloat16 torch.float32

loss.backward()  # outside autocast: the backward pass follows the forward pass's dtypes
print(model[0].weight.dtype, model[0].weight.grad.dtype)  # the parameters stay float32
#> torch.float32 torch.float32

# bfloat16 keeps only 8 significant bits: about 2 to 3 decimal digits ...
print(torch.tensor(1 / 3).to(torch.bfloat16).item(), torch.finfo(torch.bfloat16).eps)
#> 0.333984375 0.0078125
# ... but float32's range, where float16 underflows to 0 and overflows to inf.
tiny_and_huge = torch.tensor([1e-8, 7e4], device="cpu")
print(tiny_and_huge.to(torch.bfloat16), tiny_and_huge.to(torch.float16))
#> tensor([1.0012e-08, 7.0144e+04], dtype=torch.bfloat16) tensor([0., inf], dtype=torch.float16)
