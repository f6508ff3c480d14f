import torch.nn.functional as F

# Usually the module's name in snake case ...
print(hasattr(F, "max_pool2d"), hasattr(F, "adaptive_avg_pool2d"), hasattr(F, "leaky_relu"))
#> True True True
# ... but one function serves BatchNorm1d, BatchNorm2d and BatchNorm3d
print(hasattr(F, "batch_norm"), hasattr(F, "batch_norm1d"), hasattr(F, "batch_norm2d"))
#> True False False
