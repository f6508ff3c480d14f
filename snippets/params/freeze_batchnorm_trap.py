import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))
backbone.requires_grad_(False)
bn = backbone[1]
x = torch.randn(64, 4) * 3 + 5  # new data, with another mean

# Frozen parameters, but train() mode: BatchNorm still updates its running statistics.
backbone.train()
before = bn.running_mean.clone()
backbone(x)
print(torch.equal(bn.running_mean, before), bn.num_batches_tracked.item())
#> False 1

# The fix: put the frozen BatchNorm layers in eval mode after every model.train().
backbone.train()
for module in backbone.modules():
    # _BatchNorm: the base class of BatchNorm1d, 2d, 3d and SyncBatchNorm
    if isinstance(module, nn.modules.batchnorm._BatchNorm):
        module.eval()
before = bn.running_mean.clone()
backbone(x)
print(torch.equal(bn.running_mean, before), bn.num_batches_tracked.item())
#> True 1
