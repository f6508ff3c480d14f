import torch
from torch import nn

embedding = nn.Embedding(3, 2, max_norm=1.0)
with torch.no_grad():
    embedding.weight.copy_(torch.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]]))
print(embedding.weight.norm(dim=1))
#> tensor([ 5.0000,  0.5000, 10.0000], grad_fn=<LinalgVectorNormBackward0>)

out = embedding(torch.tensor([0, 1]))
print(out)
#> tensor([[0.6000, 0.8000],
#>         [0.3000, 0.4000]], grad_fn=<EmbeddingBackward0>)
# the rows that were looked up are renormalised in place; row 2 was not used
print(embedding.weight.norm(dim=1))
#> tensor([ 1.0000,  0.5000, 10.0000], grad_fn=<LinalgVectorNormBackward0>)
