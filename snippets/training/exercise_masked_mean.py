import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

torch.manual_seed(0)
sequences = [torch.randn(n, 2) for n in (3, 1, 4)]  # 3, 1 and 4 time steps, 2 features


def collate_with_mask(batch):
    padded = pad_sequence(batch, batch_first=True)  # (N, L_max, 2)
    lengths = torch.tensor([len(s) for s in batch])
    mask = torch.arange(padded.shape[1]) < lengths.unsqueeze(1)  # (N, L_max): True = real step
    return padded, mask


padded, mask = next(iter(DataLoader(sequences, batch_size=3, collate_fn=collate_with_mask)))
print(mask)
#> tensor([[ True,  True,  True, False],
#>         [ True, False, False, False],
#>         [ True,  True,  True,  True]])

# Mean over the real steps only: zero the padding, divide by the true lengths.
m = mask.unsqueeze(2)  # (N, L_max, 1): broadcasts over the features
masked_mean = (padded * m).sum(dim=1) / m.sum(dim=1)
print(torch.allclose(masked_mean, torch.stack([s.mean(dim=0) for s in sequences])))
#> True
print(torch.allclose(padded.mean(dim=1), torch.stack([s.mean(dim=0) for s in sequences])))
#> False
