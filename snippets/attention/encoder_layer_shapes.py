import torch
from torch import nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(
    d_model=16,  # features per token, in and out
    nhead=4,  # 4 heads of 16 / 4 = 4 features each
    dim_feedforward=32,  # hidden size of the two-layer MLP after the attention
    dropout=0.1,
    activation="gelu",  # default "relu"
    batch_first=True,  # (N, L, E); the default is (L, N, E)
)
for name, child in layer.named_children():
    print(f"{name:10} {child}")
    #> self_attn  MultiheadAttention(
    #>   (out_proj): NonDynamicallyQuantizableLinear(in_features=16, out_features=16, bias=True)
    #> )
    #> linear1    Linear(in_features=16, out_features=32, bias=True)
    #> dropout    Dropout(p=0.1, inplace=False)
    #> linear2    Linear(in_features=32, out_features=16, bias=True)
    #> norm1      LayerNorm((16,), eps=1e-05, elementwise_affine=True, bias=True)
    #> norm2      LayerNorm((16,), eps=1e-05, elementwise_affine=True, bias=True)
    #> dropout1   Dropout(p=0.1, inplace=False)
    #> dropout2   Dropout(p=0.1, inplace=False)

x = torch.randn(2, 5, 16)  # (N, L, d_model)
print(layer(x).shape)
#> torch.Size([2, 5, 16])

encoder = nn.TransformerEncoder(layer, num_layers=3, enable_nested_tensor=False)
print(encoder(x).shape)
#> torch.Size([2, 5, 16])
# the layer is deep-copied num_layers times: three independent sets of weights
print(encoder.layers[0] is encoder.layers[1], encoder.layers[0] is layer)
#> False False
n_layer = sum(p.numel() for p in layer.parameters())
print(sum(p.numel() for p in encoder.parameters()) == 3 * n_layer)
#> True
# separate tensors, but copies of one layer: they all start from the same values
first, second = encoder.layers[0].linear1.weight, encoder.layers[1].linear1.weight
print(first is second, torch.equal(first, second))
#> False True
# nn.Transformer re-initialises its layers after copying them: different starting values
transformer = nn.Transformer(16, 4, num_encoder_layers=2, dim_feedforward=32, batch_first=True)
first, second = (layer.linear1.weight for layer in transformer.encoder.layers)
print(torch.equal(first, second))
#> False

default = nn.TransformerEncoderLayer(16, 4)  # the defaults: dim_feedforward=2048, dropout=0.1
print(default.linear1.out_features, default.dropout.p)
#> 2048 0.1
