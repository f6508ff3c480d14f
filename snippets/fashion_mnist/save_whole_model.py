import pickle
import re

import torch
from torch import nn

model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 10))

# torch.save(model) pickles the whole object: the class names (here nn.Sequential, nn.Flatten,
# nn.Linear) and where to import them from, along with the tensors.
torch.save(model, "whole_model.pth")

# The default since PyTorch 2.6 is weights_only=True, which accepts only tensors and plain
# containers, so loading a whole model fails:
try:
    torch.load("whole_model.pth")
except pickle.UnpicklingError as error:
    print(type(error).__name__)
    #> UnpicklingError
    print(re.search(r"Unsupported global: GLOBAL \S+", str(error)).group())
    #> Unsupported global: GLOBAL torch.nn.modules.container.Sequential

# Only for a file you trust: weights_only=False lets unpickling import and run any code the
# file names, so a malicious file can do anything.
loaded = torch.load("whole_model.pth", weights_only=False)
print(type(loaded).__name__, torch.equal(loaded[1].weight, model[1].weight))
#> Sequential True
