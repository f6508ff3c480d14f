import math

import matplotlib.pyplot as plt
import torch
from torch import nn

depth, width = 30, 256


def init_randn(weight):
    with torch.no_grad():
        weight.normal_(0.0, 1.0)


def init_default(weight):
    pass  # keep what nn.Linear drew: kaiming_uniform_(a=sqrt(5))


def init_xavier(weight):
    nn.init.xavier_normal_(weight)


def init_kaiming(weight):
    nn.init.kaiming_normal_(weight, nonlinearity="relu")


policies = {
    "randn": init_randn,
    "default": init_default,
    "xavier": init_xavier,
    "kaiming": init_kaiming,
}
torch.manual_seed(0)
x = torch.randn(512, width)
curves = {}
for name, init in policies.items():
    torch.manual_seed(0)
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width, bias=False)  # no bias: only the weights decide
        init(linear.weight)
        layers += [linear, nn.ReLU()]
    stack = nn.Sequential(*layers)
    stds, h = [], x
    with torch.no_grad():
        for layer in stack:
            h = layer(h)
            if isinstance(layer, nn.ReLU):
                stds.append(h.std().item())
    curves[name] = stds
    shown = ", ".join(f"{stds[i]:.1e}" for i in (0, 9, 19, 29))
    print(f"{name:8} std after layers 1, 10, 20, 30: {shown}")
    #> randn    std after layers 1, 10, 20, 30: 1.5e+01, 4.0e+10, 1.4e+21, 5.4e+31
    #> default  std after layers 1, 10, 20, 30: 3.4e-01, 8.5e-05, 8.3e-09, 1.2e-12
    #> xavier   std after layers 1, 10, 20, 30: 9.1e-01, 3.6e-02, 1.2e-03, 4.1e-05
    #> kaiming  std after layers 1, 10, 20, 30: 1.3e+00, 1.2e+00, 1.2e+00, 1.3e+00

# per layer, ReLU keeps half the variance: randn multiplies it by width / 2,
# the default by 1 / 6, Xavier by 1 / 2 and Kaiming by 1
print(f"{math.sqrt(width / 2):.2f} {math.sqrt(1 / 6):.3f} {math.sqrt(1 / 2):.3f}")
#> 11.31 0.408 0.707

# one figure per language of this guide: file name, x label, y label
figures = [
    ("activation_std.png", "layer", "std of the activations"),
    ("activation_std_zh.png", "层", "激活值的标准差"),
]
# the Chinese labels need a font with Chinese glyphs (Debian/Ubuntu: fonts-noto-cjk)
plt.rcParams["font.family"] = ["DejaVu Sans", "Noto Sans CJK SC"]
for filename, xlabel, ylabel in figures:
    fig, ax = plt.subplots(figsize=(7, 4))
    for name, stds in curves.items():
        ax.plot(range(1, depth + 1), stds, marker="o", markersize=3, label=name)
    ax.set_yscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.savefig(filename, dpi=100, bbox_inches="tight")
    plt.close(fig)
