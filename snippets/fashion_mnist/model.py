import torch
from torch import nn


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28 * 28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )

    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)  # raw scores, one per class: no softmax here
        return logits


model = NeuralNetwork()
print(model)
#> NeuralNetwork(
#>   (flatten): Flatten(start_dim=1, end_dim=-1)
#>   (linear_relu_stack): Sequential(
#>     (0): Linear(in_features=784, out_features=512, bias=True)
#>     (1): ReLU()
#>     (2): Linear(in_features=512, out_features=512, bias=True)
#>     (3): ReLU()
#>     (4): Linear(in_features=512, out_features=10, bias=True)
#>   )
#> )

# nn.Linear stores its weight as (out_features, in_features): 512 x 784, not 784 x 512.
for name, param in model.named_parameters():
    print(name, list(param.shape))
    #> linear_relu_stack.0.weight [512, 784]
    #> linear_relu_stack.0.bias [512]
    #> linear_relu_stack.2.weight [512, 512]
    #> linear_relu_stack.2.bias [512]
    #> linear_relu_stack.4.weight [10, 512]
    #> linear_relu_stack.4.bias [10]
print(sum(p.numel() for p in model.parameters()))
#> 669706

# Step by step, on a minibatch of 3 random "images".
torch.manual_seed(0)
input_image = torch.rand(3, 28, 28)
flat_image = nn.Flatten()(input_image)  # keeps dim 0 (the batch), flattens the rest
print(flat_image.shape)
#> torch.Size([3, 784])
layer1 = nn.Linear(in_features=28 * 28, out_features=20)
hidden1 = layer1(flat_image)
print(hidden1.shape)
#> torch.Size([3, 20])
hidden1 = nn.ReLU()(hidden1)
print(bool((hidden1 >= 0).all()))  # ReLU replaced every negative value by 0
#> True

seq_modules = nn.Sequential(nn.Flatten(), layer1, nn.ReLU(), nn.Linear(20, 10))
logits = seq_modules(input_image)
print(logits.shape)
#> torch.Size([3, 10])
pred_probab = nn.Softmax(dim=1)(logits)  # dim=1: over the 10 classes of each image
print(torch.allclose(pred_probab.sum(dim=1), torch.ones(3)))  # each row sums to 1
#> True
y_pred = pred_probab.argmax(1)
print(y_pred.shape, y_pred.dtype)
#> torch.Size([3]) torch.int64
