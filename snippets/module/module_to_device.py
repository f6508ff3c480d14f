import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
print(model.to(device) is model)  # Module.to moves the parameters in place and returns self
#> True
print(all(p.device.type == device for p in model.parameters()))
#> True

x = torch.randn(2, 4).to(device)  # Tensor.to returns a tensor: keep the result
print(model(x).shape)
#> torch.Size([2, 1])

model.to(torch.float64)  # .to also converts floating-point parameters and buffers
print({p.dtype for p in model.parameters()})
#> {torch.float64}
print(model(x.to(torch.float64)).dtype)
#> torch.float64
