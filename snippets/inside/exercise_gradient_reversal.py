import torch


# Identity in forward; multiplies the gradient by -alpha in backward.
class ReverseGrad(torch.autograd.Function):
    @staticmethod
    def forward(x, alpha):
        return x

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.alpha = inputs[1]

    @staticmethod
    def backward(ctx, grad_output):
        return -ctx.alpha * grad_output, None  # no gradient for alpha


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = ReverseGrad.apply(x, 0.5)
print(torch.equal(y, x))
#> True
(y * y).sum().backward()
print(x.grad)  # the gradient of x² is 2x: 2, 4, 6, times -0.5
#> tensor([-1., -2., -3.])


def reverse(t):
    return ReverseGrad.apply(t, 1.0)


# gradcheck rejects it, and rightly: on purpose, backward is not the derivative of forward.
double = torch.randn(4, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(reverse, (double,), raise_exception=False))
#> False
