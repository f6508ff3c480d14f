import torch
from torch import nn

# Confidently wrong predictions: large positive logits for samples whose target is 0.
logits = torch.tensor([10.0, 20.0, 40.0], requires_grad=True)
target = torch.tensor([0.0, 0.0, 0.0])

probs = torch.sigmoid(logits)
print(probs)
#> tensor([1.0000, 1.0000, 1.0000], grad_fn=<SigmoidBackward0>)
print(probs == 1.0)  # in float32, sigmoid(20.) is exactly 1.0
#> tensor([False,  True,  True])

bce = nn.BCELoss(reduction="none")(probs, target)
bce_logits = nn.BCEWithLogitsLoss(reduction="none")(logits, target)
print(bce)  # log(1 - 1.0) = -inf, clamped to -100
#> tensor([  9.9996, 100.0000, 100.0000], grad_fn=<BinaryCrossEntropyBackward0>)
print(bce_logits)  # the true loss, log(1 + exp(z)), is about z here
#> tensor([10.0000, 20.0000, 40.0000],
#>        grad_fn=<BinaryCrossEntropyWithLogitsBackward0>)

# The gradients differ even more: through sigmoid they vanish.
(grad_bce,) = torch.autograd.grad(bce.sum(), logits)
(grad_logits,) = torch.autograd.grad(bce_logits.sum(), logits)
print(grad_bce)
#> tensor([1.0000, 0.0000, 0.0000])
print(grad_logits)
#> tensor([1.0000, 1.0000, 1.0000])
