import warnings

from torch import nn

warnings.simplefilter("error")  # turn every warning into an error, as this guide's checks do

pre_ln = nn.TransformerEncoderLayer(16, 4, batch_first=True, norm_first=True)

# fine: nested tensors switched off explicitly
encoder = nn.TransformerEncoder(pre_ln, num_layers=2, enable_nested_tensor=False)
print(encoder.use_nested_tensor)
#> False

# the default enable_nested_tensor=True cannot be honoured with norm_first=True: PyTorch warns
encoder = nn.TransformerEncoder(pre_ln, num_layers=2)
#> Traceback (most recent call last):
#>   ...
#> UserWarning: enable_nested_tensor is True, but self.use_nested_tensor is False because encoder_layer.norm_first was True
