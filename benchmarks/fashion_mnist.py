"""FashionMNIST: the official PyTorch quickstart recipe against this guide's recipe.

A maintainer command, not a snippet: it trains both recipes in ONE invocation, on the same
machine, the same data and the same thread count, and prints for each the validation accuracy
after every epoch, the test accuracy once at the end, the training wall time and the
throughput; then the ratio of the wall times and PASS/FAIL for the guide's claim:

    ours reaches >= 91.0 % test accuracy  AND  trains in at most 0.8 x the quickstart's time.

Usage (from the repository root):

    NN_GUIDE_DATA=../shared/datasets python benchmarks/fashion_mnist.py
    python benchmarks/fashion_mnist.py --recipe ours --epochs-ours 3 --json build/fm.json
    python benchmarks/fashion_mnist.py --select     # compare variants of ours on validation

Method, so that the test set says something:
- 5,000 of the 60,000 training images are held out as a validation split (seeded, the same
  for every run and every --seed; the chapter's snippet draws the same split). Both recipes
  train on the other 55,000, and the normalisation statistics of ours come from those 55,000.
- Choices about our recipe (epochs, channels, the hidden layer, the order of pooling and
  BatchNorm, the learning rate) are made on the validation split with --select, which never
  touches the test set. Each run evaluates the test set ONCE, after the last epoch.

Timing rules, so that the comparison is fair:
- "training wall time" is the time spent in the training loops only (for ours it also includes
  the one-off conversion of the dataset into a normalised tensor, because that conversion
  replaces work the quickstart's DataLoader does inside its loop). Evaluation is timed
  separately and reported on its own line.
- Both recipes run on the CPU with PyTorch's default intra-op thread count.
- With --recipe both, the epochs of the two recipes alternate (quickstart 1, ours 1,
  quickstart 2, ...), so that other processes on the machine slow both down alike. Still,
  compare the two numbers of ONE run, never numbers taken from different runs.
- Alternating is not enough on a heavily loaded machine: our recipe's multi-threaded
  convolutions slow down far more under contention than the quickstart's mostly single-threaded
  Python loop, so the ratio then says more about the load than about the recipes. The load
  average is printed at the start and at the end (and written to the JSON); judge the ratio
  only from a run on otherwise idle cores. The accuracies do not depend on the load.

Exit status: 0 on success; 1 when both recipes ran and the target was missed; 2 when the data
cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import torch
from torch import nn
from torch.utils.data import DataLoader, Subset
from torchvision import datasets
from torchvision.transforms import ToTensor

TARGET_ACCURACY = 91.0  # percent, on the 10,000 test images
TARGET_RATIO = 0.8  # ours' training wall time / the quickstart's

RAW_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)

VALIDATION_SIZE = 5_000  # held out from the 60,000 training images
SPLIT_SEED = 0  # the split never changes with --seed: every run is judged on the same images


# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------


def load_datasets(root: str, transform=None):
    """The training and test sets, or a clear message (exit status 2) if they can't be loaded."""
    try:
        train = datasets.FashionMNIST(root, train=True, download=True, transform=transform)
        test = datasets.FashionMNIST(root, train=False, download=True, transform=transform)
    except (RuntimeError, OSError) as exc:
        print(
            f"error: could not load FashionMNIST from {os.path.abspath(root)!r}: {exc}\n"
            "Either set the environment variable NN_GUIDE_DATA to a folder that contains\n"
            "FashionMNIST/raw/ with the four files\n    "
            + "\n    ".join(RAW_FILES)
            + "\n(or their .gz versions), or run once with internet access so that torchvision "
            "downloads them there.",
            file=sys.stderr,
        )
        raise SystemExit(2) from None
    return train, test


def split_indices(n: int = 60_000) -> tuple[list[int], list[int]]:
    """(training indices, validation indices): the same split as torch.utils.data.random_split
    with lengths [n - VALIDATION_SIZE, VALIDATION_SIZE] and a generator seeded with SPLIT_SEED,
    which is what the chapter's snippet uses."""
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(SPLIT_SEED)).tolist()
    return perm[: n - VALIDATION_SIZE], perm[n - VALIDATION_SIZE :]


# --------------------------------------------------------------------------------------------
# (a) The official quickstart, as published (pytorch.org/tutorials/beginner/basics/quickstart)
# --------------------------------------------------------------------------------------------


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28 * 28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)
        return logits


