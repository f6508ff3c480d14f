import torch
from torch import nn
from torch.nn.utils import prune

torch.manual_seed(0)
layer = nn.Linear(4, 3)
prune.l1_unstructured(layer, name="weight", amount=0.5)  # zero the 50 % smallest |w|

# weight_orig is trained, weight_mask is a buffer, and weight = weight_orig * weight_mask.
print([name for name, _ in layer.named_parameters()])
#> ['bias', 'weight_orig']
print([name for name, _ in layer.named_buffers()])
#> ['weight_mask']
print(layer.weight_mask)
#> tensor([[0., 1., 1., 1.],
#>         [1., 0., 0., 1.],
#>         [0., 0., 1., 0.]])
print(f"zeros: {(layer.weight == 0).float().mean():.0%}")
#> zeros: 50%

# Training updates weight_orig; the masked entries of weight stay zero.
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
layer(torch.randn(8, 4)).sum().backward()
optimizer.step()
print(f"zeros after a step: {(layer.weight == 0).float().mean():.0%}")
#> zeros after a step: 50%

# remove() makes it permanent: one plain weight, with the zeros in it.
prune.remove(layer, "weight")
print(list(layer.state_dict()), f"zeros: {(layer.weight == 0).float().mean():.0%}")
#> ['bias', 'weight'] zeros: 50%
