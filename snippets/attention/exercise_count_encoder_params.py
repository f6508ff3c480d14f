from torch import nn

d, h, f = 16, 4, 32  # d_model, nhead, dim_feedforward
layer = nn.TransformerEncoderLayer(d, h, dim_feedforward=f, batch_first=True)

attention = 3 * d * d + 3 * d + d * d + d  # in_proj weight and bias, out_proj weight and bias
feedforward = d * f + f + f * d + d  # linear1, linear2
norms = 2 * (d + d)  # norm1, norm2: weight and bias each
by_formula = attention + feedforward + norms
print(attention, feedforward, norms, by_formula)
#> 1088 1072 64 2224

by_numel = sum(p.numel() for p in layer.parameters())
print(by_numel, by_formula == by_numel)
#> 2224 True
for name, p in layer.named_parameters():
    print(f"{name:28} {tuple(p.shape)}")
    #> self_attn.in_proj_weight     (48, 16)
    #> self_attn.in_proj_bias       (48,)
    #> self_attn.out_proj.weight    (16, 16)
    #> self_attn.out_proj.bias      (16,)
    #> linear1.weight               (32, 16)
    #> linear1.bias                 (32,)
    #> linear2.weight               (16, 32)
    #> linear2.bias                 (16,)
    #> norm1.weight                 (16,)
    #> norm1.bias                   (16,)
    #> norm2.weight                 (16,)
    #> norm2.bias                   (16,)
# the number of heads does not change the count: the heads split d, they do not multiply it
print(sum(p.numel() for p in nn.TransformerEncoderLayer(d, 1, f).parameters()))
#> 2224
