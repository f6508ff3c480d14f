from torch import nn

mlp = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 512), nn.ReLU(),
    nn.Linear(512, 512), nn.ReLU(),
    nn.Linear(512, 10),
)
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


def count(module):
    return sum(p.numel() for p in module.parameters())


# Layer by layer: pooling, ReLU and Flatten have no parameters.
for index, layer in enumerate(cnn):
    if count(layer) > 0:
        print(f"{index:>2} {type(layer).__name__:<11} {count(layer):>7,}")
        #>  0 Conv2d          144
        #>  2 BatchNorm2d      32
        #>  4 Conv2d        4,608
        #>  6 BatchNorm2d      64
        #>  9 Linear      102,528
        #> 11 Linear        1,290

print(f"mlp: {count(mlp):,}  cnn: {count(cnn):,}  ratio: {count(mlp) / count(cnn):.1f}")
#> mlp: 669,706  cnn: 108,666  ratio: 6.2

# BatchNorm's running mean and variance (and a counter of batches) are buffers, not parameters:
# the state_dict saves them, but the optimiser doesn't train them, so the counts above leave them out.
print(sum(b.numel() for b in cnn.buffers()))
#> 98
