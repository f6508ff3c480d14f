import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, kernel_size=3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
    nn.Flatten(), nn.Linear(16, 10),
)
features = {}


def keep(name):
    def hook(module, args, output):
        features[name] = output.detach()  # detach: keep the values, not the autograd graph
    return hook


handles = [
    model[1].register_forward_hook(keep("relu1")),
    model[4].register_forward_hook(keep("relu2")),
]
logits = model(torch.randn(2, 1, 28, 28))
for name, activation in features.items():
    print(name, tuple(activation.shape), f"zeros: {(activation == 0).float().mean():.1%}")
    #> relu1 (2, 8, 28, 28) zeros: 45.0%
    #> relu2 (2, 16, 14, 14) zeros: 53.5%

for handle in handles:  # done: the model runs without them again
    handle.remove()
