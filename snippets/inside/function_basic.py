import torch


class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = x.exp()
        ctx.save_for_backward(y)  # what backward will need: here the output itself
        return y

    @staticmethod
    def backward(ctx, grad_output):  # the gradient of the loss w.r.t. forward's output
        (y,) = ctx.saved_tensors
        return grad_output * y  # w.r.t. forward's input: d exp(x)/dx = exp(x)


x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
y = Exp.apply(x)  # call apply, never forward
print(type(y.grad_fn).__name__)  # backward is recorded in the graph like any operation
#> ExpBackward
y.sum().backward()
print(x.grad)
#> tensor([1.0000, 2.7183, 7.3891])

# Autograd derives the same gradient from torch.exp on its own.
x2 = x.detach().requires_grad_()
x2.exp().sum().backward()
print(torch.equal(x.grad, x2.grad))
#> True
