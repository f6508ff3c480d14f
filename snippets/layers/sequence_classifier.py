import torch
from torch import nn


class SequenceClassifier(nn.Module):
    def __init__(self, n_features, hidden_size, n_classes):
        super().__init__()
        self.lstm = nn.LSTM(n_features, hidden_size, batch_first=True)
        self.head = nn.Linear(hidden_size, n_classes)

    def forward(self, x):  # x: (N, L, n_features)
        _, (h_n, _) = self.lstm(x)  # h_n: (num_layers, N, hidden_size)
        return self.head(h_n[-1])  # the last layer's final state -> (N, n_classes)


torch.manual_seed(0)
model = SequenceClassifier(n_features=4, hidden_size=16, n_classes=3)
x = torch.randn(2, 10, 4)  # 2 sequences of 10 steps, 4 features per step
logits = model(x)
print(logits.shape)
#> torch.Size([2, 3])
print(logits)
#> tensor([[-0.0630, -0.0756, -0.2174],
#>         [-0.0488, -0.0466, -0.1393]], grad_fn=<AddmmBackward0>)
print(model(torch.randn(2, 25, 4)).shape)  # any sequence length gives the same output shape
#> torch.Size([2, 3])
