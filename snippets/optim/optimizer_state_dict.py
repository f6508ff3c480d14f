import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
x, y = torch.randn(8, 3), torch.randn(8, 2)
for _ in range(5):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()

state = optimizer.state_dict()
print(list(state))
#> ['state', 'param_groups']
print(state["param_groups"][0]["lr"], state["param_groups"][0]["params"])
#> 0.001 [0, 1]
for index, per_param in state["state"].items():  # keyed by position, not by name
    print(index, {key: tuple(value.shape) for key, value in per_param.items()})
    #> 0 {'step': (), 'exp_avg': (2, 3), 'exp_avg_sq': (2, 3)}
    #> 1 {'step': (), 'exp_avg': (2,), 'exp_avg_sq': (2,)}
print(state["state"][0]["step"])
#> tensor(5.)

# Restoring it (e.g. from a checkpoint) continues with the same moving averages.
restored = torch.optim.Adam(model.parameters(), lr=1e-3)
restored.load_state_dict(state)
print(torch.equal(restored.state_dict()["state"][0]["exp_avg"], state["state"][0]["exp_avg"]))
#> True
