import torch
from torch.utils.data import TensorDataset, random_split

torch.manual_seed(0)
dataset = TensorDataset(torch.randn(1000, 4), torch.randint(0, 3, (1000,)))


def split(seed):
    # A generator of its own: the split does not depend on how much randomness ran before.
    generator = torch.Generator().manual_seed(seed)
    return random_split(dataset, [0.8, 0.1, 0.1], generator=generator)


train, val, test = split(seed=42)
print(len(train), len(val), len(test))
#> 800 100 100
print(type(val).__name__, len(set(train.indices) | set(val.indices) | set(test.indices)))
#> Subset 1000

torch.randn(5)  # other random work in between does not change a seeded split
print(split(seed=42)[1].indices == val.indices)
#> True
