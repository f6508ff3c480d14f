import torch
from torch import nn

cnn = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, bias=False),
    nn.MaxPool2d(2),
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=3, bias=False),
    nn.MaxPool2d(2),
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(32 * 5 * 5, 128),
    nn.ReLU(),
    nn.Linear(128, 10),
)

torch.manual_seed(0)
x = torch.rand(2, 1, 28, 28)  # a batch of 2 "images"
print(f"{'input':<11} {tuple(x.shape)}")
#> input       (2, 1, 28, 28)
# A Sequential is iterable: run its layers one at a time and look at every intermediate result.
# The last column is the number of values per image that the NEXT layer has to process.
for layer in cnn:
    x = layer(x)
    print(f"{type(layer).__name__:<11} {tuple(x.shape)!s:<16} {x[0].numel():>6,}")
    #> Conv2d      (2, 16, 26, 26)  10,816
    #> MaxPool2d   (2, 16, 13, 13)   2,704
    #> BatchNorm2d (2, 16, 13, 13)   2,704
    #> ReLU        (2, 16, 13, 13)   2,704
    #> Conv2d      (2, 32, 11, 11)   3,872
    #> MaxPool2d   (2, 32, 5, 5)       800
    #> BatchNorm2d (2, 32, 5, 5)       800
    #> ReLU        (2, 32, 5, 5)       800
    #> Flatten     (2, 800)            800
    #> Linear      (2, 128)            128
    #> ReLU        (2, 128)            128
    #> Linear      (2, 10)              10
