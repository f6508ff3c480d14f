# --8<-- [start:setup]
import os
import time

import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torch import nn
from torchvision import datasets
from torchvision.ops import FrozenBatchNorm2d
from torchvision.transforms import v2

device = "cuda" if torch.cuda.is_available() else "cpu"
run_start = time.perf_counter()
root = os.environ.get("NN_GUIDE_DATA", "data")
train_set = datasets.FashionMNIST(root, train=True, download=True)
test_set = datasets.FashionMNIST(root, train=False, download=True)
classes = train_set.classes

# The same validation split as in the FashionMNIST chapter: 5,000 of the 60,000 training
# images, chosen by a seeded generator. Every choice below is judged on them.
order = torch.randperm(60_000, generator=torch.Generator().manual_seed(0))
val_index, train_index = order[:5_000], order[5_000:]


def part(images, labels, wanted):
    """The images (as floats in [0, 1]) and labels of the wanted classes, renumbered 0-4."""
    keep = torch.isin(labels, torch.tensor(wanted))
    return images[keep].float().div(255).unsqueeze(1), labels[keep] - wanted[0]


source_classes, target_classes = [0, 1, 2, 3, 4], [5, 6, 7, 8, 9]
x_source, y_source = part(
    train_set.data[train_index], train_set.targets[train_index], source_classes
)
x_source_val, y_source_val = part(
    train_set.data[val_index], train_set.targets[val_index], source_classes
)
print("source:", [classes[c] for c in source_classes], len(x_source), "training images")
print("target:", [classes[c] for c in target_classes])
# --8<-- [end:setup]


# --8<-- [start:source]
def make_cnn(num_classes):
    """The FashionMNIST chapter's CNN, in two parts: model[0] is the backbone, two
    convolutional blocks that turn an image into 800 features; model[1] is the head."""
    backbone = nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, bias=False),
        nn.MaxPool2d(2),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        nn.Conv2d(16, 32, kernel_size=3, bias=False),
        nn.MaxPool2d(2),
        nn.BatchNorm2d(32),
        nn.ReLU(),
        nn.Flatten(),
    )
    return nn.Sequential(backbone, new_head(num_classes)).to(device)


def new_head(num_classes):
    return nn.Sequential(
        nn.Linear(32 * 5 * 5, 128), nn.ReLU(), nn.Linear(128, num_classes)
    ).to(device)


