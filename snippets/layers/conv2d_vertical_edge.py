import matplotlib.pyplot as plt
import numpy as np
import torch
from matplotlib import cbook
from PIL import Image
from torch import nn

conv = nn.Conv2d(1, 1, kernel_size=3, bias=False)
with torch.no_grad():  # overwrite the random weights with a hand-made kernel
    conv.weight.copy_(torch.tensor([[1.0, 0.0, -1.0]] * 3).reshape(1, 1, 3, 3))
print(conv.weight.shape)  # (out_channels, in_channels, kH, kW)
#> torch.Size([1, 1, 3, 3])
print(conv.weight.detach()[0, 0])
#> tensor([[ 1.,  0., -1.],
#>         [ 1.,  0., -1.],
#>         [ 1.,  0., -1.]])

# A tiny image: bright on the left, dark on the right.
step = torch.tensor([[1.0, 1.0, 1.0, 0.0, 0.0, 0.0]] * 3).reshape(1, 1, 3, 6)
with torch.no_grad():
    print(conv(step))
    #> tensor([[[[0., 3., 3., 0.]]]])

# The same kernel on a photograph (grayscale, 200x200, values in [0, 1]).
with cbook.get_sample_data("grace_hopper.jpg") as f:
    photo = Image.open(f).convert("L").crop((0, 0, 512, 512)).resize((200, 200))
x = torch.tensor(np.asarray(photo), dtype=torch.float32).reshape(1, 1, 200, 200) / 255
with torch.no_grad():
    edges = conv(x)
print(edges.shape)
#> torch.Size([1, 1, 198, 198])

plt.imshow(edges[0, 0].cpu().numpy(), cmap="gray")
plt.axis("off")
plt.savefig("conv_vertical_edge.png", dpi=100, bbox_inches="tight")
plt.close()
