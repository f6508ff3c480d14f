from torch import nn

pool = nn.MaxPool2d(kernel_size=3, ceil_mode=True)
print(list(pool.parameters()))
#> []
for layer in [nn.AvgPool2d(2), nn.AdaptiveAvgPool2d(1), nn.Conv2d(1, 1, kernel_size=3)]:
    print(type(layer).__name__, sum(p.numel() for p in layer.parameters()))
    #> AvgPool2d 0
    #> AdaptiveAvgPool2d 0
    #> Conv2d 10
