import inspect

from torch import nn

# Layers with parameters or buffers accept device= and dtype= ...
conv = nn.Conv2d(1, 4, 3, device="meta")  # "meta": shapes only, no memory
print(conv.weight.device, conv.weight.shape)
#> meta torch.Size([4, 1, 3, 3])

# ... layers without any tensors of their own do not
for cls in (nn.Conv2d, nn.Linear, nn.BatchNorm2d, nn.ReLU, nn.MaxPool2d, nn.Dropout, nn.Flatten):
    print(cls.__name__, "device" in inspect.signature(cls).parameters)
    #> Conv2d True
    #> Linear True
    #> BatchNorm2d True
    #> ReLU False
    #> MaxPool2d False
    #> Dropout False
    #> Flatten False

nn.ReLU(device="meta")
#> Traceback (most recent call last):
#>   ...
#> TypeError: ReLU.__init__() got an unexpected keyword argument 'device'
