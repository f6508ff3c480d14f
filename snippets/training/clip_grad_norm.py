import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=1, hidden_size=16, batch_first=True)
with torch.no_grad():
    rnn.weight_hh_l0.mul_(3.0)  # a large recurrent weight: gradients grow at every time step


def gradient_norm(steps):
    rnn.zero_grad()
    output, _ = rnn(torch.ones(1, steps, 1))
    output.sum().backward()
    return torch.nn.utils.get_total_norm([p.grad for p in rnn.parameters()]).item()


for steps in (5, 20, 80):
    print(f"{steps} steps: gradient norm {gradient_norm(steps):.1f}")
    #> 5 steps: gradient norm 64.6
    #> 20 steps: gradient norm 177.8
    #> 80 steps: gradient norm 471.8

# clip_grad_norm_ rescales all gradients together so that their total norm is at most
# max_norm; the direction of the update is kept. It returns the norm before clipping.
total = torch.nn.utils.clip_grad_norm_(rnn.parameters(), max_norm=1.0)
print(f"{total.item():.1f}")
#> 471.8
after = torch.nn.utils.get_total_norm([p.grad for p in rnn.parameters()])
print(f"{after.item():.4f}")
#> 1.0000
