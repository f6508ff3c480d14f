import torch
from torch import nn

torch.manual_seed(0)
N, L, H_in, H = 3, 5, 4, 8
x = torch.randn(N, L, H_in)

lstm = nn.LSTM(H_in, H, num_layers=2, batch_first=True, bidirectional=True)
output, (h_n, c_n) = lstm(x)
print(output.shape, h_n.shape)  # h_n: (num_layers * 2, N, H)
#> torch.Size([3, 5, 16]) torch.Size([4, 3, 8])

# h_n is ordered layer by layer, forward direction first:
# h_n[0], h_n[1]: layer 0 forward, backward; h_n[2], h_n[3]: layer 1 (the top) forward, backward
print(torch.allclose(h_n[-2], output[:, -1, :H]))  # top forward: it ends at the last step
#> True
print(torch.allclose(h_n[-1], output[:, 0, H:]))  # top backward: it ends at the first step
#> True
print(torch.allclose(h_n[-1], output[:, -1, :H]))  # h_n[-1] alone is the backward half only
#> False

# The summary of the sequence: both final states of the top layer
summary = torch.cat([h_n[-2], h_n[-1]], dim=1)
print(summary.shape)
#> torch.Size([3, 16])

# The same two states through the layout (num_layers, directions, N, H)
top = h_n.view(2, 2, N, H)[-1]
print(torch.equal(top[0], h_n[-2]), torch.equal(top[1], h_n[-1]))
#> True True
