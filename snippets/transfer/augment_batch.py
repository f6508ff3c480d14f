import torch
from torchvision.transforms import v2

torch.manual_seed(0)
crop = v2.RandomCrop(28, padding=4)
images = torch.zeros(4, 1, 28, 28)
images[:, :, 14, 14] = 1.0  # one bright pixel in the centre of each image


def where(batch):
    """(row, column) of the bright pixel in each image."""
    return [divmod(i, 28) for i in batch.flatten(1).argmax(1).tolist()]


# A batch is one input: the transform draws one crop and applies it to every image.
print(where(crop(images)))
#> [(10, 18), (10, 18), (10, 18), (10, 18)]
# One call per image: a new crop for each.
print(where(torch.stack([crop(image) for image in images])))
#> [(16, 12), (11, 12), (11, 17), (17, 18)]
