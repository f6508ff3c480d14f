import torch
from torch import nn

torch.manual_seed(0)
PAD = 0
embedding = nn.Embedding(5, 3, padding_idx=PAD)
print(embedding.weight[PAD])  # initialised to zeros
#> tensor([0., 0., 0.], grad_fn=<SelectBackward0>)

tokens = torch.tensor([[1, 2, 0, 0], [3, 1, 2, 0]])  # two sequences padded to length 4
embedding(tokens).sum().backward()
print(embedding.weight.grad)  # row 0 gets no gradient, however often it is used
#> tensor([[0., 0., 0.],
#>         [2., 2., 2.],
#>         [2., 2., 2.],
#>         [1., 1., 1.],
#>         [0., 0., 0.]])
