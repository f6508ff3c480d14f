from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
        self.bn = nn.BatchNorm1d(3)

    def forward(self, x):
        return self.bn(self.fc(x))


model = Block()
for key, value in model.state_dict().items():
    print(key, tuple(value.shape))
    #> fc.weight (3, 4)
    #> fc.bias (3,)
    #> bn.weight (3,)
    #> bn.bias (3,)
    #> bn.running_mean (3,)
    #> bn.running_var (3,)
    #> bn.num_batches_tracked ()
print(len(list(model.parameters())), "parameters,", len(model.state_dict()), "state_dict entries")
#> 4 parameters, 7 state_dict entries
