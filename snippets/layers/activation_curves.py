import matplotlib.pyplot as plt
import torch
from torch import nn

x = torch.linspace(-4, 4, 200)
activations = [nn.ReLU(), nn.LeakyReLU(0.1), nn.GELU(), nn.Sigmoid(), nn.Tanh()]
fig, axes = plt.subplots(1, len(activations), figsize=(15, 3), sharex=True)
fig.subplots_adjust(wspace=0.3)
for ax, act in zip(axes, activations, strict=True):
    ax.plot(x.cpu().numpy(), act(x).cpu().numpy(), linewidth=2)
    ax.axhline(0, color="gray", linewidth=0.5)
    ax.axvline(0, color="gray", linewidth=0.5)
    ax.grid(alpha=0.3)
fig.savefig("activation_curves.png", dpi=100, bbox_inches="tight")
plt.close(fig)
