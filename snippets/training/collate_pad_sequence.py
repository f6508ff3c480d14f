import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

# Three "sentences" of different lengths, each token an integer id, and a label each.
sequences = [torch.tensor([4, 8, 15, 16]), torch.tensor([23, 42]), torch.tensor([7, 9, 3])]
labels = [0, 1, 0]
dataset = list(zip(sequences, labels, strict=True))  # any indexable with a length will do

loader = DataLoader(dataset, batch_size=3)
try:
    next(iter(loader))  # the default collate_fn stacks samples: lengths must agree
except RuntimeError as error:
    print(str(error).splitlines()[0])
    #> stack expects each tensor to be equal size, but got [4] at entry 0 and [2] at entry 1


def pad_collate(batch):
    """Pad the sequences of a batch to its longest one; keep the true lengths."""
    sequences, labels = zip(*batch, strict=True)
    lengths = torch.tensor([len(s) for s in sequences])
    padded = pad_sequence(sequences, batch_first=True, padding_value=0)
    return padded, lengths, torch.tensor(labels)


loader = DataLoader(dataset, batch_size=3, collate_fn=pad_collate)
padded, lengths, labels = next(iter(loader))
print(padded)
#> tensor([[ 4,  8, 15, 16],
#>         [23, 42,  0,  0],
#>         [ 7,  9,  3,  0]])
print(lengths, labels)
#> tensor([4, 2, 3]) tensor([0, 1, 0])
