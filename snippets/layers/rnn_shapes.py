import torch
from torch import nn

torch.manual_seed(0)
L, N, H_in, H_out = 5, 3, 4, 8  # sequence length, batch, input features, hidden size

rnn = nn.RNN(input_size=H_in, hidden_size=H_out)  # default: (L, N, H_in), time first
output, h_n = rnn(torch.randn(L, N, H_in))
print(output.shape)  # the hidden state at every time step
#> torch.Size([5, 3, 8])
print(h_n.shape)  # the last hidden state: (num_layers, N, H_out)
#> torch.Size([1, 3, 8])

rnn = nn.RNN(input_size=H_in, hidden_size=H_out, batch_first=True)  # (N, L, H_in)
output, h_n = rnn(torch.randn(N, L, H_in))
print(output.shape)
#> torch.Size([3, 5, 8])
print(h_n.shape)  # batch_first does not apply to the hidden state
#> torch.Size([1, 3, 8])
