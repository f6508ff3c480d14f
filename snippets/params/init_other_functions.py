import torch
from torch import nn

torch.manual_seed(0)
w = torch.empty(256, 256)

nn.init.normal_(w, mean=0.0, std=0.02)
print(f"normal_        mean {w.mean():.4f}, std {w.std():.4f}")
#> normal_        mean -0.0001, std 0.0200
nn.init.trunc_normal_(w, std=0.02, a=-0.04, b=0.04)  # redrawn inside [a, b]
print(f"trunc_normal_  min {w.min():.4f}, max {w.max():.4f}, std {w.std():.4f}")
#> trunc_normal_  min -0.0400, max 0.0400, std 0.0176
# a and b are absolute bounds, -2 and 2 by default, not multiples of std: nothing is cut here
nn.init.trunc_normal_(w, std=0.02)
print(f"trunc_normal_  min {w.min():.4f}, max {w.max():.4f}, std {w.std():.4f}")
#> trunc_normal_  min -0.0793, max 0.0829, std 0.0200
nn.init.orthogonal_(w)  # rows (and columns) orthonormal: w @ w.T is the identity
print("orthogonal_   ", torch.allclose(w @ w.T, torch.eye(256), atol=1e-5))
#> orthogonal_    True

b = torch.empty(4)
nn.init.zeros_(b)
print("zeros_        ", b.tolist())
#> zeros_         [0.0, 0.0, 0.0, 0.0]
nn.init.constant_(b, 0.1)
print("constant_     ", b.tolist())
#> constant_      [0.10000000149011612, 0.10000000149011612, 0.10000000149011612, 0.10000000149011612]
