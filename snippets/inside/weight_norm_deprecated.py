import warnings

import torch
from torch import nn

torch.manual_seed(0)
# PyTorch warns about the old function; record the warning instead of letting it stop the run.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.utils.weight_norm(nn.Linear(6, 4))
print(caught[0].category.__name__)
#> FutureWarning
print(caught[0].message)
#> `torch.nn.utils.weight_norm` is deprecated in favor of `torch.nn.utils.parametrizations.weight_norm`.
print(list(old.state_dict()))  # weight_g and weight_v, where the new one has original0 and 1
#> ['bias', 'weight_g', 'weight_v']

new = nn.utils.parametrizations.weight_norm(nn.Linear(6, 4))
print(list(new.state_dict()))
#> ['bias', 'parametrizations.weight.original0', 'parametrizations.weight.original1']
