import warnings

import torch
from torch import nn

torch.manual_seed(0)
L = 4
x = torch.randn(2, L, 16)  # two sequences of 4 tokens
padding = torch.tensor([[False, False, False, False], [False, False, True, True]])  # True = padding
layer = nn.TransformerEncoderLayer(16, 4, 32, dropout=0.0, batch_first=True)

# boolean like the padding mask; True = may NOT attend: the upper triangle
causal = torch.ones(L, L, dtype=torch.bool).triu(1)
out = layer(x, src_mask=causal, src_key_padding_mask=padding, is_causal=True)
print(out.shape)
#> torch.Size([2, 4, 16])

# generate_square_subsequent_mask is the same mask as a float tensor (-inf = may not attend) ...
float_causal = nn.Transformer.generate_square_subsequent_mask(L)
print(torch.equal(float_causal == float("-inf"), causal))
#> True
# ... and mixing it with a boolean padding mask is deprecated: PyTorch warns
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mixed = layer(x, src_mask=float_causal, src_key_padding_mask=padding, is_causal=True)
print(caught[0].message)
#> Support for mismatched src_key_padding_mask and src_mask is deprecated. Use same type for both instead.
print(torch.allclose(mixed, out, atol=1e-6))
#> True

# both float works too: a float padding mask, -inf at the padding (no warning)
float_padding = torch.zeros(2, L).masked_fill(padding, float("-inf"))
both_float = layer(x, src_mask=float_causal, src_key_padding_mask=float_padding, is_causal=True)
print(torch.allclose(both_float, out, atol=1e-6))
#> True
