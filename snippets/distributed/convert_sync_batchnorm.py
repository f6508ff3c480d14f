from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU())
batchnorm = model[1]
converted = nn.SyncBatchNorm.convert_sync_batchnorm(model)
print(converted)
#> Sequential(
#>   (0): Linear(in_features=3, out_features=4, bias=True)
#>   (1): SyncBatchNorm(4, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
#>   (2): ReLU()
#> )
# The container is the same object; only the BatchNorm layer was replaced, and the new layer
# took over its parameters and running statistics.
print(converted is model, converted[1] is batchnorm)
#> True False
print(converted[1].weight is batchnorm.weight, converted[1].running_mean is batchnorm.running_mean)
#> True True