def quickstart_train(dataloader, model, loss_fn, optimizer):
    model.train()
    for X, y in dataloader:
        pred = model(X)
        loss = loss_fn(pred, y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()


def quickstart_test(dataloader, model) -> float:
    model.eval()
    correct = 0
    with torch.no_grad():
        for X, y in dataloader:
            pred = model(X)
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    return 100.0 * correct / len(dataloader.dataset)


def quickstart_epochs(root: str, seed: int, epochs: int = 5):
    """Yield (validation accuracy, train seconds, eval seconds) after each epoch; return the
    test accuracy, measured once after the last epoch."""
    torch.manual_seed(seed)  # for the model's initial weights
    training_data, test_data = load_datasets(root, transform=ToTensor())
    train_idx, val_idx = split_indices(len(training_data))
    batch_size = 64
    # Differences from the published page, none of which changes what is learned per second:
    # - it trains on the 55,000 images of the training split and reports validation accuracy
    #   per epoch; the test set is evaluated once at the end;
    # - shuffle=True (the page iterates the training set in file order; real training shuffles),
    #   with a private generator so that the order of the batches doesn't depend on what the
    #   other recipe draws from the global RNG while the two are interleaved (see run());
    # - no loss printout every 100 batches, no device selection (both recipes run on the CPU).
    shuffle_rng = torch.Generator().manual_seed(seed)
    train_dataloader = DataLoader(Subset(training_data, train_idx), batch_size=batch_size,
                                  shuffle=True, generator=shuffle_rng)
    val_dataloader = DataLoader(Subset(training_data, val_idx), batch_size=batch_size)
    test_dataloader = DataLoader(test_data, batch_size=batch_size)

    model = NeuralNetwork()
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-3)

    for _ in range(epochs):
        t0 = time.perf_counter()
        quickstart_train(train_dataloader, model, loss_fn, optimizer)
        t1 = time.perf_counter()
        acc = quickstart_test(val_dataloader, model)
        yield acc, t1 - t0, time.perf_counter() - t1
    return quickstart_test(test_dataloader, model)


# --------------------------------------------------------------------------------------------
# (b) This guide's recipe
# --------------------------------------------------------------------------------------------
#
# Where does the quickstart spend its time? Not in the maths: its MLP needs ~0.7 M multiply-adds
# per image. Most of its epochs go into the DataLoader: for every image it calls
# Dataset.__getitem__, builds a PIL image, runs ToTensor, and then collates 64 small tensors
# into a batch. And it learns slowly: plain SGD with lr=1e-3 on inputs that are not centred.
#
# Our recipe attacks both:
# 1. Data: the training split is 55,000 x 28 x 28 bytes. We convert it ONCE into a single
#    float tensor, normalised with the mean/std of the training split's pixels (so inputs are
#    centred, which helps every optimiser), and slice batches out of it with a random
#    permutation per epoch. No per-image Python code, no PIL, no collate.
# 2. Model: a small CNN instead of the MLP. Convolutions share weights across positions, so
#    they learn the local shapes of clothes far faster than a dense layer over 784 pixels.
#    Each block is Conv -> MaxPool -> BatchNorm -> ReLU, i.e. pooling FIRST: BatchNorm and
#    ReLU then run on 4x fewer values. The convolutions need no bias (BatchNorm's shift
#    replaces it). A hidden layer of 128 units in the classifier.
# 3. Optimiser: AdamW with a OneCycle schedule: warm up to a high learning rate, then anneal
#    to almost zero. Batches of 128.
# These choices are judged on the validation split: `--select` trains each variant in VARIANTS
# and prints its validation accuracy and training time; it never evaluates the test set.
# Measured so far (one --select run on 1 thread, 2 cores with a load average of 10-15):
# validation 91.12 % after 3 epochs, 91.22 % with a 4th epoch (for 4/3 of the time), so 3.
# The other variants (channels, hidden layer, pooling order, max_lr) were cut short by the
# time limit of that session: run --select before changing them.
# Not used, on purpose: channels_last memory format (measured slower for this tiny net on the
# CPU) and data augmentation (3 epochs are too short to profit from it).

OURS = {"epochs": 3, "channels": (16, 32), "hidden": 128, "pool_first": True, "max_lr": 5e-3}
VARIANTS = {
    "ours": {},
    "4 epochs": {"epochs": 4},
    "channels 32, 64": {"channels": (32, 64)},
    "no hidden layer": {"hidden": 0},
    "pool last": {"pool_first": False},
    "max_lr 1e-2": {"max_lr": 1e-2},
}


