from torch import nn

for groups in [1, 2, 8]:
    conv = nn.Conv2d(8, 16, kernel_size=3, groups=groups)
    n_params = sum(p.numel() for p in conv.parameters())
    print(f"groups={groups}: weight {tuple(conv.weight.shape)}, {n_params} parameters")
    #> groups=1: weight (16, 8, 3, 3), 1168 parameters
    #> groups=2: weight (16, 4, 3, 3), 592 parameters
    #> groups=8: weight (16, 1, 3, 3), 160 parameters

print(nn.Conv2d(8, 16, kernel_size=3, bias=False).bias)
#> None
