import torch
from torch import nn
from torch.optim.lr_scheduler import ReduceLROnPlateau

model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
# Halve the learning rate when the validation loss has not improved for 2 epochs.
scheduler = ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=2)

# Validation losses of a run that stalls twice (given here instead of computed).
val_losses = [1.0, 0.8, 0.7, 0.71, 0.72, 0.73, 0.6, 0.61, 0.62, 0.63, 0.64]
for epoch, val_loss in enumerate(val_losses):
    optimizer.step()  # stands for one epoch of training
    scheduler.step(val_loss)  # this scheduler needs the metric it watches
    print(f"epoch {epoch}: validation loss {val_loss}, next lr {optimizer.param_groups[0]['lr']}")
    #> epoch 0: validation loss 1.0, next lr 0.1
    #> epoch 1: validation loss 0.8, next lr 0.1
    #> epoch 2: validation loss 0.7, next lr 0.1
    #> epoch 3: validation loss 0.71, next lr 0.1
    #> epoch 4: validation loss 0.72, next lr 0.1
    #> epoch 5: validation loss 0.73, next lr 0.05
    #> epoch 6: validation loss 0.6, next lr 0.05
    #> epoch 7: validation loss 0.61, next lr 0.05
    #> epoch 8: validation loss 0.62, next lr 0.05
    #> epoch 9: validation loss 0.63, next lr 0.025
    #> epoch 10: validation loss 0.64, next lr 0.025
