import torch
import torch.nn.functional as F
from torch import nn

# Two sensor readings around 100, with a spread of about 20. The label: is the first one
# above 100?
torch.manual_seed(0)
x = torch.randn(2000, 2) * 20 + 100
y = (x[:, 0] > 100).long()
x_train, y_train, x_test, y_test = x[:1500], y[:1500], x[1500:], y[1500:]

# Train on normalised inputs, with the statistics of the training data.
mean, std = x_train.mean(0), x_train.std(0)
model = nn.Linear(2, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
for _ in range(100):
    loss = F.cross_entropy(model((x_train - mean) / std), y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

# Save the preprocessing with the weights: it is part of the model.
torch.save({"model": model.state_dict(), "mean": mean, "std": std}, "model.pt")

# Later, somewhere else: load both, and normalise exactly as in training.
checkpoint = torch.load("model.pt", weights_only=True)
loaded = nn.Linear(2, 2)
loaded.load_state_dict(checkpoint["model"])
with torch.no_grad():
    right = loaded((x_test - checkpoint["mean"]) / checkpoint["std"]).argmax(1)
    raw = loaded(x_test).argmax(1)  # forgetting the preprocessing
print(f"normalised: {(right == y_test).float().mean():.1%}, raw: {(raw == y_test).float().mean():.1%}")
#> normalised: 99.4%, raw: 47.6%
