import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(
    in_channels=3,  # channels of the input (3 for an RGB image)
    out_channels=16,  # number of kernels = channels of the output
    kernel_size=(3, 5),  # (kH, kW); an int k means (k, k)
    stride=1,  # step of the sliding window
    padding=0,  # zeros added on every side; or "same" / "valid"
    dilation=1,  # spacing between the kernel's taps
    groups=1,  # split the channels into independent groups
    bias=True,  # one learnable offset per output channel
    padding_mode="zeros",  # what the padding contains: "zeros", "reflect", "replicate", "circular"
)
print(conv)
#> Conv2d(3, 16, kernel_size=(3, 5), stride=(1, 1))
print(conv.weight.shape)  # (out_channels, in_channels, kH, kW)
#> torch.Size([16, 3, 3, 5])
print(conv.bias.shape)  # (out_channels,)
#> torch.Size([16])

x = torch.randn(8, 3, 32, 32)  # (N, C, H, W)
print(conv(x).shape)
#> torch.Size([8, 16, 30, 28])
