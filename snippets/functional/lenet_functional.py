import torch
import torch.nn.functional as F
from torch import nn


class LeNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        # Layers with weights are modules, so that the model registers their parameters.
        self.conv1 = nn.Conv2d(3, 6, kernel_size=5)
        self.conv2 = nn.Conv2d(6, 16, kernel_size=5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, num_classes)

    def forward(self, x):
        # ReLU and max pooling have no weights: plain function calls are enough.
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)  # (N, 6, 14, 14)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)  # (N, 16, 5, 5)
        x = torch.flatten(x, 1)                      # (N, 400)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)                           # (N, 10) logits


torch.manual_seed(0)
model = LeNet()
x = torch.randn(64, 3, 32, 32)
print(model(x).shape)
#> torch.Size([64, 10])
print(sum(p.numel() for p in model.parameters()))
#> 62006
print(model)  # only the modules appear: F.relu and F.max_pool2d are not listed
#> LeNet(
#>   (conv1): Conv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))
#>   (conv2): Conv2d(6, 16, kernel_size=(5, 5), stride=(1, 1))
#>   (fc1): Linear(in_features=400, out_features=120, bias=True)
#>   (fc2): Linear(in_features=120, out_features=84, bias=True)
#>   (fc3): Linear(in_features=84, out_features=10, bias=True)
#> )
