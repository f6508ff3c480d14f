import os

from torchvision import datasets

root = os.environ.get("NN_GUIDE_DATA", "data")
data = datasets.FashionMNIST(root, train=True, download=True)
images = data.data.float() / 255

# Is an image closer to its class's mean image, or to that mean image mirrored?
for c in range(5, 10):
    members = images[data.targets == c]
    class_mean = members.mean(0)
    to_mean = (members - class_mean).square().sum((1, 2))
    to_mirror = (members - class_mean.flip(-1)).square().sum((1, 2))
    share = (to_mirror < to_mean).float().mean()
    print(f"{data.classes[c]:<11} closer to the mirrored mean: {share:.1%}")
    #> Sandal      closer to the mirrored mean: 7.2%
    #> Shirt       closer to the mirrored mean: 32.4%
    #> Sneaker     closer to the mirrored mean: 0.2%
    #> Bag         closer to the mirrored mean: 23.6%
    #> Ankle boot  closer to the mirrored mean: 0.0%
