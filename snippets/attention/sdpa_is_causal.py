import torch
import torch.nn.functional as F

L = 4
q = k = torch.zeros(1, 1, L, 2)  # equal scores: uniform weights over the visible keys
v = torch.tensor([1.0, 10.0, 100.0, 1000.0]).reshape(1, 1, L, 1)

causal = torch.ones(L, L, dtype=torch.bool).tril()  # query i sees keys 0..i
print(causal.int())
#> tensor([[1, 0, 0, 0],
#>         [1, 1, 0, 0],
#>         [1, 1, 1, 0],
#>         [1, 1, 1, 1]], dtype=torch.int32)

print(F.scaled_dot_product_attention(q, k, v, attn_mask=causal).flatten())
#> tensor([  1.0000,   5.5000,  37.0000, 277.7500])
print(F.scaled_dot_product_attention(q, k, v, is_causal=True).flatten())
#> tensor([  1.0000,   5.5000,  37.0000, 277.7500])

# with fewer queries than keys (L = 2, S = 4) the triangle starts at the top left:
# query 0 sees key 0 only, query 1 keys 0 and 1, and nobody sees keys 2 and 3
print(F.scaled_dot_product_attention(q[:, :, :2], k, v, is_causal=True).flatten())
#> tensor([1.0000, 5.5000])
# is_causal builds the mask itself: it cannot be combined with an attn_mask
F.scaled_dot_product_attention(q, k, v, attn_mask=causal, is_causal=True)
#> Traceback (most recent call last):
#>   ...
#> RuntimeError: _scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True
