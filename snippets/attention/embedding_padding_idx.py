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

# padding_idx zeroes the row once, at construction: whatever writes the weight later wins
model = nn.Sequential(nn.Embedding(5, 3, padding_idx=PAD), nn.Linear(3, 2))


def init_weights(module):  # an initialisation policy for the whole model
    if isinstance(module, nn.Embedding):
        nn.init.normal_(module.weight, std=0.02)


model.apply(init_weights)
print(model[0].weight[PAD].abs().sum().item() > 0)  # the padding row is no longer zero
#> True
with torch.no_grad():
    model[0].weight[PAD].zero_()  # zero it again after any such initialisation
print(model[0].weight[PAD])
#> tensor([0., 0., 0.], grad_fn=<SelectBackward0>)

# from_pretrained keeps the given row: padding_idx only stops its gradient
pretrained = nn.Embedding.from_pretrained(torch.ones(5, 3), padding_idx=PAD)
print(pretrained.weight[PAD])
#> tensor([1., 1., 1.])
