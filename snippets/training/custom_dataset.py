import torch
from torch.utils.data import Dataset, TensorDataset


class Squares(Dataset):
    """n samples (x, x**2): computed on demand, nothing is stored."""

    def __init__(self, n):
        self.n = n

    def __len__(self):  # how many samples: DataLoader and random_split need it
        return self.n

    def __getitem__(self, index):  # one sample, as tensors
        x = torch.tensor([index / self.n])
        return x, x**2


squares = Squares(100)
print(len(squares))
#> 100
print(squares[50])
#> (tensor([0.5000]), tensor([0.2500]))

# Data already in tensors: TensorDataset indexes them all along dim 0.
features, labels = torch.arange(300.0).reshape(100, 3), torch.arange(100) % 2
table = TensorDataset(features, labels)
x, y = table[7]
print(len(table), x.shape, y)
#> 100 torch.Size([3]) tensor(1)
print(torch.equal(x, features[7]))
#> True
