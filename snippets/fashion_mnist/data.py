import os

from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision.transforms import ToTensor

# Where the data lives: ./data unless NN_GUIDE_DATA says otherwise. With download=True,
# torchvision downloads the four files the first time and reuses them afterwards.
root = os.environ.get("NN_GUIDE_DATA", "data")
try:
    training_data = datasets.FashionMNIST(root, train=True, download=True, transform=ToTensor())
    test_data = datasets.FashionMNIST(root, train=False, download=True, transform=ToTensor())
except (RuntimeError, OSError) as exc:
    raise SystemExit(
        f"Could not load FashionMNIST from {root!r}: {exc}\n"
        "Run once with internet access, or set NN_GUIDE_DATA to a folder that contains "
        "FashionMNIST/raw/ with train-images-idx3-ubyte, train-labels-idx1-ubyte, "
        "t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte."
    ) from exc

print(len(training_data), len(test_data))
#> 60000 10000
print(training_data.classes)
#> ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot']

# One sample: ToTensor turned the 28x28 uint8 picture into a float tensor in [0, 1]
# with a channel dimension first; the label is a plain Python int.
image, label = training_data[0]
print(image.shape, image.dtype, type(label).__name__)
#> torch.Size([1, 28, 28]) torch.float32 int
print(image.min().item(), image.max().item())
#> 0.0 1.0

# A DataLoader stacks samples into batches: N x C x H x W images, N labels.
# (For training, pass shuffle=True so that every epoch sees the images in a new order.)
test_dataloader = DataLoader(test_data, batch_size=64)
X, y = next(iter(test_dataloader))
print(X.shape, X.dtype)
#> torch.Size([64, 1, 28, 28]) torch.float32
print(y.shape, y.dtype)
#> torch.Size([64]) torch.int64
