import os

import matplotlib.pyplot as plt
from torchvision import datasets

root = os.environ.get("NN_GUIDE_DATA", "data")
training_data = datasets.FashionMNIST(root, train=True, download=True)

# Without a transform, .data holds all images as one uint8 tensor (60000, 28, 28)
# and .targets the labels (60000,). Take the first image of each class.
labels = training_data.targets.tolist()
indices = [labels.index(c) for c in range(10)]

rows, cols = 2, 5
fig, axes = plt.subplots(rows, cols, figsize=(cols * 1.5, rows * 1.5))
for ax, i in zip(axes.flat, indices, strict=True):
    ax.imshow(training_data.data[i].cpu().numpy(), cmap="gray_r")
    ax.axis("off")
plt.savefig("fashion_mnist_samples.png", dpi=100, bbox_inches="tight")
plt.close()

# The picture carries no text: here are the class names, row by row.
for r in range(rows):
    print(" | ".join(training_data.classes[labels[i]] for i in indices[r * cols:(r + 1) * cols]))
    #> T-shirt/top | Trouser | Pullover | Dress | Coat
    #> Sandal | Shirt | Sneaker | Bag | Ankle boot
