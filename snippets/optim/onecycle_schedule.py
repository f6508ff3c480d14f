import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=10)
x, y = torch.randn(16, 3), torch.randn(16, 1)

for step in range(10):  # OneCycleLR counts batches, not epochs
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()
    lr, momentum = scheduler.get_last_lr()[0], optimizer.param_groups[0]["momentum"]
    print(f"step {step}: lr {lr:.3g}, momentum {momentum:.3g}")
    #> step 0: lr 0.004, momentum 0.95
    #> step 1: lr 0.052, momentum 0.9
    #> step 2: lr 0.1, momentum 0.85
    #> step 3: lr 0.095, momentum 0.855
    #> step 4: lr 0.0812, momentum 0.869
    #> step 5: lr 0.0611, momentum 0.889
    #> step 6: lr 0.0389, momentum 0.911
    #> step 7: lr 0.0188, momentum 0.931
    #> step 8: lr 0.00495, momentum 0.945
    #> step 9: lr 4e-07, momentum 0.95
    scheduler.step()  # after every batch
