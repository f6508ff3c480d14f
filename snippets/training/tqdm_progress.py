import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from tqdm import tqdm

torch.manual_seed(0)
x = torch.randn(512, 4)
y = x.sum(dim=1, keepdim=True)
loader = DataLoader(TensorDataset(x, y), batch_size=64)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

# Both bars write to stderr (tqdm's default), so what the program prints stays clean.
for epoch in tqdm(range(5), desc="epochs"):
    batches = tqdm(loader, desc=f"epoch {epoch}", leave=False)  # removed when the epoch ends
    for inputs, targets in batches:
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(inputs), targets)
        loss.backward()
        optimizer.step()
        batches.set_postfix(loss=f"{loss.item():.4f}")  # shown at the end of the bar

print(f"final loss {loss.item():.4f}")
#> final loss 0.0000
