import torch
from torch import nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(8, num_heads=2, batch_first=True)
x = torch.randn(1, 5, 8)
perm = torch.tensor([3, 0, 4, 1, 2])  # shuffle the 5 tokens
print(x[:, perm].shape)
#> torch.Size([1, 5, 8])


def attend(t):
    return mha(t, t, t, need_weights=False)[0]


# shuffling the input only shuffles the output: attention does not see the order
print(torch.allclose(attend(x[:, perm]), attend(x)[:, perm], atol=1e-6))
#> True

# add a vector that depends on the position (here learned) and the order matters
positions = nn.Embedding(5, 8)
pos = positions(torch.arange(5))  # (L, E), broadcast over the batch
print(pos.shape)
#> torch.Size([5, 8])
print(torch.allclose(attend(x[:, perm] + pos), attend(x + pos)[:, perm], atol=1e-6))
#> False
