import os
import random

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# Only for CUDA: deterministic cuBLAS matrix products need this before the first one.
os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
torch.use_deterministic_algorithms(True)  # an error, not a silent difference, if an op is not
torch.backends.cudnn.benchmark = False  # cuDNN: no timing runs to pick a convolution algorithm


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # the CPU generator and every CUDA device's


def train(seed):
    seed_everything(seed)
    x = torch.randn(256, 5, device="cpu")
    y = x @ torch.arange(1.0, 6.0, device="cpu")
    loader = DataLoader(
        TensorDataset(x, y),
        batch_size=32,
        shuffle=True,
        num_workers=2,
        multiprocessing_context="fork",  # Linux: workers start as copies of this process
        generator=torch.Generator().manual_seed(seed),
    )
    model = nn.Sequential(nn.Linear(5, 16), nn.Tanh(), nn.Linear(16, 1))
    device = next(model.parameters()).device
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    losses = []
    for _ in range(3):
        for inputs, targets in loader:
            inputs, targets = inputs.to(device), targets.to(device)  # batches arrive on the CPU
            optimizer.zero_grad()
            loss = nn.functional.mse_loss(model(inputs).squeeze(1), targets)
            loss.backward()
            optimizer.step()
        losses.append(round(loss.item(), 4))
    return losses


first = train(seed=0)
print(first)
#> [63.5851, 51.3527, 27.8726]
print(train(seed=0) == first)  # the same seed: bit for bit the same run
#> True
print(train(seed=1) == first)  # another seed: another run
#> False
