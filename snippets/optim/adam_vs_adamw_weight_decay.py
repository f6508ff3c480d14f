import torch
from torch import nn

for optimizer_class in (torch.optim.Adam, torch.optim.AdamW):
    w = nn.Parameter(torch.tensor([10.0, 0.1]))
    optimizer = optimizer_class([w], lr=0.1, weight_decay=0.01)
    w.grad = torch.zeros_like(w)  # pretend the loss gradient is zero: only weight decay acts
    optimizer.step()
    print(optimizer_class.__name__, [round(v, 4) for v in w.tolist()])
    #> Adam [9.9, 0.0]
    #> AdamW [9.99, 0.0999]

# The defaults differ too: Adam does not decay at all, AdamW decays by 0.01.
print(torch.optim.Adam([w]).defaults["weight_decay"], torch.optim.AdamW([w]).defaults["weight_decay"])
#> 0 0.01
