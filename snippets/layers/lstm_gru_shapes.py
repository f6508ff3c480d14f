import torch
from torch import nn

torch.manual_seed(0)
N, L, H_in, H_out = 3, 5, 4, 8
x = torch.randn(N, L, H_in)

lstm = nn.LSTM(H_in, H_out, num_layers=2, batch_first=True)
output, (h_n, c_n) = lstm(x)  # an LSTM also returns its cell state
print(output.shape, h_n.shape, c_n.shape)
#> torch.Size([3, 5, 8]) torch.Size([2, 3, 8]) torch.Size([2, 3, 8])
print(torch.allclose(output[:, -1], h_n[-1]))  # last time step of the top layer
#> True
print(lstm.weight_ih_l0.shape)  # 4 gates stacked: (4 * H_out, H_in)
#> torch.Size([32, 4])

gru = nn.GRU(H_in, H_out, batch_first=True, bidirectional=True)
output, h_n = gru(x)
print(output.shape, h_n.shape)  # both directions concatenated; h_n: (2 * num_layers, N, H_out)
#> torch.Size([3, 5, 16]) torch.Size([2, 3, 8])
print(gru.weight_ih_l0.shape)  # 3 gates: (3 * H_out, H_in)
#> torch.Size([24, 4])
