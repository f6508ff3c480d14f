from torch import nn

layers = {
    "Conv2d(3, 16, 3)": nn.Conv2d(3, 16, 3),  # 16 * 3 * 3 * 3 + 16 = 448
    "Linear(128, 10)": nn.Linear(128, 10),  # 10 * 128 + 10 = 1290
    "BatchNorm2d(16)": nn.BatchNorm2d(16),  # weight and bias: 2 * 16 = 32
    "MaxPool2d(2)": nn.MaxPool2d(2),  # nothing to learn
    "LSTM(4, 8)": nn.LSTM(4, 8),  # 4 gates * (8 * 4 + 8 * 8 + 8 + 8) = 448
}
for name, layer in layers.items():
    print(f"{name:17} {sum(p.numel() for p in layer.parameters()):5}")
    #> Conv2d(3, 16, 3)    448
    #> Linear(128, 10)    1290
    #> BatchNorm2d(16)      32
    #> MaxPool2d(2)          0
    #> LSTM(4, 8)          448
# running_mean and running_var are buffers, not parameters: an optimiser never sees them
print([name for name, _ in nn.BatchNorm2d(16).named_buffers()])
#> ['running_mean', 'running_var', 'num_batches_tracked']
