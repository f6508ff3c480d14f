# --8<-- [start:setup]
import os
import time

import matplotlib.pyplot as plt
import torch
from torch import nn
from torch.utils.data import DataLoader, random_split
from torchvision import datasets
from torchvision.transforms import ToTensor

device = (
    "cuda" if torch.cuda.is_available()
    else "mps" if torch.backends.mps.is_available()
    else "cpu"
)
torch.manual_seed(0)  # the same initial weights and batch order on every run
root = os.environ.get("NN_GUIDE_DATA", "data")
training_data = datasets.FashionMNIST(root, train=True, download=True, transform=ToTensor())
test_data = datasets.FashionMNIST(root, train=False, download=True, transform=ToTensor())

# Hold out 5,000 of the 60,000 training images for validation. The seeded generator makes it
# the same split in every run. Every choice is judged on these images; the test set is used
# once, at the very end.
train_part, val_part = random_split(
    training_data, [55_000, 5_000], generator=torch.Generator().manual_seed(0)
)
print(len(train_part), len(val_part), len(test_data))
# --8<-- [end:setup]


# --8<-- [start:loops]
def train_one_epoch(model, batches, loss_fn, optimizer, scheduler=None):
    model.train()  # training mode: dropout active, batch norm uses batch statistics
    total_loss, count = 0.0, 0
    for X, y in batches:
        X, y = X.to(device), y.to(device)  # the batch must be where the model is
        loss = loss_fn(model(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        if scheduler is not None:
            scheduler.step()  # OneCycleLR changes the learning rate after every batch
        total_loss += loss.item() * len(y)
        count += len(y)
    return total_loss / count


def evaluate(model, batches):
    model.eval()  # evaluation mode: dropout off, batch norm uses running statistics
    correct, count = 0, 0
    with torch.no_grad():  # no graph for backward: faster, less memory
        for X, y in batches:
            X, y = X.to(device), y.to(device)
            correct += (model(X).argmax(dim=1) == y).sum().item()
            count += len(y)
    return correct / count


def fit(name, model, train_batches, val_batches, loss_fn, optimizer, epochs, scheduler=None):
    history = {"loss": [], "val_accuracy": [], "seconds": 0.0}
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        loss = train_one_epoch(model, train_batches(), loss_fn, optimizer, scheduler)
        history["seconds"] += time.perf_counter() - start  # training time only
        accuracy = evaluate(model, val_batches())  # the validation split, never the test set
        history["loss"].append(loss)
        history["val_accuracy"].append(accuracy)
        print(f"{name} epoch {epoch}: loss {loss:.3f}, validation accuracy {accuracy:.1%}")
    return history
# --8<-- [end:loops]


# --8<-- [start:quickstart]
quickstart = nn.Sequential(
    nn.Flatten(),
    nn.Linear(28 * 28, 512), nn.ReLU(),
    nn.Linear(512, 512), nn.ReLU(),
    nn.Linear(512, 10),
).to(device)
train_loader = DataLoader(train_part, batch_size=64, shuffle=True)
val_loader = DataLoader(val_part, batch_size=1000)
quickstart_history = fit(
    "quickstart", quickstart,
    train_batches=lambda: train_loader,
    val_batches=lambda: val_loader,
    loss_fn=nn.CrossEntropyLoss(),
    optimizer=torch.optim.SGD(quickstart.parameters(), lr=1e-3),
    epochs=5,
)
# --8<-- [end:quickstart]

# --8<-- [start:tensors]
# The training part is 55,000 x 28 x 28 bytes: convert it once into one normalised tensor
# and slice batches out of it, instead of building every image again in every epoch.
start = time.perf_counter()
train_index, val_index = torch.tensor(train_part.indices), torch.tensor(val_part.indices)
pixels = training_data.data[train_index].float() / 255
mean, std = pixels.mean().item(), pixels.std().item()  # of the training part's pixels only
x_train = ((pixels - mean) / std).unsqueeze(1).to(device)
y_train = training_data.targets[train_index].to(device)
x_val = ((training_data.data[val_index].float() / 255 - mean) / std).unsqueeze(1).to(device)
y_val = training_data.targets[val_index].to(device)
prepare_seconds = time.perf_counter() - start
print(f"mean {mean:.4f}, standard deviation {std:.4f}")


def shuffled_batches(batch_size=128):
    order = torch.randperm(len(x_train), device=device)  # a new order every epoch
    for i in range(0, len(order), batch_size):
        index = order[i : i + batch_size]
        yield x_train[index], y_train[index]


def val_batches(batch_size=1000):
    for i in range(0, len(x_val), batch_size):
        yield x_val[i : i + batch_size], y_val[i : i + batch_size]
# --8<-- [end:tensors]


# --8<-- [start:cnn]
cnn = nn.Sequential(
    nn.Conv2d(1, 16, kernel_size=3, bias=False),  # 1x28x28 -> 16x26x26
    nn.MaxPool2d(2),  # -> 16x13x13; pooling before BatchNorm and ReLU: 4x less work for them
    nn.BatchNorm2d(16),
    nn.ReLU(),
    nn.Conv2d(16, 32, kernel_size=3, bias=False),  # -> 32x11x11
    nn.MaxPool2d(2),  # -> 32x5x5
    nn.BatchNorm2d(32),
    nn.ReLU(),
    nn.Flatten(),  # -> 800
    nn.Linear(32 * 5 * 5, 128),
    nn.ReLU(),
    nn.Linear(128, 10),  # raw logits: CrossEntropyLoss applies log-softmax itself
).to(device)
epochs = 3
optimizer = torch.optim.AdamW(cnn.parameters(), lr=5e-3, weight_decay=1e-4)
scheduler = torch.optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=5e-3, epochs=epochs, steps_per_epoch=-(-len(x_train) // 128)
)
cnn_history = fit(
    "cnn", cnn,
    train_batches=shuffled_batches,
    val_batches=val_batches,
    loss_fn=nn.CrossEntropyLoss(),
    optimizer=optimizer,
    scheduler=scheduler,
    epochs=epochs,
)
cnn_history["seconds"] += prepare_seconds  # the conversion counts as training time
# --8<-- [end:cnn]

# --8<-- [start:costs]
def make_cnn(channels=(16, 32), hidden=128, pool_first=True):
    layers = []
    for c_in, c_out in [(1, channels[0]), channels]:
        conv = nn.Conv2d(c_in, c_out, kernel_size=3, bias=False)
        norm_relu = [nn.BatchNorm2d(c_out), nn.ReLU()]
        if pool_first:
            layers += [conv, nn.MaxPool2d(2), *norm_relu]
        else:
            layers += [conv, *norm_relu, nn.MaxPool2d(2)]
    layers.append(nn.Flatten())
    if hidden:
        layers += [nn.Linear(channels[1] * 5 * 5, hidden), nn.ReLU(), nn.Linear(hidden, 10)]
    else:
        layers.append(nn.Linear(channels[1] * 5 * 5, 10))
    return nn.Sequential(*layers).to(device)


def synchronize():
    # GPUs run asynchronously: wait for the queued work before reading the clock
    if device == "cuda":
        torch.cuda.synchronize()
    elif device == "mps":
        torch.mps.synchronize()


def step_seconds(model, optimizer, batch_size=128):
    """Time of one training step (forward, loss, backward, AdamW update) on one batch."""
    X, y = x_train[:batch_size], y_train[:batch_size]
    synchronize()
    start = time.perf_counter()
    loss = nn.functional.cross_entropy(model(X), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    synchronize()
    return time.perf_counter() - start


variants = {
    "ours": make_cnn(),
    "BatchNorm and ReLU before pooling": make_cnn(pool_first=False),
    "without the hidden layer": make_cnn(hidden=0),
    "channels 32, 64": make_cnn(channels=(32, 64)),
}
optimizers = {name: torch.optim.AdamW(model.parameters()) for name, model in variants.items()}
# 30 timed steps of each variant, taken in turns, and the fastest step of each: load from
# other programs slows some steps down, never speeds them up. The first step is a warm-up.
threads = torch.get_num_threads()
torch.set_num_threads(1)  # on a busy CPU, threads that wait for each other give erratic times
best = dict.fromkeys(variants, float("inf"))
for round_ in range(31):
    for name, model in variants.items():
        seconds = step_seconds(model, optimizers[name])
        if round_ > 0:
            best[name] = min(best[name], seconds)
torch.set_num_threads(threads)
for name, seconds in best.items():
    print(f"{name:<34} {1000 * seconds:6.1f} ms per step, {seconds / best['ours']:.2f} x ours")
# --8<-- [end:costs]

# --8<-- [start:compare]
# Both recipes are fixed now: only now do we touch the test set, once. It is normalised with
# the training part's mean and standard deviation, like everything the CNN has seen.
x_test = ((test_data.data.float() / 255 - mean) / std).unsqueeze(1).to(device)
y_test = test_data.targets.to(device)
cnn.eval()
with torch.no_grad():
    predictions = torch.cat([cnn(x_test[i : i + 1000]).argmax(dim=1) for i in range(0, 10_000, 1000)])
test_accuracy = {
    "quickstart": evaluate(quickstart, DataLoader(test_data, batch_size=1000)),
    "cnn": (predictions == y_test).float().mean().item(),
}
for name, history in [("quickstart", quickstart_history), ("cnn", cnn_history)]:
    images_per_second = len(history["loss"]) * len(train_part) / history["seconds"]
    print(
        f"{name:>10}: validation accuracy {history['val_accuracy'][-1]:.1%}, "
        f"test accuracy {test_accuracy[name]:.1%}, "
        f"training {history['seconds']:.1f} s, {images_per_second:,.0f} images/s"
    )
print(f"time ratio cnn / quickstart: {cnn_history['seconds'] / quickstart_history['seconds']:.2f}")
assert test_accuracy["cnn"] >= 0.90, "the CNN recipe should reach 90% test accuracy"
# --8<-- [end:compare]

# --8<-- [start:curves]
fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.2))
for history, style in [(quickstart_history, "o--"), (cnn_history, "s-")]:
    steps = range(1, len(history["loss"]) + 1)
    left.plot(steps, history["loss"], style)
    right.plot(steps, [100 * a for a in history["val_accuracy"]], style)
for ax in (left, right):
    ax.set_xticks(range(1, 6))
    ax.grid(alpha=0.3)
plt.savefig("fashion_mnist_curves.png", dpi=100, bbox_inches="tight")
plt.close()
# --8<-- [end:curves]

# --8<-- [start:confusion]
# The predictions from the one test evaluation above: nothing is chosen from them any more.
confusion = torch.zeros(10, 10, dtype=torch.int64)
for true, predicted in zip(y_test.tolist(), predictions.tolist(), strict=True):
    confusion[true, predicted] += 1
plt.figure(figsize=(5, 5))
plt.imshow(confusion.numpy(), cmap="Blues")
for i in range(10):
    for j in range(10):
        value = confusion[i, j].item()
        plt.text(j, i, value, ha="center", va="center", fontsize=7,
                 color="white" if value > 500 else "black")
plt.xticks(range(10))
plt.yticks(range(10))
plt.savefig("fashion_mnist_confusion.png", dpi=100, bbox_inches="tight")
plt.close()
for i, name in enumerate(test_data.classes):
    print(f"{i} {name:<12} {confusion[i, i].item() / confusion[i].sum().item():.1%}")
# --8<-- [end:confusion]

# --8<-- [start:mistakes]
wrong = (predictions != y_test).nonzero().flatten()[:8].tolist()
fig, axes = plt.subplots(1, 8, figsize=(12, 1.8))
for ax, i in zip(axes, wrong, strict=True):
    ax.imshow(test_data.data[i].numpy(), cmap="gray_r")
    ax.axis("off")
plt.savefig("fashion_mnist_mistakes.png", dpi=100, bbox_inches="tight")
plt.close()
classes = test_data.classes
for i in wrong:
    print(f"image {i}: is {classes[y_test[i]]}, predicted {classes[predictions[i]]}")
# --8<-- [end:mistakes]
