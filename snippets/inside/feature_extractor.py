import torch
from torchvision.models import resnet18
from torchvision.models.feature_extraction import (
    create_feature_extractor,
    get_graph_node_names,
)

torch.manual_seed(0)
model = resnet18(weights=None).eval()  # weights=None: random weights, nothing to download

# Node names come from tracing forward: modules, and functions such as the residual additions.
train_nodes, eval_nodes = get_graph_node_names(model)
print(len(eval_nodes), eval_nodes[:5], eval_nodes[-3:])
#> 70 ['x', 'conv1', 'bn1', 'relu', 'maxpool'] ['avgpool', 'flatten', 'fc']
print([name for name in eval_nodes if name.startswith("layer1.0.")])
#> ['layer1.0.conv1', 'layer1.0.bn1', 'layer1.0.relu', 'layer1.0.conv2', 'layer1.0.bn2', 'layer1.0.add', 'layer1.0.relu_1']

# A new module that returns the chosen nodes, under names of our choice.
nodes = {"layer1": "low", "layer4": "high", "flatten": "pooled"}
extractor = create_feature_extractor(model, return_nodes=nodes)
with torch.no_grad():
    out = extractor(torch.randn(1, 3, 64, 64))
print({name: tuple(t.shape) for name, t in out.items()})
#> {'low': (1, 64, 16, 16), 'high': (1, 512, 2, 2), 'pooled': (1, 512)}
