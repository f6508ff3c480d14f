import argparse
import pickle

import torch
from torch import nn

model = nn.Linear(4, 2)
# Tensors, numbers, strings and plain containers load with the default weights_only=True.
torch.save({"model": model.state_dict(), "epoch": 3, "name": "linear"}, "plain.pt")
print(list(torch.load("plain.pt")))
#> ['model', 'epoch', 'name']

# Any other object is pickled as "import this class and rebuild it", which could run any
# code. Loading it needs your explicit permission, for a file from a source you trust.
args = argparse.Namespace(hidden=64, lr=0.1)
torch.save({"model": model.state_dict(), "args": args}, "with_args.pt")
with torch.serialization.safe_globals([argparse.Namespace]):
    print(torch.load("with_args.pt")["args"])
    #> Namespace(hidden=64, lr=0.1)

# torch.save(model) pickles the whole module object: the default refuses to load it.
torch.save(model, "whole_model.pt")
try:
    torch.load("whole_model.pt")
except pickle.UnpicklingError as error:
    # the long message explains the options; this line names what was refused
    print(next(line.strip() for line in str(error).splitlines() if "Unsupported global" in line))
    #> WeightsUnpickler error: Unsupported global: GLOBAL torch.nn.modules.linear.Linear was not an allowed global by default. Please use `torch.serialization.add_safe_globals([torch.nn.modules.linear.Linear])` or the `torch.serialization.safe_globals([torch.nn.modules.linear.Linear])` context manager to allowlist this global if you trust this class/function.

# For a file you trust (you saved it yourself), weights_only=False loads any object.
print(torch.load("whole_model.pt", weights_only=False))
#> Linear(in_features=4, out_features=2, bias=True)
