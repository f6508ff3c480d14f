import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Linear(4, 2).to(device)  # trained on the GPU when there is one
torch.save(model.state_dict(), "checkpoint.pt")  # each tensor is saved with its device

# torch.load puts each tensor back on the device it was saved from; map_location overrides it.
state_dict = torch.load("checkpoint.pt", map_location="cpu")
print({key: str(value.device) for key, value in state_dict.items()})
#> {'weight': 'cpu', 'bias': 'cpu'}

# load_state_dict copies the values into the model's own tensors, on the model's device.
cpu_model = nn.Linear(4, 2, device="cpu")
cpu_model.load_state_dict(state_dict)
print(cpu_model.weight.device, torch.equal(cpu_model.weight, state_dict["weight"]))
#> cpu True
