from torch import nn

nn.Conv2d(1, 1, kernel_size=3, stride=2, padding="same")
#> Traceback (most recent call last):
#>   ...
#> ValueError: padding='same' is not supported for strided convolutions
