import torch
from torch import nn

# Use a GPU when there is one: CUDA (NVIDIA, and AMD with ROCm), MPS (Apple silicon),
# otherwise the CPU.
if torch.cuda.is_available():
    device = "cuda"
elif torch.backends.mps.is_available():
    device = "mps"
else:
    device = "cpu"

# Recent PyTorch versions can also ask for the machine's accelerator, whatever its kind:
# CUDA, MPS, and kinds the chain above doesn't know (Intel XPU, ...), where the chain falls
# back to the CPU. So the two agree on CUDA, MPS and CPU-only machines, but not everywhere:
accelerator = torch.accelerator.current_accelerator() if torch.accelerator.is_available() else None
print(device == (accelerator.type if accelerator is not None else "cpu"))
#> True

# Module.to(device) moves the parameters in place and returns the module itself;
# tensors (like each batch from a DataLoader) must be moved too, and Tensor.to returns a copy.
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 10)).to(device)
X = torch.rand(64, 1, 28, 28).to(device)
print(X.device == next(model.parameters()).device)
#> True
print(model(X).shape)
#> torch.Size([64, 10])
