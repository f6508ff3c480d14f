import torch
from torch import nn

torch.manual_seed(0)
old = nn.Sequential()
old.add_module("encoder", nn.Linear(4, 8))
old.add_module("dropout_scale", nn.Linear(8, 8))  # a layer the new model dropped
checkpoint = old.state_dict()

new = nn.Sequential()
new.add_module("encoder", nn.Linear(4, 8))
new.add_module("classifier", nn.Linear(8, 3))  # a layer the old model did not have

result = new.load_state_dict(checkpoint, strict=False)  # load what matches, report the rest
print(result.missing_keys)  # in the model, not in the checkpoint: left as initialised
#> ['classifier.weight', 'classifier.bias']
print(result.unexpected_keys)  # in the checkpoint, not in the model: ignored
#> ['dropout_scale.weight', 'dropout_scale.bias']
print(torch.equal(new.encoder.weight, old.encoder.weight))
#> True

# The default, strict=True, refuses the same load.
new.load_state_dict(checkpoint)
#> Traceback (most recent call last):
#>   ...
#> RuntimeError: Error(s) in loading state_dict for Sequential:
#> 	Missing key(s) in state_dict: "classifier.weight", "classifier.bias".
#> 	Unexpected key(s) in state_dict: "dropout_scale.weight", "dropout_scale.bias".
