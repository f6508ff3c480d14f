import torch
from torch import nn

torch.manual_seed(0)
x = 3 * torch.randn(2, 5, 16) + 1  # tokens far from mean 0 and variance 1


def layer(norm_first):
    return nn.TransformerEncoderLayer(
        16, 4, 32, dropout=0.0, batch_first=True, norm_first=norm_first
    )


def normalised(t):
    """True when every token has mean 0 and variance 1, as after a LayerNorm."""
    mean, var = t.mean(dim=-1), t.var(dim=-1, unbiased=False)
    return torch.allclose(mean, torch.zeros_like(mean), atol=1e-4) and torch.allclose(
        var, torch.ones_like(var), atol=1e-3
    )


post_ln = layer(norm_first=False)  # x = norm(x + attn(x)); x = norm(x + mlp(x))
pre_ln = layer(norm_first=True)  # x = x + attn(norm(x)); x = x + mlp(norm(x))
print("post-LN output normalised:", normalised(post_ln(x)))
#> post-LN output normalised: True
print("pre-LN output normalised: ", normalised(pre_ln(x)))
#> pre-LN output normalised:  False

# a pre-LN stack therefore ends with its own LayerNorm, passed as norm=
encoder = nn.TransformerEncoder(
    pre_ln, num_layers=2, norm=nn.LayerNorm(16), enable_nested_tensor=False
)
print("pre-LN encoder + final norm:", normalised(encoder(x)))
#> pre-LN encoder + final norm: True
