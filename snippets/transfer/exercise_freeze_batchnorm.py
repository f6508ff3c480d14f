import torch
from torch import nn
from torchvision.models import resnet18
from torchvision.ops import FrozenBatchNorm2d


def freeze_batchnorm(module):
    """Replace every BatchNorm2d inside `module` by a FrozenBatchNorm2d with its statistics."""
    for name, child in module.named_children():
        if isinstance(child, nn.BatchNorm2d):
            frozen = FrozenBatchNorm2d(child.num_features, eps=child.eps)
            frozen.load_state_dict(child.state_dict(), strict=False)  # no num_batches_tracked
            setattr(module, name, frozen)
        else:
            freeze_batchnorm(child)
    return module


torch.manual_seed(0)
model = resnet18(weights=None)
with torch.no_grad():  # statistics that are not the defaults (0 and 1), as after pretraining
    model.train()
    model(torch.randn(16, 3, 64, 64) * 2 + 1)
x = torch.randn(4, 3, 64, 64)
expected = model.eval()(x)

frozen = freeze_batchnorm(model).train()  # train() mode on purpose
print(sum(isinstance(m, nn.BatchNorm2d) for m in frozen.modules()),
      sum(isinstance(m, FrozenBatchNorm2d) for m in frozen.modules()))
#> 0 20
print(torch.allclose(frozen(x), expected, atol=1e-5))
#> True
