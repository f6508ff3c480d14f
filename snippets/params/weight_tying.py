import math

import torch
import torch.nn.functional as F
from torch import nn


class TinyLM(nn.Module):
    def __init__(self, vocab=1000, dim=64):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)  # weight (vocab, dim)
        self.decoder = nn.Linear(dim, vocab)  # weight (vocab, dim): the same shape
        self.decoder.weight = self.embed.weight  # tie: one tensor, two names

    def forward(self, tokens):
        return self.decoder(self.embed(tokens))


torch.manual_seed(0)
model = TinyLM()
print(model.decoder.weight is model.embed.weight)
#> True
# parameters() and named_parameters() list a shared tensor once, under its first name
print([name for name, _ in model.named_parameters()])
#> ['embed.weight', 'decoder.bias']
print(sum(p.numel() for p in model.parameters()), "parameters; untied:", 2 * 1000 * 64 + 1000)
#> 65000 parameters; untied: 129000
# state_dict() keeps every name, so each module finds its key when loading
state = model.state_dict()
print(list(state))
#> ['embed.weight', 'decoder.weight', 'decoder.bias']
print(state["embed.weight"].data_ptr() == state["decoder.weight"].data_ptr())  # one storage
#> True

# The tied output layer inherits nn.Embedding's initialisation, N(0, 1): logits far too large.
tokens, targets = torch.randint(0, 1000, (16, 32)), torch.randint(0, 1000, (16, 32))


def first_loss(model):
    return F.cross_entropy(model(tokens).flatten(0, 1), targets.flatten()).item()


untied = nn.Sequential(nn.Embedding(1000, 64), nn.Linear(64, 1000))
print(f"tied {first_loss(model):.2f}, untied {first_loss(untied):.2f}, ln(1000) {math.log(1000):.2f}")
#> tied 64.36, untied 7.06, ln(1000) 6.91
nn.init.normal_(model.embed.weight, std=0.02)  # re-initialise the shared weight small
print(f"tied, std 0.02: {first_loss(model):.2f}")
#> tied, std 0.02: 6.91

# Training updates the single tensor, so the tie holds.
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.tensor([[1, 2, 3]])).sum().backward()
optimizer.step()
print(torch.equal(model.decoder.weight, model.embed.weight))
#> True

# Loading a state_dict copies values into the existing tensors: the tie survives too.
fresh = TinyLM()
fresh.load_state_dict(model.state_dict())
print(fresh.decoder.weight is fresh.embed.weight, torch.equal(fresh.embed.weight, model.embed.weight))
#> True True
