import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
lengths = torch.tensor([4, 2])  # the second sequence has 2 padding tokens at the end
x = torch.randn(2, 4, 8)

# nn.MultiheadAttention: True = IGNORE this key (padding)
key_padding_mask = torch.arange(4) >= lengths[:, None]
print(key_padding_mask)
#> tensor([[False, False, False, False],
#>         [False, False,  True,  True]])

# F.scaled_dot_product_attention: True = TAKE PART
sdpa_mask = ~key_padding_mask
print(sdpa_mask)
#> tensor([[ True,  True,  True,  True],
#>         [ True,  True, False, False]])

mha = nn.MultiheadAttention(8, num_heads=2, batch_first=True)
out, weights = mha(x, x, x, key_padding_mask=key_padding_mask)
print(weights.shape)
#> torch.Size([2, 4, 4])
print((weights[1] > 0).int())  # sequence 2: no query gives any weight to keys 2 and 3
#> tensor([[1, 1, 0, 0],
#>         [1, 1, 0, 0],
#>         [1, 1, 0, 0],
#>         [1, 1, 0, 0]], dtype=torch.int32)

# the same computation with SDPA, from mha's own projections
q, k, v = F.linear(x, mha.in_proj_weight, mha.in_proj_bias).chunk(3, dim=-1)
q, k, v = (t.reshape(2, 4, 2, 4).transpose(1, 2) for t in (q, k, v))  # (N, heads, L, E)
print(q.shape)
#> torch.Size([2, 2, 4, 4])
mask = sdpa_mask[:, None, None, :]  # (N, 1, 1, S): broadcast over heads and queries
print(mask.shape)
#> torch.Size([2, 1, 1, 4])
by_sdpa = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
by_sdpa = mha.out_proj(by_sdpa.transpose(1, 2).reshape(2, 4, 8))
print((by_sdpa - out).abs().max().item() < 1e-5)
#> True
