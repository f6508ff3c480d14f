import torch
from torch import nn
from torchvision.ops import FrozenBatchNorm2d

torch.manual_seed(0)
bn = nn.BatchNorm2d(3)
bn.running_mean.fill_(0.5)  # statistics "from pretraining"
bn.requires_grad_(False)  # frozen: no gradients for its weight and bias
x = torch.randn(8, 3, 4, 4) * 2 + 1  # new data, with another mean and spread

# In train() mode it still normalises with the batch's statistics and updates its own.
bn.train()
out_train = bn(x)
print(bn.running_mean)
#> tensor([0.5583, 0.5669, 0.5499])

# FrozenBatchNorm2d keeps the statistics as buffers and always uses them, in any mode.
frozen = FrozenBatchNorm2d(3)
frozen.load_state_dict(bn.state_dict(), strict=False)  # it has no num_batches_tracked
frozen.train()
print(torch.equal(frozen.running_mean, bn.running_mean), list(frozen.parameters()))
#> True []
bn.eval()  # the same as BatchNorm2d in eval() mode, not as in train() mode
print(torch.allclose(frozen(x), bn(x), atol=1e-6), torch.allclose(frozen(x), out_train, atol=1e-6))
#> True False
