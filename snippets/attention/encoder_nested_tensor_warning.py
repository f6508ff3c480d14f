import warnings

from torch import nn

pre_ln = nn.TransformerEncoderLayer(16, 4, batch_first=True, norm_first=True)

# fine: nested tensors switched off explicitly
encoder = nn.TransformerEncoder(pre_ln, num_layers=2, enable_nested_tensor=False)
print(encoder.use_nested_tensor)
#> False

# the default enable_nested_tensor=True cannot be honoured with norm_first=True: PyTorch warns
with warnings.catch_warnings():
    warnings.simplefilter("error")  # in this block a warning is an error, as in this guide's checks
    encoder = nn.TransformerEncoder(pre_ln, num_layers=2)
#> Traceback (most recent call last):
#>   ...
#> UserWarning: enable_nested_tensor is True, but self.use_nested_tensor is False because encoder_layer.norm_first was True
