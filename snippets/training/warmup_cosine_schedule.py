import torch
from torch import nn
from torch.optim.lr_scheduler import CosineAnnealingLR, LinearLR, SequentialLR

model = nn.Linear(4, 1)
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
warmup_epochs, epochs = 3, 10
scheduler = SequentialLR(
    optimizer,
    schedulers=[
        # from 0.1 * lr up to lr, in warmup_epochs steps
        LinearLR(optimizer, start_factor=0.1, total_iters=warmup_epochs),
        # then from lr down to eta_min along half a cosine
        CosineAnnealingLR(optimizer, T_max=epochs - warmup_epochs, eta_min=1e-5),
    ],
    milestones=[warmup_epochs],  # the epoch at which the second scheduler takes over
)

for epoch in range(epochs):
    lr = optimizer.param_groups[0]["lr"]  # the learning rate this epoch trains with
    print(f"epoch {epoch}: lr {lr:.2e}")
    #> epoch 0: lr 1.00e-04
    #> epoch 1: lr 4.00e-04
    #> epoch 2: lr 7.00e-04
    #> epoch 3: lr 1.00e-03
    #> epoch 4: lr 9.51e-04
    #> epoch 5: lr 8.14e-04
    #> epoch 6: lr 6.15e-04
    #> epoch 7: lr 3.95e-04
    #> epoch 8: lr 1.96e-04
    #> epoch 9: lr 5.90e-05
    optimizer.step()  # stands for one epoch of training
    scheduler.step()  # once per epoch, after the optimiser
