import matplotlib.pyplot as plt
import numpy as np
import torch
from matplotlib import cbook
from PIL import Image
from torch import nn

with cbook.get_sample_data("grace_hopper.jpg") as f:
    photo = Image.open(f).convert("L").crop((0, 0, 512, 512)).resize((200, 200))
x = torch.tensor(np.asarray(photo), dtype=torch.float32).reshape(1, 1, 200, 200) / 255

pooled = nn.MaxPool2d(kernel_size=3, ceil_mode=True)(x)
print(pooled.shape)
#> torch.Size([1, 1, 67, 67])
print(nn.MaxPool2d(kernel_size=3)(x).shape)  # ceil_mode=False drops the last, partial window
#> torch.Size([1, 1, 66, 66])

plt.imshow(pooled[0, 0].cpu().numpy(), cmap="gray")
plt.axis("off")
plt.savefig("maxpool_photo.png", dpi=100, bbox_inches="tight")
plt.close()
