import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=1, hidden_size=16, nonlinearity="relu", batch_first=True)
with torch.no_grad():
    # Recurrent weight 1.2 * identity, and ReLU, which does not saturate: backpropagation
    # multiplies the gradient by 1.2 at every time step.
    rnn.weight_hh_l0.copy_(1.2 * torch.eye(16))


def gradient_norm(steps):
    rnn.zero_grad()
    output, _ = rnn(torch.ones(1, steps, 1))
    loss = output[:, -1].mean()  # one number from the last step, whatever the length
    loss.backward()
    return torch.nn.utils.get_total_norm([p.grad for p in rnn.parameters()]).item()


for steps in (5, 20, 80):
    print(f"{steps} steps: gradient norm {gradient_norm(steps):.3g}")
    #> 5 steps: gradient norm 2.32
    #> 20 steps: gradient norm 151
    #> 80 steps: gradient norm 4.17e+07

# clip_grad_norm_ rescales all gradients together so that their total norm is at most
# max_norm; the direction of the update is kept. It returns the norm before clipping.
total = torch.nn.utils.clip_grad_norm_(rnn.parameters(), max_norm=1.0)
print(f"{total.item():.3g}")
#> 4.17e+07
after = torch.nn.utils.get_total_norm([p.grad for p in rnn.parameters()])
print(f"{after.item():.4f}")
#> 1.0000
