import torch
from torch import nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(16, 4, 32, dropout=0.0, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)

short = torch.randn(1, 3, 16)  # a sequence of 3 tokens
padded = torch.cat([short, torch.zeros(1, 2, 16)], dim=1)  # the same, padded to 5
padding_mask = torch.tensor([[False, False, False, True, True]])  # True = padding
print(padded.shape, padding_mask.shape)
#> torch.Size([1, 5, 16]) torch.Size([1, 5])

alone = encoder(short)
masked = encoder(padded, src_key_padding_mask=padding_mask)
unmasked = encoder(padded)
print(masked.shape)
#> torch.Size([1, 5, 16])
# with the mask, the 3 real tokens get exactly the outputs they get without padding
print(torch.allclose(masked[:, :3], alone, atol=1e-4))
#> True
# without it, they also attend to the padding, and their outputs change
print(torch.allclose(unmasked[:, :3], alone, atol=1e-4))
#> False
