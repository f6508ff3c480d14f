import warnings

import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


class WrongCube(Cube):
    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 2 * x**2  # a mistake in the derivative


torch.manual_seed(0)
# gradcheck compares backward with finite differences, in float64.
x = torch.randn(5, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Cube.apply, (x,)))
#> True
print(torch.autograd.gradcheck(WrongCube.apply, (x,), raise_exception=False))
#> False

# In float32 even the right backward fails, and PyTorch warns; record the warning.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(torch.autograd.gradcheck(Cube.apply, (x.float(),), raise_exception=False))
    #> False
print(str(caught[0].message).split(".")[0])
#> Input #0 requires gradient and is not a double precision floating point or complex
