import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, -1.0, 0.5], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]])
target = torch.tensor([0, 2, 1])

# -log softmax(z)[y] = logsumexp(z) - z[y]; logsumexp is computed without overflow.
per_sample = torch.logsumexp(logits, dim=1) - logits[torch.arange(3), target]
print(per_sample)
#> tensor([0.2413, 0.1096, 1.0986])
print(per_sample.mean())
#> tensor(0.4832)
print(F.cross_entropy(logits, target))
#> tensor(0.4832)

# Large logits: the naive formula overflows, logsumexp does not.
big = logits * 100
naive = -torch.log(torch.exp(big) / torch.exp(big).sum(dim=1, keepdim=True))
print(naive[torch.arange(3), target])
#> tensor([nan, nan, nan])
print(torch.logsumexp(big, dim=1) - big[torch.arange(3), target])
#> tensor([0.0000, 0.0000, 1.0986])
