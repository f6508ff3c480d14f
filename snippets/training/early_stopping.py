import copy

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
x = torch.randn(300, 20)
y = (x[:, 0] + 0.5 * torch.randn(300) > 0).long()  # one useful feature, noisy labels
generator = torch.Generator().manual_seed(0)
train_set, val_set, test_set = random_split(TensorDataset(x, y), [200, 50, 50], generator=generator)
train_loader = DataLoader(train_set, batch_size=25, shuffle=True, generator=generator)

model = nn.Sequential(nn.Linear(20, 128), nn.ReLU(), nn.Linear(128, 2))  # large enough to overfit
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)


@torch.no_grad()
def evaluate(subset):
    model.eval()
    inputs, targets = subset.dataset[subset.indices]  # a small subset: one batch
    logits = model(inputs)
    return loss_fn(logits, targets).item(), (logits.argmax(1) == targets).float().mean().item()


patience, best_loss, best_epoch, best_state = 3, float("inf"), 0, None
for epoch in range(1, 51):
    model.train()
    for inputs, targets in train_loader:
        optimizer.zero_grad()
        loss_fn(model(inputs), targets).backward()
        optimizer.step()
    val_loss, _ = evaluate(val_set)
    if val_loss < best_loss:  # an improvement: remember this model
        best_loss, best_epoch, best_state = val_loss, epoch, copy.deepcopy(model.state_dict())
    print(f"epoch {epoch:2d}: validation loss {val_loss:.3f}{' *' if epoch == best_epoch else ''}")
    #> epoch  1: validation loss 0.616 *
    #> epoch  2: validation loss 0.596 *
    #> epoch  3: validation loss 0.626
    #> epoch  4: validation loss 0.695
    #> epoch  5: validation loss 0.698
    if epoch - best_epoch == patience:  # no improvement for `patience` epochs: stop
        print(f"stopped after epoch {epoch}; the best was epoch {best_epoch}")
        #> stopped after epoch 5; the best was epoch 2
        break

model.load_state_dict(best_state)  # the best model, not the last one
test_loss, test_accuracy = evaluate(test_set)  # the test set: once, at the very end
print(f"test loss {test_loss:.3f}, test accuracy {test_accuracy:.2f}")
#> test loss 0.493, test accuracy 0.78
