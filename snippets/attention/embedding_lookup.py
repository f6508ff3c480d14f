import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
embedding = nn.Embedding(num_embeddings=5, embedding_dim=3)  # 5 tokens, 3 numbers each
print(embedding.weight.shape)
#> torch.Size([5, 3])

tokens = torch.tensor([[0, 2, 4, 2], [1, 1, 3, 0]])  # (N, L) = 2 sequences of 4 token ids
vectors = embedding(tokens)
print(tokens.shape, tokens.dtype, "->", vectors.shape)
#> torch.Size([2, 4]) torch.int64 -> torch.Size([2, 4, 3])

# row i of the weight is the vector of token i
print(torch.equal(vectors[0, 1], embedding.weight[2]))
#> True
print(torch.equal(vectors, embedding.weight[tokens]))
#> True

# the same as a one-hot vector times the weight matrix, without the multiplication
one_hot = F.one_hot(tokens, num_classes=5).float()
print(one_hot.shape, "@", embedding.weight.shape)
#> torch.Size([2, 4, 5]) @ torch.Size([5, 3])
print(torch.allclose(one_hot @ embedding.weight, vectors))
#> True
