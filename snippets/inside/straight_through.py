import torch
from torch import nn


# Rounds in forward; backward lets the gradient through unchanged (straight-through).
class RoundSTE(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x.round()

    @staticmethod
    def setup_context(ctx, inputs, output):
        pass  # nothing to save: the backward is the identity

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


x = torch.tensor([0.2, 0.7, 1.4], requires_grad=True)
x.round().sum().backward()
print("round:", x.grad)  # round's true derivative is 0 almost everywhere: nothing would learn
#> round: tensor([0., 0., 0.])
x.grad = None
RoundSTE.apply(x).sum().backward()
print("STE:  ", x.grad)
#> STE:   tensor([1., 1., 1.])
x.grad = None
# The same without a Function: the value is x.round(), the gradient flows through x alone.
(x + (x.round() - x).detach()).sum().backward()
print("detach:", x.grad)
#> detach: tensor([1., 1., 1.])


# A linear layer that uses its weights rounded to multiples of 1/4 in the forward pass.
class QuantizedLinear(nn.Linear):
    def forward(self, x):
        return nn.functional.linear(x, RoundSTE.apply(self.weight * 4) / 4, self.bias)


torch.manual_seed(0)
layer = QuantizedLinear(3, 1)
x = torch.randn(64, 3)
y = x @ torch.tensor([[0.5], [-1.0], [0.25]])  # a target the quantized weights can reach
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
for _ in range(100):
    loss = nn.functional.mse_loss(layer(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(layer.weight.data)  # the float weights that training updates...
#> tensor([[ 0.3912, -0.8839,  0.1640]])
used = RoundSTE.apply(layer.weight.data * 4) / 4  # ...and the ones used
print(used, f"loss {loss.item():.4f}")
#> tensor([[ 0.5000, -1.0000,  0.2500]]) loss 0.0000
