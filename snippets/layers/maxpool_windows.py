import torch
from torch import nn

x = torch.tensor(
    [
        [1, 2, 0, 2, 1],
        [0, 1, 3, 1, 1],
        [1, 2, 1, 0, 0],
        [5, 2, 3, 1, 1],
        [2, 1, 0, 1, 1],
    ],
    dtype=torch.float32,
).reshape(1, 1, 5, 5)
out = nn.MaxPool2d(kernel_size=3, ceil_mode=True)(x)

# Recompute every output value from its window: rows i*3 .. i*3+2 and columns j*3 .. j*3+2,
# cut off at the border of the input.
for i in range(2):
    for j in range(2):
        window = x[0, 0, i * 3 : i * 3 + 3, j * 3 : j * 3 + 3]
        assert window.max() == out[0, 0, i, j]
        shape, values, peak = tuple(window.shape), window.flatten().tolist(), window.max().item()
        print(f"out[{i}, {j}]: window {shape}, values {values} -> max {peak}")
        #> out[0, 0]: window (3, 3), values [1.0, 2.0, 0.0, 0.0, 1.0, 3.0, 1.0, 2.0, 1.0] -> max 3.0
        #> out[0, 1]: window (3, 2), values [2.0, 1.0, 1.0, 1.0, 0.0, 0.0] -> max 2.0
        #> out[1, 0]: window (2, 3), values [5.0, 2.0, 3.0, 2.0, 1.0, 0.0] -> max 5.0
        #> out[1, 1]: window (2, 2), values [1.0, 1.0, 1.0, 1.0] -> max 1.0
