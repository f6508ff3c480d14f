import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange(10))  # samples 0, 1, ..., 9: easy to follow

for drop_last in (False, True):
    loader = DataLoader(dataset, batch_size=4, drop_last=drop_last)
    print(len(loader), [batch.tolist() for (batch,) in loader])
    #> 3 [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    #> 2 [[0, 1, 2, 3], [4, 5, 6, 7]]

# shuffle=True draws a new order every epoch from the loader's generator. A seeded generator
# makes the sequence of orders repeatable.
generator = torch.Generator().manual_seed(0)
loader = DataLoader(dataset, batch_size=4, shuffle=True, generator=generator)
epoch_1 = torch.cat([batch for (batch,) in loader]).tolist()
epoch_2 = torch.cat([batch for (batch,) in loader]).tolist()
print(sorted(epoch_1) == list(range(10)), epoch_1 != epoch_2)  # each sample once, new order
#> True True

generator.manual_seed(0)  # the same seed again: the same two orders
print(torch.cat([batch for (batch,) in loader]).tolist() == epoch_1)
#> True