def small_cnn(channels=(16, 32), hidden=128, pool_first=True) -> nn.Module:
    c1, c2 = channels

    def block(c_in, c_out):
        conv = nn.Conv2d(c_in, c_out, kernel_size=3, bias=False)
        if pool_first:
            return [conv, nn.MaxPool2d(2), nn.BatchNorm2d(c_out), nn.ReLU()]
        return [conv, nn.BatchNorm2d(c_out), nn.ReLU(), nn.MaxPool2d(2)]

    # 1 x 28 x 28 -> conv c1 x 26 x 26 -> pool c1 x 13 x 13 -> conv c2 x 11 x 11 -> pool c2 x 5 x 5
    layers = [*block(1, c1), *block(c1, c2), nn.Flatten()]
    # classifier: no activation at the end (CrossEntropyLoss wants raw logits)
    if hidden:
        layers += [nn.Linear(c2 * 5 * 5, hidden), nn.ReLU(), nn.Linear(hidden, 10)]
    else:
        layers += [nn.Linear(c2 * 5 * 5, 10)]
    return nn.Sequential(*layers)


def accuracy(model, x, y) -> float:
    model.eval()
    with torch.inference_mode():
        correct = sum((model(x[i:i + 1000]).argmax(1) == y[i:i + 1000]).sum().item()
                      for i in range(0, len(x), 1000))
    return 100.0 * correct / len(x)


def ours_epochs(root: str, seed: int, epochs: int = 3, batch_size: int = 128,
                max_lr: float = 5e-3, channels=(16, 32), hidden: int = 128,
                pool_first: bool = True, test: bool = True):
    """Yield (validation accuracy, train seconds, eval seconds) after each epoch; return the
    test accuracy, measured once after the last epoch (None when test=False)."""
    torch.manual_seed(seed)  # for the model's initial weights
    shuffle_rng = torch.Generator().manual_seed(seed)  # private: see quickstart_epochs
    train_set, test_set = load_datasets(root)  # no transform: we use the raw uint8 tensors
    train_idx, val_idx = split_indices(len(train_set))

    t0 = time.perf_counter()
    pixels = train_set.data[train_idx].unsqueeze(1).float().div_(255.0)
    mean, std = pixels.mean(), pixels.std()  # of the training split only
    x_train, y_train = pixels.sub_(mean).div_(std), train_set.targets[train_idx]
    prep_s = time.perf_counter() - t0  # counted as training time (added to the first epoch)
    x_val = (train_set.data[val_idx].unsqueeze(1).float() / 255.0 - mean) / std
    y_val = train_set.targets[val_idx]

    model = small_cnn(channels, hidden, pool_first)
    loss_fn = nn.CrossEntropyLoss()
    optimizer = torch.optim.AdamW(model.parameters(), lr=max_lr, weight_decay=1e-4)
    n = len(x_train)
    steps_per_epoch = (n + batch_size - 1) // batch_size
    scheduler = torch.optim.lr_scheduler.OneCycleLR(
        optimizer, max_lr=max_lr, epochs=epochs, steps_per_epoch=steps_per_epoch)

    for epoch in range(epochs):
        t0 = time.perf_counter()
        model.train()
        perm = torch.randperm(n, generator=shuffle_rng)  # a fresh shuffle every epoch
        for i in range(0, n, batch_size):
            idx = perm[i:i + batch_size]
            loss = loss_fn(model(x_train[idx]), y_train[idx])
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            scheduler.step()
        t1 = time.perf_counter()
        acc = accuracy(model, x_val, y_val)
        yield acc, t1 - t0 + (prep_s if epoch == 0 else 0.0), time.perf_counter() - t1
    if not test:
        return None
    x_test = (test_set.data.unsqueeze(1).float() / 255.0 - mean) / std
    return accuracy(model, x_test, test_set.targets)


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def run(recipes: dict[str, object]) -> dict[str, dict]:
    """Advance the recipes' epoch generators in turn: a1, b1, a2, b2, a3, b3, a4, a5.

    Interleaving epochs means that a burst of activity from another process on the machine
    slows both recipes down instead of only the one that happened to run at that moment, which
    makes the ratio of the two wall times much more stable than running them one after the other.
    """
    per_epoch = {name: [] for name in recipes}
    train_s = dict.fromkeys(recipes, 0.0)
    eval_s = dict.fromkeys(recipes, 0.0)
    test = dict.fromkeys(recipes)
    running = dict(recipes)
    while running:
        for name, epochs in list(running.items()):
            try:
                acc, t_train, t_eval = next(epochs)
            except StopIteration as stop:
                test[name] = stop.value  # the one evaluation of the test set
                del running[name]
                continue
            per_epoch[name].append(acc)
            train_s[name] += t_train
            eval_s[name] += t_eval
            print(f"  {name:<15} epoch {len(per_epoch[name])}: validation accuracy {acc:5.2f} %  "
                  f"(train {t_train:5.1f} s, eval {t_eval:4.1f} s)", flush=True)
    return {name: summary(name, per_epoch[name], test[name], train_s[name], eval_s[name])
            for name in recipes}


