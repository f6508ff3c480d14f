import torch
import torch.nn.functional as F

# all-zero queries and keys give every key the same score: the weights are then uniform
# over the keys a query may see, and the output is the plain mean of their values
q = torch.zeros(1, 1, 3, 4)  # (N, heads, L, E): 3 queries
k = torch.zeros(1, 1, 3, 4)  # 3 keys
v = torch.tensor([1.0, 10.0, 100.0]).reshape(1, 1, 3, 1)  # one number per key

print(F.scaled_dot_product_attention(q, k, v).flatten())
#> tensor([37.0000, 37.0000, 37.0000])

# boolean mask (L, S): True = this query may attend to this key
allowed = torch.tensor(
    [
        [True, True, True],
        [True, False, True],
        [False, False, True],
    ]
)
print(F.scaled_dot_product_attention(q, k, v, attn_mask=allowed).flatten())
#> tensor([ 37.0000,  50.5000, 100.0000])

# float mask: added to the scores; -inf removes a key, 0 leaves it as it is
additive = torch.zeros(3, 3).masked_fill(~allowed, float("-inf"))
print(additive)
#> tensor([[0., 0., 0.],
#>         [0., -inf, 0.],
#>         [-inf, -inf, 0.]])
print(F.scaled_dot_product_attention(q, k, v, attn_mask=additive).flatten())
#> tensor([ 37.0000,  50.5000, 100.0000])
