from torch import nn


class Forgetful(nn.Module):
    def __init__(self):
        # super().__init__() is missing: the module has nowhere to register the layer
        self.fc = nn.Linear(4, 2)


model = Forgetful()
#> Traceback (most recent call last):
#>   ...
#> AttributeError: cannot assign module before Module.__init__() call
