import torch
from torch import nn
from torchvision.models import ResNet18_Weights, resnet18

torch.manual_seed(0)
# The architecture alone, with random weights: nothing is downloaded.
model = resnet18(weights=None)
print(model.fc)
#> Linear(in_features=512, out_features=1000, bias=True)

# A weights enum describes pretrained weights; using it to describe them downloads nothing.
weights = ResNet18_Weights.DEFAULT
print(weights, weights.meta["num_params"])
#> ResNet18_Weights.IMAGENET1K_V1 11689512
print(weights.url)  # where the download would come from
#> https://download.pytorch.org/models/resnet18-f37072fd.pth
print(len(weights.meta["categories"]), weights.meta["categories"][:3])
#> 1000 ['tench', 'goldfish', 'great white shark']
preprocess = weights.transforms()  # the preprocessing these weights were trained with
print(preprocess)
#> ImageClassification(
#>     crop_size=[224]
#>     resize_size=[256]
#>     mean=[0.485, 0.456, 0.406]
#>     std=[0.229, 0.224, 0.225]
#>     interpolation=InterpolationMode.BILINEAR
#> )
image = torch.randint(0, 256, (3, 300, 400), dtype=torch.uint8)
print(preprocess(image).shape, preprocess(image).dtype)
#> torch.Size([3, 224, 224]) torch.float32

# A new task with 5 classes: replace the head; the backbone ends in 512 features.
model.fc = nn.Linear(model.fc.in_features, 5)
print(model(preprocess(image).unsqueeze(0)).shape)
#> torch.Size([1, 5])

# num_classes builds a 5-class head directly, but only without pretrained weights: those
# have a 1000-class head. torchvision refuses before it downloads anything.
print(resnet18(weights=None, num_classes=5).fc)
#> Linear(in_features=512, out_features=5, bias=True)
try:
    resnet18(weights=weights, num_classes=5)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: The parameter 'num_classes' expected value 1000 but got 5 instead.
