import warnings

from torchvision.models import resnet18

# Code written for torchvision before 0.13 says pretrained=False (or True). It still runs,
# with two warnings: pretrained=False now means weights=None.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model = resnet18(pretrained=False)
for warning in caught:
    print(type(warning.message).__name__, warning.message)
    #> UserWarning The parameter 'pretrained' is deprecated since 0.13 and may be removed in the future, please use 'weights' instead.
    #> UserWarning Arguments other than a weight enum or `None` for 'weights' are deprecated since 0.13 and may be removed in the future. The current behavior is equivalent to passing `weights=None`.

# pretrained=True warns the same way, then downloads the weights. With warnings as errors
# (as in a test suite), it stops at the first warning, before downloading anything.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        resnet18(pretrained=True)
    except UserWarning as error:
        print("UserWarning:", error)
        #> UserWarning: The parameter 'pretrained' is deprecated since 0.13 and may be removed in the future, please use 'weights' instead.
