from torch import nn

shared = nn.ModuleList([nn.Linear(8, 8)] * 3)  # ONE layer, listed three times
separate = nn.ModuleList([nn.Linear(8, 8) for _ in range(3)])  # three layers

print(shared[0] is shared[2], separate[0] is separate[2])
#> True False
# parameters() yields each tensor once, however often it is reached:
print(len(list(shared.parameters())), len(list(separate.parameters())))
#> 2 6
print(sum(p.numel() for p in shared.parameters()), sum(p.numel() for p in separate.parameters()))
#> 72 216
