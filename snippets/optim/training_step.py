import torch
from torch import nn

w = nn.Parameter(torch.tensor([1.0, -2.0]))
optimizer = torch.optim.SGD([w], lr=0.01)
x = torch.tensor([3.0, 4.0])
y = torch.tensor(0.0)


def rounded(t):
    return [round(v, 4) for v in t.tolist()]


for step in range(4):
    optimizer.zero_grad()         # 1. forget the previous step's gradients
    prediction = (w * x).sum()    # 2. forward pass
    loss = (prediction - y) ** 2  # 3. loss
    loss.backward()               # 4. gradients: w.grad = d loss / d w
    optimizer.step()              # 5. update: w <- w - lr * w.grad
    print(f"step {step}: loss {loss.item():.4f}, grad {rounded(w.grad)}, new w {rounded(w)}")
    #> step 0: loss 25.0000, grad [-30.0, -40.0], new w [1.3, -1.6]
    #> step 1: loss 6.2500, grad [-15.0, -20.0], new w [1.45, -1.4]
    #> step 2: loss 1.5625, grad [-7.5, -10.0], new w [1.525, -1.3]
    #> step 3: loss 0.3906, grad [-3.75, -5.0], new w [1.5625, -1.25]
