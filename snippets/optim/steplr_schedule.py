import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
x, y = torch.randn(16, 3), torch.randn(16, 1)

for epoch in range(6):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()  # first the optimiser ...
    print(epoch, scheduler.get_last_lr(), optimizer.param_groups[0]["lr"])
    #> 0 [0.1] 0.1
    #> 1 [0.1] 0.1
    #> 2 [0.05] 0.05
    #> 3 [0.05] 0.05
    #> 4 [0.025] 0.025
    #> 5 [0.025] 0.025
    scheduler.step()  # ... then the scheduler, once per epoch
