import torch
from torch import nn

torch.manual_seed(0)
N, L, H_in, H_out = 3, 5, 4, 8
batch = torch.randn(N, L, H_in)  # batch first, as most data pipelines produce it

rnn = nn.RNN(H_in, H_out)  # batch_first forgotten: the layer reads (L, N, H_in)
output, h_n = rnn(batch)  # no error: 3 "time steps" of a batch of 5 "sequences"
print(output.shape, h_n.shape)
#> torch.Size([3, 5, 8]) torch.Size([1, 5, 8])
