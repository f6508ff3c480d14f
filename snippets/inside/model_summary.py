import torch
from torch import nn

# The convolutional network of the FashionMNIST chapter.
model = nn.Sequential(
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


def summary(model, input_size):
    rows = []

    def hook(module, args, output):
        count = sum(p.numel() for p in module.parameters(recurse=False))
        rows.append((type(module).__name__, tuple(output.shape), count))

    # the layers, not containers
    leaves = [m for m in model.modules() if not list(m.children())]
    handles = [m.register_forward_hook(hook) for m in leaves]
    try:
        with torch.no_grad():
            model(torch.zeros(input_size))
    finally:
        for handle in handles:
            handle.remove()
    for name, shape, count in rows:
        print(f"{name:<12} {str(shape):<18} {count:>8,}")
        #> Conv2d       (1, 16, 26, 26)         144
        #> MaxPool2d    (1, 16, 13, 13)           0
        #> BatchNorm2d  (1, 16, 13, 13)          32
        #> ReLU         (1, 16, 13, 13)           0
        #> Conv2d       (1, 32, 11, 11)       4,608
        #> MaxPool2d    (1, 32, 5, 5)             0
        #> BatchNorm2d  (1, 32, 5, 5)            64
        #> ReLU         (1, 32, 5, 5)             0
        #> Flatten      (1, 800)                  0
        #> Linear       (1, 128)            102,528
        #> ReLU         (1, 128)                  0
        #> Linear       (1, 10)               1,290
    return sum(count for _, _, count in rows)


# eval(): the dummy batch must not change BatchNorm's running statistics.
total = summary(model.eval(), (1, 1, 28, 28))
print(f"{total:,}", total == sum(p.numel() for p in model.parameters()))
#> 108,666 True
