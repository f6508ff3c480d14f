import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
# A checkpoint saved from a wrapped model (nn.DataParallel, DistributedDataParallel)
# has every key prefixed with "module.".
checkpoint = {"module." + k: v for k, v in model.state_dict().items()}
print(list(checkpoint)[:2])
#> ['module.0.weight', 'module.0.bias']

fresh = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
print(fresh.load_state_dict({k.removeprefix("module."): v for k, v in checkpoint.items()}))
#> <All keys matched successfully>
print(torch.equal(fresh[0].weight, model[0].weight))
#> True
