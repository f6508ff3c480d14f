import torch
import torch.nn.functional as F
from torch import nn


def make():
    model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Dropout(0.2), nn.Linear(32, 1))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    return model, optimizer, scheduler


def train_epoch(model, optimizer, scheduler):
    model.train()
    x = torch.randn(64, 8)  # fresh random batch and dropout masks: they use the RNG
    loss = F.mse_loss(model(x), x.sum(1, keepdim=True))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    scheduler.step()
    return round(loss.item(), 6)


# Uninterrupted: 6 epochs.
torch.manual_seed(0)
model, optimizer, scheduler = make()
uninterrupted = [train_epoch(model, optimizer, scheduler) for _ in range(6)]
print(uninterrupted)
#> [10.682232, 7.935081, 5.922518, 7.001999, 8.907867, 7.72688]

# Interrupted: 3 epochs, then everything needed to continue goes into one file.
torch.manual_seed(0)
model, optimizer, scheduler = make()
for _ in range(3):
    train_epoch(model, optimizer, scheduler)
checkpoint = {
    "model": model.state_dict(),
    "optimizer": optimizer.state_dict(),
    "scheduler": scheduler.state_dict(),
    "epoch": 3,  # epochs done
    "rng": torch.get_rng_state(),
}
if torch.cuda.is_available():
    checkpoint["cuda_rng"] = torch.cuda.get_rng_state_all()
torch.save(checkpoint, "checkpoint.pt")

# A new process: build fresh objects, then restore every piece of state.
torch.manual_seed(123)  # whatever the new process did before does not matter
model, optimizer, scheduler = make()
checkpoint = torch.load("checkpoint.pt")
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
torch.set_rng_state(checkpoint["rng"])
if "cuda_rng" in checkpoint:
    torch.cuda.set_rng_state_all(checkpoint["cuda_rng"])
start = checkpoint["epoch"]
print(start, scheduler.get_last_lr())
#> 3 [0.005]
resumed = [train_epoch(model, optimizer, scheduler) for _ in range(start, 6)]
print(resumed)
#> [7.001999, 8.907867, 7.72688]
print(resumed == uninterrupted[start:])
#> True
