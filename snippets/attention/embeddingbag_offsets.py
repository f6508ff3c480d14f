import torch
from torch import nn

weight = torch.tensor([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0], [4.0, 0.0]])
bag_sum = nn.EmbeddingBag.from_pretrained(weight, mode="sum")
bag_mean = nn.EmbeddingBag.from_pretrained(weight, mode="mean")

# three bags of different sizes, concatenated: [0, 1], [2], [3, 3, 1]
tokens = torch.tensor([0, 1, 2, 3, 3, 1])
offsets = torch.tensor([0, 2, 3])  # where each bag starts in tokens
print(bag_sum(tokens, offsets))
#> tensor([[1., 1.],
#>         [2., 2.],
#>         [8., 1.]])
print(bag_mean(tokens, offsets))
#> tensor([[0.5000, 0.5000],
#>         [2.0000, 2.0000],
#>         [2.6667, 0.3333]])

# the same as Embedding followed by a mean, bag by bag
embedding = nn.Embedding.from_pretrained(weight)
print(torch.allclose(embedding(tokens[3:]).mean(0), bag_mean(tokens, offsets)[2]))
#> True

# bags of equal size can also be a 2-D tensor (N, bag size), without offsets
print(bag_sum(torch.tensor([[0, 1], [3, 3]])))
#> tensor([[1., 1.],
#>         [8., 0.]])
