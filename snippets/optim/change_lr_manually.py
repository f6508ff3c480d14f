import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 3), torch.randn(16, 1)

for epoch in range(6):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    print(epoch, optimizer.param_groups[0]["lr"])
    #> 0 0.1
    #> 1 0.1
    #> 2 0.05
    #> 3 0.05
    #> 4 0.025
    #> 5 0.025
    if epoch % 2 == 1:  # halve the learning rate every 2 epochs
        for group in optimizer.param_groups:
            group["lr"] /= 2
