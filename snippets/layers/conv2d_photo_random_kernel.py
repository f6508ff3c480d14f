import matplotlib.pyplot as plt
import numpy as np
import torch
from matplotlib import cbook
from PIL import Image
from torch import nn

# A photograph that ships with matplotlib: grayscale, cropped to a square, resized to 200x200.
with cbook.get_sample_data("grace_hopper.jpg") as f:
    photo = Image.open(f).convert("L").crop((0, 0, 512, 512)).resize((200, 200))
# torch.tensor (not torch.from_numpy) creates the tensor on the default device.
x = torch.tensor(np.asarray(photo), dtype=torch.float32) / 255  # values in [0, 1]
x = x.reshape(1, 1, 200, 200)  # (N, C, H, W): one image with one channel
print(x.shape, x.dtype)
#> torch.Size([1, 1, 200, 200]) torch.float32

torch.manual_seed(0)
conv = nn.Conv2d(1, 1, kernel_size=3)  # random weights, no padding
with torch.no_grad():  # no training here: don't record the computation for gradients
    y = conv(x)
print(y.shape)
#> torch.Size([1, 1, 198, 198])

same = nn.Conv2d(1, 1, kernel_size=3, padding="same")
valid = nn.Conv2d(1, 1, kernel_size=3, padding="valid")
with torch.no_grad():
    print(same(x).shape, valid(x).shape)
    #> torch.Size([1, 1, 200, 200]) torch.Size([1, 1, 198, 198])

plt.imshow(x[0, 0].cpu().numpy(), cmap="gray")
plt.axis("off")
plt.savefig("grace_hopper_gray.png", dpi=100, bbox_inches="tight")
plt.close()
plt.imshow(y[0, 0].cpu().numpy(), cmap="gray")
plt.axis("off")
plt.savefig("conv_random_kernel.png", dpi=100, bbox_inches="tight")
plt.close()
