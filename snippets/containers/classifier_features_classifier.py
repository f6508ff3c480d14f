import torch
from torch import nn


class SmallCNN(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=3, padding=1),  # (N, 16, 28, 28)
            nn.ReLU(),
            nn.MaxPool2d(2),  # (N, 16, 14, 14)
            nn.Conv2d(16, 32, kernel_size=3, padding=1),  # (N, 32, 14, 14)
            nn.ReLU(),
            nn.MaxPool2d(2),  # (N, 32, 7, 7)
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),  # (N, 32 * 7 * 7)
            nn.Linear(32 * 7 * 7, 128),
            nn.ReLU(),
            nn.Linear(128, num_classes),
        )

    def forward(self, x):
        return self.classifier(self.features(x))


torch.manual_seed(0)
model = SmallCNN()
images = torch.randn(32, 1, 28, 28)  # a batch of 32 grey-scale 28x28 images

print(model.features(images).shape)
#> torch.Size([32, 32, 7, 7])
logits = model(images)
print(logits.shape)
#> torch.Size([32, 10])
predictions = logits.argmax(dim=1)  # the index of the largest logit in each row
print(predictions.shape, predictions.dtype)
#> torch.Size([32]) torch.int64
