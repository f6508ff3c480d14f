import torch
import torch.nn.functional as F
from torch import nn


class SelfAttention(nn.Module):
    def __init__(self, dim, heads, dropout=0.1):
        super().__init__()
        self.heads, self.dropout = heads, dropout
        self.qkv = nn.Linear(dim, 3 * dim)  # the three projections in one layer
        self.out = nn.Linear(dim, dim)

    def forward(self, x):  # (N, L, dim)
        n, length, dim = x.shape
        qkv = self.qkv(x).view(n, length, 3, self.heads, dim // self.heads)
        q, k, v = qkv.permute(2, 0, 3, 1, 4)  # each (N, heads, L, dim / heads)
        # the function does not know train() from eval(): pass the dropout of the current mode
        p = self.dropout if self.training else 0.0
        h = F.scaled_dot_product_attention(q, k, v, dropout_p=p)
        return self.out(h.transpose(1, 2).reshape(n, length, dim))


torch.manual_seed(0)
attention = SelfAttention(16, 4, dropout=0.5)
x = torch.randn(2, 5, 16)
print(torch.equal(attention(x), attention(x)))  # training: new dropout masks at every call
#> False
attention.eval()
print(torch.equal(attention(x), attention(x)))  # evaluation: no dropout
#> True

# called directly, the function drops attention weights whatever the mode
q = k = v = torch.randn(1, 1, 5, 4)
first = F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)
print(torch.equal(first, F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)))
#> False
