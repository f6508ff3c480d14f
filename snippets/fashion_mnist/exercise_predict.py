import torch
from torch import nn

CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def predict(model, images):
    """Class names for a batch of images (N, 1, 28, 28), or for one image (1, 28, 28)."""
    if images.dim() == 3:
        images = images.unsqueeze(0)  # a single image: add the batch dimension
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()  # BatchNorm must use its running statistics, not those of this batch
    try:
        with torch.no_grad():
            indices = model(images.to(device)).argmax(dim=1)
    finally:
        model.train(was_training)  # leave the model in the mode we found it in
    return [CLASSES[i] for i in indices.tolist()]


torch.manual_seed(0)
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
images = torch.rand(5, 1, 28, 28)

# The model is untrained, so WHICH names come back is arbitrary (and differs between the CPU
# and the GPU random generators); what we can check is their number and that they are classes.
names = predict(cnn, images)
print(len(names), all(name in CLASSES for name in names))
#> 5 True
print(len(predict(cnn, images[0])))  # one image without a batch dimension
#> 1
print(cnn.training)  # predict() put the model back into training mode
#> True
# The same images give the same names: in evaluation mode the output doesn't depend on the batch.
print(predict(cnn, images)[:2] == predict(cnn, images[:2]))
#> True
