import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
N, L, E, heads = 3, 4, 8, 2
lengths = torch.tensor([4, 1, 3])
key_padding_mask = torch.arange(L) >= lengths[:, None]  # (N, S), True = ignore


def to_sdpa_mask(key_padding_mask):
    """(N, S) with True = ignore  ->  (N, 1, 1, S) with True = take part."""
    return ~key_padding_mask[:, None, None, :]


mask = to_sdpa_mask(key_padding_mask)
print(mask.shape)
#> torch.Size([3, 1, 1, 4])
print(mask[:, 0, 0].int())
#> tensor([[1, 1, 1, 1],
#>         [1, 0, 0, 0],
#>         [1, 1, 1, 0]], dtype=torch.int32)

mha = nn.MultiheadAttention(E, heads, batch_first=True)
x = torch.randn(N, L, E)
expected, _ = mha(x, x, x, key_padding_mask=key_padding_mask)

q, k, v = F.linear(x, mha.in_proj_weight, mha.in_proj_bias).chunk(3, dim=-1)
q, k, v = (t.reshape(N, L, heads, E // heads).transpose(1, 2) for t in (q, k, v))
out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
out = mha.out_proj(out.transpose(1, 2).reshape(N, L, E))
print((out - expected).abs().max().item() < 1e-5)
#> True