def summary(name: str, per_epoch: list[float], test: float | None, train_s: float,
            eval_s: float) -> dict:
    images = len(per_epoch) * (60_000 - VALIDATION_SIZE)
    return {
        "recipe": name,
        "epochs": len(per_epoch),
        "validation_accuracy_per_epoch": [round(a, 2) for a in per_epoch],
        "final_validation_accuracy": round(per_epoch[-1], 2),
        "test_accuracy": None if test is None else round(test, 2),
        "train_wall_s": round(train_s, 2),
        "eval_wall_s": round(eval_s, 2),
        "train_images_per_s": round(images / train_s),
    }


def select(root: str, seed: int) -> dict[str, dict]:
    """Train each variant of our recipe in turn; validation accuracy and time only, no test."""
    results = {}
    for name, change in VARIANTS.items():
        settings = {**OURS, **change}
        print(f"{name}: {settings}", flush=True)
        results.update(run({name: ours_epochs(root, seed, test=False, **settings)}))
    print()
    base = results["ours"]["train_wall_s"]
    for r in results.values():
        print(f"{r['recipe']:<15} validation {r['final_validation_accuracy']:5.2f} %, "
              f"training {r['train_wall_s']:5.1f} s ({r['train_wall_s'] / base:.2f} x ours)")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Train the PyTorch quickstart recipe and this guide's recipe on FashionMNIST "
        "and compare accuracy and training wall time. Data root: $NN_GUIDE_DATA "
        "(default ./data).")
    parser.add_argument("--recipe", choices=("quickstart", "ours", "both"), default="both")
    parser.add_argument("--epochs-ours", type=int, default=OURS["epochs"], metavar="N",
                        help="epochs of our recipe (default 3; the quickstart always runs 5)")
    parser.add_argument("--select", action="store_true",
                        help="instead: train the variants of our recipe and compare them on the "
                        "validation split (the test set is not used)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures here")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    root = os.environ.get("NN_GUIDE_DATA", "data")
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, "
          f"{os.cpu_count()} CPUs, data {os.path.abspath(root)}, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"split: {60_000 - VALIDATION_SIZE} training / {VALIDATION_SIZE} validation images "
          f"(seed {SPLIT_SEED}); test: 10000 images, evaluated once per recipe")
    report = {
        "machine": {
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpu_count": os.cpu_count(),
            "torch": torch.__version__,
            "threads": torch.get_num_threads(),
            "load_average_start": os.getloadavg(),
        },
        "seed": args.seed,
        "validation_size": VALIDATION_SIZE,
    }
    status = 0
    if args.select:
        report["variants"] = select(root, args.seed)
    else:
        recipes = {}
        if args.recipe in ("quickstart", "both"):
            print("quickstart: MLP 784-512-512-10, SGD lr=1e-3, batch 64, DataLoader + "
                  "ToTensor, 5 epochs")
            recipes["quickstart"] = quickstart_epochs(root, args.seed)
        if args.recipe in ("ours", "both"):
            print(f"ours:       small CNN, AdamW + OneCycleLR, batch 128, whole dataset as one "
                  f"normalised tensor, {args.epochs_ours} epochs")
            settings = {**OURS, "epochs": args.epochs_ours}
            recipes["ours"] = ours_epochs(root, args.seed, **settings)
        results = run(recipes)
        report.update(results)

        print()
        for r in results.values():
            print(f"{r['recipe']:<10} validation accuracy {r['final_validation_accuracy']:5.2f} %, "
                  f"test accuracy {r['test_accuracy']:5.2f} %, "
                  f"training {r['train_wall_s']:5.1f} s ({r['train_images_per_s']} images/s), "
                  f"evaluation {r['eval_wall_s']:.1f} s (not included)")
        if args.recipe == "both":
            ratio = results["ours"]["train_wall_s"] / results["quickstart"]["train_wall_s"]
            acc = results["ours"]["test_accuracy"]
            passed = acc >= TARGET_ACCURACY and ratio <= TARGET_RATIO
            report.update(ratio_ours_over_quickstart=round(ratio, 3), passed=passed,
                          target={"min_accuracy": TARGET_ACCURACY, "max_ratio": TARGET_RATIO})
            print(f"wall-time ratio ours / quickstart: {ratio:.2f}")
            print(f"target (ours >= {TARGET_ACCURACY:.1f} % test accuracy and ratio <= "
                  f"{TARGET_RATIO:.1f}): {'PASS' if passed else 'FAIL'}")
            status = 0 if passed else 1
    report["machine"]["load_average_end"] = os.getloadavg()
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")
    return status


if __name__ == "__main__":
    sys.exit(main())
