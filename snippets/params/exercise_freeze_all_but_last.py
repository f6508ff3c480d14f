from torch import nn


def block(n_in, n_out):
    return nn.Sequential(nn.Linear(n_in, n_out), nn.BatchNorm1d(n_out), nn.ReLU())


model = nn.Sequential(block(16, 64), block(64, 64), block(64, 64), nn.Linear(64, 5))
model.requires_grad_(False)  # freeze everything...
model[-2].requires_grad_(True)  # ...then unfreeze the last block
model[-1].requires_grad_(True)  # and the output layer
total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable)
#> 10117 4613
print(64 * 64 + 64 + 2 * 64 + 64 * 5 + 5)  # Linear + BatchNorm of block 3, output layer
#> 4613
