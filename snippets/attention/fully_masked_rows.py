import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
q = torch.randn(1, 1, 2, 4)  # 2 queries
k = v = torch.randn(1, 1, 3, 4)  # 3 keys
allowed = torch.tensor([[True, True, False], [False, False, False]])  # query 1 may see nothing

# by hand: a row of -inf scores has no softmax, every weight is nan
scores = (q @ k.transpose(-2, -1) / 2).masked_fill(~allowed, float("-inf"))
print(torch.softmax(scores, dim=-1)[0, 0, 1])
#> tensor([nan, nan, nan])
# SDPA returns zeros for that query instead
print(F.scaled_dot_product_attention(q, k, v, attn_mask=allowed)[0, 0, 1])
#> tensor([0., 0., 0., 0.])

# nn.MultiheadAttention: a sequence that is all padding comes out as nan
mha = nn.MultiheadAttention(4, 2, batch_first=True)
x = torch.randn(2, 3, 4)
key_padding_mask = torch.tensor([[False, False, True], [True, True, True]])
out, _ = mha(x, x, x, key_padding_mask=key_padding_mask)
print(out[0].isnan().any().item(), out[1].isnan().all().item())
#> False True
