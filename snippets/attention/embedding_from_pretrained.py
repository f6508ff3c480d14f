import torch
from torch import nn

# vectors learned elsewhere, e.g. by word2vec: one row per word
vectors = torch.tensor([[0.0, 0.0], [1.0, 0.5], [-1.0, 2.0]])
vocab = {"<pad>": 0, "cat": 1, "dog": 2}

embedding = nn.Embedding.from_pretrained(vectors, freeze=True, padding_idx=0)
print(embedding)
#> Embedding(3, 2, padding_idx=0)
print(embedding.weight.requires_grad)  # freeze=True (the default): not trained
#> False
print(embedding(torch.tensor([vocab["dog"], vocab["cat"]])))
#> tensor([[-1.0000,  2.0000],
#>         [ 1.0000,  0.5000]])

trainable = nn.Embedding.from_pretrained(vectors, freeze=False)
print(trainable.weight.requires_grad)
#> True
