import os

import torch
import torch.nn.functional as F
from torch import nn
from torchvision import datasets


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        # The preprocessing is part of the model: buffers are saved in the state_dict with the
        # weights, so whoever loads the model feeds it raw images, as in training.
        self.register_buffer("mean", torch.tensor(0.0))
        self.register_buffer("std", torch.tensor(1.0))
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28 * 28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, images):
        x = (images.float() / 255 - self.mean) / self.std  # uint8 (N, 28, 28), normalised here
        return self.linear_relu_stack(self.flatten(x))


if torch.cuda.is_available():
    device = "cuda"
elif torch.backends.mps.is_available():
    device = "mps"
else:
    device = "cpu"
root = os.environ.get("NN_GUIDE_DATA", "data")
training_data = datasets.FashionMNIST(root, train=True, download=True)
test_data = datasets.FashionMNIST(root, train=False, download=True)
classes = training_data.classes

# A quick training run (one pass over 20,000 images) so that the predictions mean something.
torch.manual_seed(0)
model = NeuralNetwork().to(device)
images, labels = training_data.data[:20_000].to(device), training_data.targets[:20_000].to(device)
pixels = images.float() / 255
model.mean.fill_(pixels.mean())  # statistics of the training images, stored in the model
model.std.fill_(pixels.std())
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for i in range(0, 20_000, 100):
    loss = F.cross_entropy(model(images[i:i + 100]), labels[i:i + 100])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

# Save only the learned tensors (the state_dict), not the Python object.
torch.save(model.state_dict(), "model.pth")

# Later, or in another program: rebuild the same architecture, then load the tensors.
# weights_only=True refuses to unpickle anything but tensors and plain containers.
state_dict = torch.load("model.pth", weights_only=True)
print(list(state_dict))
#> ['mean', 'std', 'linear_relu_stack.0.weight', 'linear_relu_stack.0.bias', 'linear_relu_stack.2.weight', 'linear_relu_stack.2.bias', 'linear_relu_stack.4.weight', 'linear_relu_stack.4.bias']
print(f"mean {state_dict['mean'].item():.4f}, std {state_dict['std'].item():.4f}")
#> mean 0.2864, std 0.3530
new_model = NeuralNetwork().to(device)
print(new_model.load_state_dict(state_dict))
#> <All keys matched successfully>
new_model.eval()  # inference mode for Dropout/BatchNorm (none here, but make it a habit)

# Predict a few raw test images: the first T-shirt, trouser, dress, sneaker and ankle boot of
# the test set.
test_labels = test_data.targets.tolist()
picked = [test_labels.index(c) for c in (0, 1, 3, 7, 9)]
with torch.no_grad():
    predicted = new_model(test_data.data[picked].to(device)).argmax(1)
for i, p in zip(picked, predicted.tolist(), strict=True):
    print(f"predicted: {classes[p]!r}, actual: {classes[test_labels[i]]!r}")
    #> predicted: 'T-shirt/top', actual: 'T-shirt/top'
    #> predicted: 'Trouser', actual: 'Trouser'
    #> predicted: 'Dress', actual: 'Dress'
    #> predicted: 'Sneaker', actual: 'Sneaker'
    #> predicted: 'Ankle boot', actual: 'Ankle boot'
with torch.no_grad():
    x = test_data.data[:100].to(device)
    print(torch.equal(new_model(x), model(x)))  # the loaded model is the saved one
    #> True
