import torch
from torch import nn

torch.manual_seed(0)
L = 4
x = torch.randn(1, L, 8)
mha = nn.MultiheadAttention(8, num_heads=2, batch_first=True)

# attn_mask of nn.MultiheadAttention: True = NOT allowed, so the causal mask is the upper triangle
causal = torch.ones(L, L, dtype=torch.bool).triu(diagonal=1)
print(causal.int())
#> tensor([[0, 1, 1, 1],
#>         [0, 0, 1, 1],
#>         [0, 0, 0, 1],
#>         [0, 0, 0, 0]], dtype=torch.int32)

out, weights = mha(x, x, x, attn_mask=causal)  # weights averaged over the heads
print(weights.shape)
#> torch.Size([1, 4, 4])
print((weights[0] > 0).int())  # query i received weight from keys 0..i only
#> tensor([[1, 0, 0, 0],
#>         [1, 1, 0, 0],
#>         [1, 1, 1, 0],
#>         [1, 1, 1, 1]], dtype=torch.int32)

out, weights = mha(x, x, x, attn_mask=causal, average_attn_weights=False)
print(weights.shape)  # (N, heads, L, S)
#> torch.Size([1, 2, 4, 4])

out, weights = mha(x, x, x, attn_mask=causal, need_weights=False)
print(out.shape, weights)
#> torch.Size([1, 4, 8]) None
