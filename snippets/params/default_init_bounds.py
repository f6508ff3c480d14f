import math

import torch
from torch import nn

torch.manual_seed(0)
# Linear and Conv2d draw weight and bias from U(-bound, bound) with bound = 1 / sqrt(fan_in):
# kaiming_uniform_(a=sqrt(5)) works out to exactly that bound for the weight.
linear = nn.Linear(400, 100)
fan_in = linear.in_features
print(f"fan_in {fan_in}, bound {1 / math.sqrt(fan_in):.4f}")
#> fan_in 400, bound 0.0500
print(f"weight in [{linear.weight.min():.4f}, {linear.weight.max():.4f}]")
#> weight in [-0.0500, 0.0500]
print(f"bias in [{linear.bias.min():.4f}, {linear.bias.max():.4f}]")
#> bias in [-0.0484, 0.0496]
# the standard deviation of U(-b, b) is b / sqrt(3)
print(f"weight std {linear.weight.std():.4f}, expected {1 / math.sqrt(3 * fan_in):.4f}")
#> weight std 0.0288, expected 0.0289

# For a convolution, fan_in is in_channels * kernel height * kernel width.
conv = nn.Conv2d(16, 32, kernel_size=3)
fan_in = conv.weight[0].numel()
print(f"fan_in {fan_in}, bound {1 / math.sqrt(fan_in):.4f}, max |w| {conv.weight.abs().max():.4f}")
#> fan_in 144, bound 0.0833, max |w| 0.0833

# reset_parameters() draws new values with the same rule.
before = linear.weight.clone()
linear.reset_parameters()
print(torch.equal(before, linear.weight), f"{linear.weight.abs().max():.4f}")
#> False 0.0500
