import torch
from torch import nn

torch.manual_seed(0)
x = torch.rand(200, 1) * 4 - 2                # 200 points in [-2, 2)
y = 3 * x + 2 + 0.1 * torch.randn(200, 1)     # the truth: weight 3, bias 2, plus noise

model = nn.Linear(1, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()

for epoch in range(100):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    if epoch in (0, 10, 20, 50, 99):
        print(f"epoch {epoch:2d}: loss {loss.item():.4f}")
        #> epoch  0: loss 17.7104
        #> epoch 10: loss 0.1416
        #> epoch 20: loss 0.0127
        #> epoch 50: loss 0.0111
        #> epoch 99: loss 0.0111

final = loss_fn(model(x), y).item()
print(final < 0.02)  # the noise alone costs 0.1 ** 2 = 0.01
#> True
print(f"weight {model.weight.item():.2f}, bias {model.bias.item():.2f}")
#> weight 3.00, bias 1.99
