import torch
from torch import nn

bn = nn.BatchNorm1d(2)  # momentum=0.1
print(bn.running_mean, bn.running_var)  # start: mean 0, variance 1
#> tensor([0., 0.]) tensor([1., 1.])

x = torch.tensor([[1.0, 10.0], [3.0, 20.0], [5.0, 30.0], [7.0, 40.0]])
print(x.mean(dim=0), x.var(dim=0))  # x.var uses n - 1 (unbiased)
#> tensor([ 4., 25.]) tensor([  6.6667, 166.6667])

bn.train()
y_train = bn(x).detach()  # normalises with the batch statistics and updates the running ones
# running = (1 - momentum) * running + momentum * batch statistic
print(bn.running_mean, bn.running_var)
#> tensor([0.4000, 2.5000]) tensor([ 1.5667, 17.5667])
print(bn.num_batches_tracked)
#> tensor(1)

bn.eval()
y_eval = bn(x).detach()  # uses the running statistics; nothing is updated
expected = (x - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps) * bn.weight + bn.bias
print(torch.allclose(y_eval, expected.detach()))
#> True
print(y_train[:, 0])  # training mode: batch statistics
#> tensor([-1.3416, -0.4472,  0.4472,  1.3416])
print(y_eval[:, 0])  # evaluation mode: running statistics
#> tensor([0.4794, 2.0772, 3.6751, 5.2730])
