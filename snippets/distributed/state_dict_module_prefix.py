from torch import nn

model = nn.Linear(2, 1)
wrapped = nn.DataParallel(model)  # DistributedDataParallel wraps the same way
print(wrapped.module is model)
#> True
print(list(wrapped.state_dict()))
#> ['module.weight', 'module.bias']

# Save the inner model's state_dict: its keys fit a model that is not wrapped.
plain = nn.Linear(2, 1)
print(plain.load_state_dict(wrapped.module.state_dict()))
#> <All keys matched successfully>
plain.load_state_dict(wrapped.state_dict())
#> Traceback (most recent call last):
#>   ...
#> RuntimeError: Error(s) in loading state_dict for Linear:
#> 	Missing key(s) in state_dict: "weight", "bias".
#> 	Unexpected key(s) in state_dict: "module.weight", "module.bias".
