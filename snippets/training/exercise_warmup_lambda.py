import math

import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR, LambdaLR, LinearLR, SequentialLR

warmup, epochs, base_lr = 3, 10, 1e-3


def factor(epoch):
    """The multiplier of base_lr at `epoch`: linear warmup from 0.1, then half a cosine to 0."""
    if epoch < warmup:
        return 0.1 + 0.9 * epoch / warmup
    return 0.5 * (1 + math.cos(math.pi * (epoch - warmup) / (epochs - warmup)))


def schedule(make_scheduler):
    optimizer = torch.optim.SGD(nn.Linear(1, 1).parameters(), lr=base_lr)
    scheduler = make_scheduler(optimizer)
    lrs = []
    for _ in range(epochs):
        lrs.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return lrs


by_hand = schedule(lambda opt: LambdaLR(opt, lr_lambda=factor))
chained = schedule(
    lambda opt: SequentialLR(
        opt,
        [LinearLR(opt, start_factor=0.1, total_iters=warmup), CosineAnnealingLR(opt, epochs - warmup)],
        milestones=[warmup],
    )
)
print([f"{lr:.2e}" for lr in by_hand])
#> ['1.00e-04', '4.00e-04', '7.00e-04', '1.00e-03', '9.50e-04', '8.12e-04', '6.11e-04', '3.89e-04', '1.88e-04', '4.95e-05']
print(all(math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12) for a, b in zip(by_hand, chained, strict=True)))
#> True
