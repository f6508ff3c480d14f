import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 5, 4)  # (N, L, features)

layers = {
    "LSTM(num_layers=2, dropout=0.5)": nn.LSTM(4, 4, num_layers=2, dropout=0.5, batch_first=True),
    "RReLU": nn.RReLU(),
    "InstanceNorm1d(track_running_stats=True)": nn.InstanceNorm1d(4, track_running_stats=True),
    "MultiheadAttention(dropout=0.5)": nn.MultiheadAttention(4, 1, dropout=0.5, batch_first=True),
}


def run(layer):
    if isinstance(layer, nn.MultiheadAttention):
        return layer(x, x, x)[0]
    if isinstance(layer, nn.LSTM):
        return layer(x)[0]
    if isinstance(layer, nn.InstanceNorm1d):
        return layer(x.transpose(1, 2))  # it reads (N, C, L): the features as channels
    return layer(x)


for name, layer in layers.items():
    layer.train()
    in_training = run(layer)
    layer.eval()
    with torch.no_grad():
        in_evaluation = run(layer)
    print(f"{name}: same output in train and eval? {torch.allclose(in_training, in_evaluation)}")
    #> LSTM(num_layers=2, dropout=0.5): same output in train and eval? False
    #> RReLU: same output in train and eval? False
    #> InstanceNorm1d(track_running_stats=True): same output in train and eval? False
    #> MultiheadAttention(dropout=0.5): same output in train and eval? False
