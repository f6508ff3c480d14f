import torch
from torch import nn


def init_conv(module):
    if isinstance(module, nn.Conv2d):
        nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        if module.bias is not None:
            nn.init.zeros_(module.bias)


torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(),
    nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
    nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10),
)
model.apply(init_conv)
for name, module in model.named_modules():
    if isinstance(module, nn.Conv2d):
        fan_in = module.in_channels * module.kernel_size[0] * module.kernel_size[1]
        print(name, f"std {module.weight.std():.4f}, expected {(2 / fan_in) ** 0.5:.4f},",
              "bias all zero:", bool((module.bias == 0).all()))
        #> 0 std 0.2688, expected 0.2722, bias all zero: True
        #> 2 std 0.1215, expected 0.1179, bias all zero: True
print(f"Linear untouched: max |w| {model[6].weight.abs().max():.4f}")
#> Linear untouched: max |w| 0.1762
