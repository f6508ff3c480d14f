import torch
from torch import nn

torch.manual_seed(0)
mask = torch.ones(4, 4, dtype=torch.bool).triu(1)  # True = may not attend: the future
print(mask.int())
#> tensor([[0, 1, 1, 1],
#>         [0, 0, 1, 1],
#>         [0, 0, 0, 1],
#>         [0, 0, 0, 0]], dtype=torch.int32)

layer = nn.TransformerDecoderLayer(
    d_model=16, nhead=4, dim_feedforward=32, dropout=0.0, batch_first=True
)
decoder = nn.TransformerDecoder(layer, num_layers=2)

memory = torch.randn(2, 6, 16)  # the encoder's output: 6 source tokens
target = torch.randn(2, 4, 16)  # 4 target tokens generated so far
out = decoder(target, memory, tgt_mask=mask, tgt_is_causal=True)
print(target.shape, memory.shape, "->", out.shape)
#> torch.Size([2, 4, 16]) torch.Size([2, 6, 16]) -> torch.Size([2, 4, 16])

# change only the last target token: with the causal mask, positions 0..2 cannot tell
changed = target.clone()
changed[:, 3] = torch.randn(2, 16)
out2 = decoder(changed, memory, tgt_mask=mask, tgt_is_causal=True)
print(torch.allclose(out[:, :3], out2[:, :3], atol=1e-5), torch.allclose(out[:, 3], out2[:, 3]))
#> True False

# without the mask every position reads every other one, the future included
out3 = decoder(target, memory)
out4 = decoder(changed, memory)
print(torch.allclose(out3[:, :3], out4[:, :3], atol=1e-5))
#> False
