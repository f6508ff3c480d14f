import torch
from torch import nn

torch.manual_seed(0)
attention = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.randn(1, 5, 8)


# Without with_kwargs=True a hook sees only the positional arguments; need_weights is a keyword.
def ask_for_weights(module, args, kwargs):
    kwargs["need_weights"] = True  # whatever the caller asked for
    kwargs["average_attn_weights"] = False  # one weight matrix per head
    return args, kwargs  # what the module receives instead


attention.register_forward_pre_hook(ask_for_weights, with_kwargs=True)
out, weights = attention(x, x, x, need_weights=False)
print(weights.shape)  # (N, heads, L, S): the hook changed the call
#> torch.Size([1, 2, 5, 5])
