import torch
import torch.nn.functional as F

L = 5
causal = torch.ones(L, L, dtype=torch.bool).tril()  # SDPA convention: True = may attend
print(causal.int())
#> tensor([[1, 0, 0, 0, 0],
#>         [1, 1, 0, 0, 0],
#>         [1, 1, 1, 0, 0],
#>         [1, 1, 1, 1, 0],
#>         [1, 1, 1, 1, 1]], dtype=torch.int32)
print(bool(causal[2, 3]), bool(causal[3, 2]))  # query 2 cannot see key 3; query 3 sees key 2
#> False True

# check with attention itself: make each value the one-hot vector of its position
torch.manual_seed(0)
q, k = torch.randn(1, 1, L, 4), torch.randn(1, 1, L, 4)
v = torch.eye(L).reshape(1, 1, L, L)
# row i of the output = the weights that query i gives to keys 0..4
weights = F.scaled_dot_product_attention(q, k, v, attn_mask=causal)[0, 0]
print(weights[2, 3].item(), weights[2, :3].sum().item() > 0.999)
#> 0.0 True
print(torch.equal(weights > 0, causal))
#> True
