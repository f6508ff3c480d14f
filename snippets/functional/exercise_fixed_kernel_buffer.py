import torch
import torch.nn.functional as F
from torch import nn


class VerticalEdges(nn.Module):
    """A convolution with a fixed, hand-made kernel: nothing to learn."""

    def __init__(self):
        super().__init__()
        kernel = torch.tensor([[1.0, 0.0, -1.0]] * 3).reshape(1, 1, 3, 3)
        # A buffer moves with .to(device) and is saved in state_dict, but is not a parameter.
        self.register_buffer("kernel", kernel)

    def forward(self, x):
        return F.conv2d(x, self.kernel)


edges = VerticalEdges()
x = torch.tensor([[0.0, 0.0, 1.0, 1.0, 1.0]] * 4).reshape(1, 1, 4, 5)
print(edges(x))
#> tensor([[[[-3., -3.,  0.],
#>           [-3., -3.,  0.]]]])
print(list(edges.parameters()))
#> []
print(list(edges.state_dict().keys()))
#> ['kernel']
