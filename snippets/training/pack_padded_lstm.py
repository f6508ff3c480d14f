import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
lstm = nn.LSTM(input_size=2, hidden_size=3, batch_first=True)
short, long = torch.randn(2, 2), torch.randn(5, 2)  # 2 and 5 time steps, 2 features each
padded = pad_sequence([short, long], batch_first=True)  # (2, 5, 2): short gets 3 zero steps
lengths = torch.tensor([2, 5], device="cpu")  # pack_padded_sequence wants lengths on the CPU

# Without packing, the LSTM also reads the 3 padding steps of the short sequence.
_, (h_padded, _) = lstm(padded)
_, (h_alone, _) = lstm(short.unsqueeze(0))  # the short sequence on its own: the right answer
print(torch.allclose(h_padded[0, 0], h_alone[0, 0], atol=1e-4))
#> False

# Packed, it stops at each sequence's true length. enforce_sorted=False: any order of lengths.
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
output, (h_n, _) = lstm(packed)
print(torch.allclose(h_n[0, 0], h_alone[0, 0], atol=1e-4))
#> True

# The per-step output comes back packed; pad_packed_sequence turns it into a padded tensor.
output, output_lengths = pad_packed_sequence(output, batch_first=True)
print(output.shape, output_lengths)
#> torch.Size([2, 5, 3]) tensor([2, 5])
print(output[0, 2:].abs().sum().item())  # the padding positions are zeros, not LSTM outputs
#> 0.0