def fit(model, x, y, groups, epochs, batch_size=50, frozen=None, augment=None):
    """AdamW with OneCycleLR; `groups` is a list of (parameters, max_lr) pairs. Modules in
    `frozen` stay in eval mode. Returns the training time in seconds."""
    optimizer = torch.optim.AdamW(
        [{"params": list(p)} for p, _ in groups], weight_decay=1e-4
    )
    scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimizer,
        max_lr=[lr for _, lr in groups],
        epochs=epochs,
        steps_per_epoch=-(-len(x) // batch_size),
    )
    start = time.perf_counter()
    for _ in range(epochs):
        model.train()
        if frozen is not None:
            frozen.eval()  # train() switched it back: frozen layers keep their statistics
        shuffled = torch.randperm(len(x), device=device)
        for i in range(0, len(x), batch_size):
            index = shuffled[i : i + batch_size]
            X, Y = x[index], y[index]
            if augment is not None:
                X = augment(X, Y)
            loss = F.cross_entropy(model(X), Y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()
    return time.perf_counter() - start


def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        predictions = torch.cat(
            [model(x[i : i + 1000]).argmax(1) for i in range(0, len(x), 1000)]
        )
    return (predictions == y).float().mean().item()


# The preprocessing is part of the model: compute it on the source training images only.
mean, std = x_source.mean().item(), x_source.std().item()
torch.manual_seed(0)
source_model = make_cnn(len(source_classes))
seconds = fit(
    source_model,
    ((x_source - mean) / std).to(device),
    y_source.to(device),
    [(source_model.parameters(), 5e-3)],
    epochs=2,
    batch_size=128,
)
source_val = accuracy(
    source_model, ((x_source_val - mean) / std).to(device), y_source_val.to(device)
)
print(f"source task: {source_val:.1%} validation accuracy after {seconds:.1f} s of training")
torch.save(
    {
        "model": source_model.state_dict(),
        "mean": mean,
        "std": std,
        "classes": [classes[c] for c in source_classes],
    },
    "source_cnn.pt",
)
# --8<-- [end:source]

# --8<-- [start:contract]
checkpoint = torch.load("source_cnn.pt", weights_only=True)
reloaded = make_cnn(len(checkpoint["classes"]))
print(reloaded.load_state_dict(checkpoint["model"]))
x, y = x_source_val.to(device), y_source_val.to(device)
print(f"mean {checkpoint['mean']:.4f}, std {checkpoint['std']:.4f}")
as_trained = accuracy(reloaded, (x - checkpoint["mean"]) / checkpoint["std"], y)
raw = accuracy(reloaded, x, y)
# ImageNet's mean and std, averaged over RGB
imagenet = accuracy(reloaded, (x - 0.449) / 0.226, y)
print(f"normalised as in training: {as_trained:.1%}")
print(f"raw pixels in [0, 1]:      {raw:.1%}")
print(f"ImageNet's grey mean/std:  {imagenet:.1%}")
assert raw < as_trained - 0.2 and imagenet < as_trained  # what the text says
# --8<-- [end:contract]

# --8<-- [start:target_data]
# the contract: normalise as the source model did
mean, std = checkpoint["mean"], checkpoint["std"]
x_pool, y_pool = part(
    train_set.data[train_index], train_set.targets[train_index], target_classes
)
x_val, y_val = part(train_set.data[val_index], train_set.targets[val_index], target_classes)
x_pool, x_val = ((x_pool - mean) / std).to(device), ((x_val - mean) / std).to(device)
y_pool, y_val = y_pool.to(device), y_val.to(device)


def labelled_subset(per_class, seed):
    """`per_class` labelled images of each target class, drawn with the given seed."""
    generator = torch.Generator().manual_seed(seed)
    index = []
    for c in range(5):
        members = (y_pool == c).nonzero().flatten().cpu()
        index.append(members[torch.randperm(len(members), generator=generator)[:per_class]])
    index = torch.cat(index).to(device)
    return x_pool[index], y_pool[index]


def epochs_for(n):
    return max(3, 2_000 // n)  # about 2,000 training images seen in all, at least 3 epochs


print(len(x_pool), "unlabelled pool images,", len(x_val), "validation images")
# --8<-- [end:target_data]


# --8<-- [start:methods]
def pretrained():
    """The source CNN with its weights, and a new head for the 5 target classes."""
    model = make_cnn(len(checkpoint["classes"]))
    model.load_state_dict(checkpoint["model"])
    model[1] = new_head(len(target_classes))  # same shape, other meaning: replace it
    return model


def features(backbone, x):
    backbone.eval()
    with torch.no_grad():
        return torch.cat([backbone(x[i : i + 1000]) for i in range(0, len(x), 1000)])


def from_scratch(x, y, epochs):
    model = make_cnn(len(target_classes))
    seconds = fit(model, x, y, [(model.parameters(), 5e-3)], epochs)
    return model, seconds


def linear_probe(x, y, epochs):
    backbone = pretrained()[0]
    backbone.requires_grad_(False)  # only the head learns...
    head = nn.Linear(32 * 5 * 5, len(target_classes)).to(device)  # ...and it is linear
    start = time.perf_counter()
    cached = features(backbone, x)  # the backbone runs once, on every labelled image
    seconds = time.perf_counter() - start
    seconds += fit(head, cached, y, [(head.parameters(), 1e-2)], epochs)
    return nn.Sequential(backbone, head), seconds


def fine_tune(x, y, epochs, augment=None):
    model = pretrained()
    backbone, head = model
    # 10x smaller for the backbone
    groups = [(backbone.parameters(), 5e-4), (head.parameters(), 5e-3)]
    return model, fit(model, x, y, groups, epochs, augment=augment)


def gradual_unfreezing(x, y, epochs):
    model = pretrained()
    backbone, head = model
    # the head, then one convolutional block at a time
    stages = [head, backbone[4:], backbone[:4]]
    learning_rates = [5e-3, 1e-3, 5e-4]
    # their BatchNorm layers stay as they were
    still_frozen = [backbone, backbone[:4], None]
    model.requires_grad_(False)
    seconds = 0.0
    stage_epochs = [epochs // 3, epochs // 3, epochs - 2 * (epochs // 3)]
    for n in range(1, 4):
        stages[n - 1].requires_grad_(True)  # unfreeze one more part per stage
        pairs = zip(stages[:n], learning_rates[:n], strict=True)
        groups = [(s.parameters(), lr) for s, lr in pairs]
        seconds += fit(model, x, y, groups, stage_epochs[n - 1], frozen=still_frozen[n - 1])
    return model, seconds
# --8<-- [end:methods]


# --8<-- [start:compare]
methods = {
    "from scratch": from_scratch,
    "linear probe": linear_probe,
    "fine-tuning": fine_tune,
    "gradual unfreezing": gradual_unfreezing,
}
label_counts, seeds = [20, 100, 500], [0, 1, 2]
results = {}  # (method, labels per class, seed) -> (validation accuracy, seconds, model)
for per_class in label_counts:
    for seed in seeds:
        x, y = labelled_subset(per_class, seed)
        for name, method in methods.items():
            torch.manual_seed(seed)
            model, seconds = method(x, y, epochs_for(len(x)))
            results[name, per_class, seed] = (accuracy(model, x_val, y_val), seconds, model)


def summary(name, per_class):
    runs = [results[name, per_class, seed] for seed in seeds]
    accuracies = [100 * a for a, _, _ in runs]
    return (
        sum(accuracies) / len(runs),
        min(accuracies),
        max(accuracies),
        sum(s for _, s, _ in runs) / len(runs),
    )


print(f"{'labels/class':>12}  {'method':<19} {'val. accuracy (min-max)':>24} {'seconds':>8}")
for per_class in label_counts:
    for name in methods:
        mean_acc, low, high, seconds = summary(name, per_class)
        spread = f"({low:.1f}-{high:.1f})"
        print(f"{per_class:>12}  {name:<19} {mean_acc:8.1f} % {spread:<14} {seconds:8.2f}")
# --8<-- [end:compare]

# --8<-- [start:margin]
# Each seed draws its own labelled images, and every method of that seed trains on the same
# ones: compare them seed by seed.
for per_class in label_counts:
    for name in list(methods)[1:]:
        scratch = [results["from scratch", per_class, seed][0] for seed in seeds]
        method = [results[name, per_class, seed][0] for seed in seeds]
        pairs = zip(method, scratch, strict=True)
        gains = ", ".join(f"{100 * (m - s):+5.1f}" for m, s in pairs)
        print(f"{per_class:>5} labels/class, {name:<19} - scratch: {gains} points")
best_gain = {
    n: max(summary(m, n)[0] for m in list(methods)[1:]) - summary("from scratch", n)[0]
    for n in label_counts
}
assert best_gain[label_counts[0]] > 0 and best_gain[label_counts[-1]] < 1  # what the text says
# --8<-- [end:margin]

# --8<-- [start:figure]
fig, ax = plt.subplots(figsize=(6, 3.6))
for name, style in zip(methods, ["o--", "s-", "^-", "v-"], strict=True):
    stats = [summary(name, per_class) for per_class in label_counts]
    means = [s[0] for s in stats]
    spread = [
        [m - s[1] for m, s in zip(means, stats, strict=True)],
        [s[2] - m for m, s in zip(means, stats, strict=True)],
    ]
    ax.errorbar(label_counts, means, yerr=spread, fmt=style, capsize=3, label=name)
ax.set_xscale("log")
ax.minorticks_off()  # label only the label counts
ax.set_xticks(label_counts, [str(n) for n in label_counts])
ax.set_xlabel("labelled images per class")
ax.set_ylabel("validation accuracy (%)")
ax.grid(alpha=0.3)
ax.legend()
plt.savefig("transfer_accuracy.png", dpi=100, bbox_inches="tight")
plt.close()
# --8<-- [end:figure]

# --8<-- [start:batchnorm]
x, y = labelled_subset(20, 0)


def probe_without_cache(how):
    """A linear probe that runs the frozen backbone on every batch, in one of three ways."""
    torch.manual_seed(0)
    backbone = pretrained()[0]
    backbone.requires_grad_(False)
    if how == "FrozenBatchNorm2d":
        for i, layer in enumerate(backbone):
            if isinstance(layer, nn.BatchNorm2d):
                frozen = FrozenBatchNorm2d(layer.num_features, eps=layer.eps)
                # no num_batches_tracked
                frozen.load_state_dict(layer.state_dict(), strict=False)
                backbone[i] = frozen
    head = nn.Linear(32 * 5 * 5, len(target_classes)).to(device)
    model = nn.Sequential(backbone, head)
    seconds = fit(
        model,
        x,
        y,
        [(head.parameters(), 1e-2)],
        epochs_for(len(x)),
        frozen=backbone if how == "eval()" else None,
    )
    return accuracy(model, x_val, y_val), seconds


bn_accuracy = {
    how: probe_without_cache(how)[0]
    for how in ["train() (the trap)", "eval()", "FrozenBatchNorm2d"]
}
for how, acc in bn_accuracy.items():
    print(f"frozen backbone, {how:<19} {acc:.1%}")
# the same computation
assert abs(bn_accuracy["eval()"] - bn_accuracy["FrozenBatchNorm2d"]) < 0.005
# --8<-- [end:batchnorm]

# --8<-- [start:caching]
x, y = labelled_subset(500, 0)
torch.manual_seed(0)
cached_model, cached_seconds = linear_probe(x, y, epochs_for(len(x)))
torch.manual_seed(0)
backbone = pretrained()[0]
backbone.requires_grad_(False)
uncached = nn.Sequential(backbone, nn.Linear(32 * 5 * 5, len(target_classes)).to(device))
uncached_seconds = fit(
    uncached, x, y, [(uncached[1].parameters(), 1e-2)], epochs_for(len(x)), frozen=backbone
)
print(f"backbone on every batch: {uncached_seconds:.2f} s, {accuracy(uncached, x_val, y_val):.1%}")
print(f"features cached once:    {cached_seconds:.2f} s, {accuracy(cached_model, x_val, y_val):.1%}")
print(f"speed-up: {uncached_seconds / cached_seconds:.1f} x")
assert cached_seconds < uncached_seconds  # what the text says
# --8<-- [end:caching]

# --8<-- [start:augment]
crop = v2.RandomCrop(28, padding=2, padding_mode="edge")
flip = v2.RandomHorizontalFlip(p=0.5)
mirror_symmetric = torch.tensor([1, 3])  # shirt and bag; footwear always points the same way


def augment(X, Y):
    """A new random crop for each image, a random flip for shirts and bags only."""
    symmetric = torch.isin(Y, mirror_symmetric.to(Y.device))
    return torch.stack(
        [flip(crop(img)) if s else crop(img) for img, s in zip(X, symmetric, strict=True)]
    )


for per_class in [20, 100]:
    for seed in seeds:
        x, y = labelled_subset(per_class, seed)
        torch.manual_seed(seed)
        model, seconds = fine_tune(x, y, epochs_for(len(x)), augment=augment)
        validation = accuracy(model, x_val, y_val)
        results["fine-tuning + augmentation", per_class, seed] = (validation, seconds, model)
    plain = summary("fine-tuning", per_class)
    augmented = summary("fine-tuning + augmentation", per_class)
    print(
        f"{per_class:>4} labels/class: without {plain[0]:.1f} % ({plain[1]:.1f}-{plain[2]:.1f}),"
        f" with augmentation {augmented[0]:.1f} % ({augmented[1]:.1f}-{augmented[2]:.1f})"
    )
# --8<-- [end:augment]

# --8<-- [start:test]
# Every choice is made: for each label count, the method with the best mean validation
# accuracy. Only now is the test set used, once, for it and for training from scratch.
x_test, y_test = part(test_set.data, test_set.targets, target_classes)
x_test, y_test = ((x_test - mean) / std).to(device), y_test.to(device)
for per_class in label_counts:
    candidates = {name for name, n, _ in results if n == per_class}
    chosen = max(sorted(candidates), key=lambda name: summary(name, per_class)[0])
    for name in dict.fromkeys(["from scratch", chosen]):  # once, if scratch is the choice
        tests = [100 * accuracy(results[name, per_class, s][2], x_test, y_test) for s in seeds]
        print(
            f"{per_class:>5} labels/class, {name:<27} test accuracy"
            f" {sum(tests) / len(tests):.1f} % ({min(tests):.1f}-{max(tests):.1f})"
        )
print(f"the whole run took {time.perf_counter() - run_start:.0f} s")
# --8<-- [end:test]
