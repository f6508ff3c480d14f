from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Dropout(0.5))
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        return self.head(self.features(x))


model = Classifier()
print("children():")
#> children():
for name, child in model.named_children():  # direct submodules only
    print(" ", name, type(child).__name__)
    #>   features Sequential
    #>   head Linear
print("modules():")
#> modules():
for name, module in model.named_modules():  # the module itself and everything below it
    print(" ", repr(name), type(module).__name__)
    #>   '' Classifier
    #>   'features' Sequential
    #>   'features.0' Linear
    #>   'features.1' ReLU
    #>   'features.2' Dropout
    #>   'head' Linear
