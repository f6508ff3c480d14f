import math

import torch
from torch import nn

torch.manual_seed(0)
w = torch.empty(256, 512)  # (fan_out, fan_in), like a Linear weight
fan_out, fan_in = w.shape

nn.init.kaiming_normal_(w, nonlinearity="relu")  # std = sqrt(2 / fan_in)
print(f"kaiming_normal_  std {w.std():.4f}, formula {math.sqrt(2 / fan_in):.4f}")
#> kaiming_normal_  std 0.0626, formula 0.0625
nn.init.kaiming_uniform_(w, nonlinearity="relu")  # U(-b, b), b = sqrt(6 / fan_in)
print(f"kaiming_uniform_ max {w.abs().max():.4f}, formula {math.sqrt(6 / fan_in):.4f}")
#> kaiming_uniform_ max 0.1083, formula 0.1083
nn.init.xavier_normal_(w)  # std = sqrt(2 / (fan_in + fan_out))
print(f"xavier_normal_   std {w.std():.4f}, formula {math.sqrt(2 / (fan_in + fan_out)):.4f}")
#> xavier_normal_   std 0.0511, formula 0.0510
nn.init.xavier_uniform_(w)  # U(-b, b), b = sqrt(6 / (fan_in + fan_out))
print(f"xavier_uniform_  max {w.abs().max():.4f}, formula {math.sqrt(6 / (fan_in + fan_out)):.4f}")
#> xavier_uniform_  max 0.0884, formula 0.0884

# The gain for the activation that follows the layer scales the std.
print(nn.init.calculate_gain("relu"), nn.init.calculate_gain("tanh"))
#> 1.4142135623730951 1.6666666666666667
