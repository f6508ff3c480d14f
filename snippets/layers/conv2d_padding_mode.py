import torch
from torch import nn

x = torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)
print(x[0, 0])
#> tensor([[1., 2., 3.],
#>         [4., 5., 6.],
#>         [7., 8., 9.]])

# This kernel copies the pixel to the LEFT of each position, so the first output
# column shows what the padding put to the left of the image.
shift_right = torch.tensor([[0.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
for mode in ["zeros", "reflect", "replicate", "circular"]:
    conv = nn.Conv2d(1, 1, kernel_size=3, padding=1, padding_mode=mode, bias=False)
    with torch.no_grad():
        conv.weight.copy_(shift_right.reshape(1, 1, 3, 3))
        print(mode, conv(x)[0, 0, 1].tolist())  # the middle row of the output
        #> zeros [0.0, 4.0, 5.0]
        #> reflect [5.0, 4.0, 5.0]
        #> replicate [4.0, 4.0, 5.0]
        #> circular [6.0, 4.0, 5.0]
