import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
N, heads, L, S, E = 2, 3, 4, 5, 8  # batch, heads, queries, keys, features per head
q = torch.randn(N, heads, L, E)
k = torch.randn(N, heads, S, E)
v = torch.randn(N, heads, S, E)

scores = q @ k.transpose(-2, -1) / math.sqrt(E)  # one score per (query, key) pair
print("scores ", scores.shape)
#> scores  torch.Size([2, 3, 4, 5])
weights = scores.softmax(dim=-1)  # each query's weights over the keys sum to 1
print("weights", weights.shape)
#> weights torch.Size([2, 3, 4, 5])
print(torch.allclose(weights.sum(dim=-1), torch.ones(N, heads, L)))
#> True
out = weights @ v  # a weighted average of the values, per query
print("output ", out.shape)
#> output  torch.Size([2, 3, 4, 8])

sdpa = F.scaled_dot_product_attention(q, k, v)
print("sdpa   ", sdpa.shape)
#> sdpa    torch.Size([2, 3, 4, 8])
print((sdpa - out).abs().max().item() < 1e-5)
#> True
