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
