import torch
from torch import nn


class Normalize(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(3))  # trained
        self.register_buffer("mean", torch.tensor(mean))  # saved, not trained
        self.register_buffer("std", torch.tensor(std), persistent=False)  # neither
        self.note = torch.zeros(3)  # a plain tensor attribute: invisible to nn.Module

    def forward(self, x):
        return (x - self.mean) / self.std * self.scale


m = Normalize([0.5, 0.5, 0.5], [0.25, 0.25, 0.25])
print([name for name, _ in m.named_parameters()])
#> ['scale']
print([name for name, _ in m.named_buffers()])
#> ['mean', 'std']
print(list(m.state_dict()))
#> ['scale', 'mean']

# .to() converts parameters and buffers, persistent or not; the plain attribute stays behind.
m.to(torch.float64)
print(m.scale.dtype, m.mean.dtype, m.std.dtype, m.note.dtype)
#> torch.float64 torch.float64 torch.float64 torch.float32
