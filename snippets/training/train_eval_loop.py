import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
x = torch.randn(600, 10)
y = (x[:, :3].sum(dim=1) > 0).long()  # the label depends on the first three features
generator = torch.Generator().manual_seed(0)
train_set, val_set = random_split(TensorDataset(x, y), [500, 100], generator=generator)
train_loader = DataLoader(train_set, batch_size=64, shuffle=True, generator=generator)
val_loader = DataLoader(val_set, batch_size=64)  # no need to shuffle for evaluation

model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 2))
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)


def train_one_epoch(model, loader):
    model.train()  # dropout and batch norm in training behaviour
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss_fn(model(inputs), targets).backward()
        optimizer.step()


@torch.no_grad()  # no graph: less memory, faster
def evaluate(model, loader):
    model.eval()  # dropout off, batch norm uses its running statistics
    total_loss, correct = 0.0, 0
    for inputs, targets in loader:
        logits = model(inputs)
        # Weight each batch by its size: the last batch (100 = 64 + 36) is smaller.
        total_loss += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
    return total_loss / len(loader.dataset), correct / len(loader.dataset)


for epoch in range(1, 4):
    train_one_epoch(model, train_loader)
    val_loss, val_accuracy = evaluate(model, val_loader)
    print(f"epoch {epoch}: validation loss {val_loss:.3f}, accuracy {val_accuracy:.2f}")
    #> epoch 1: validation loss 0.556, accuracy 0.84
    #> epoch 2: validation loss 0.387, accuracy 0.90
    #> epoch 3: validation loss 0.241, accuracy 0.95

# The weighted mean over batches is the loss over the whole validation set at once.
val_x, val_y = x[val_set.indices], y[val_set.indices]
with torch.no_grad():
    print(abs(val_loss - loss_fn(model(val_x), val_y).item()) < 1e-5)
    #> True
