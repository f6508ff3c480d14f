import torch
from torch import nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)

x = torch.randn(2, 5, 8)  # (N, L, E): 2 sequences of 5 tokens
out, weights = mha(x, x, x)  # self-attention: query, key and value are the same tensor
print(out.shape, weights.shape)
#> torch.Size([2, 5, 8]) torch.Size([2, 5, 5])

query = torch.randn(2, 3, 8)  # 3 tokens that ask
memory = torch.randn(2, 6, 8)  # 6 tokens that answer
out, weights = mha(query, memory, memory)  # cross-attention
print(out.shape, weights.shape)
#> torch.Size([2, 3, 8]) torch.Size([2, 3, 6])

# the query, key and value projections are stored stacked in one matrix
print(mha.in_proj_weight.shape, mha.in_proj_bias.shape)
#> torch.Size([24, 8]) torch.Size([24])
print(mha.out_proj)
#> NonDynamicallyQuantizableLinear(in_features=8, out_features=8, bias=True)
print(sum(p.numel() for p in mha.parameters()))
#> 288

# keys and values of another size (kdim, vdim): three separate projection matrices
cross = nn.MultiheadAttention(8, 2, kdim=6, vdim=6, batch_first=True)
print(cross.in_proj_weight, cross.q_proj_weight.shape, cross.k_proj_weight.shape)
#> None torch.Size([8, 8]) torch.Size([8, 6])
