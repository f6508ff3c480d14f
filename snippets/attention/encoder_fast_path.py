import warnings

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 5, 16)
padding_mask = torch.tensor([[False] * 5, [False, False, False, True, True]])

layer = nn.TransformerEncoderLayer(16, 4, 32, dropout=0.0, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
in_training = encoder(x, src_key_padding_mask=padding_mask)

encoder.eval()
with torch.inference_mode():  # evaluation mode without autograd: the fast path
    fast = encoder(x, src_key_padding_mask=padding_mask)
print(torch.allclose(fast, in_training, atol=1e-4))
#> True

# the default, enable_nested_tensor=True: the fast path drops the padding into a nested tensor
nested = nn.TransformerEncoder(layer, num_layers=2).eval()
print(nested.use_nested_tensor)
#> True
with torch.no_grad(), warnings.catch_warnings():  # torch.inference_mode() warns as well
    warnings.simplefilter("error")  # in this block a warning is an error, as in this guide's checks
    nested(x, src_key_padding_mask=padding_mask)
#> Traceback (most recent call last):
#>   ...
#> UserWarning: The PyTorch API of nested tensors is in prototype stage and will change in the near future. We recommend specifying layout=torch.jagged when constructing a nested tensor, as this layout receives active development, has better operator coverage, and works with torch.compile. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/NestedTensorImpl.cpp:177.)
