# --8<-- [start:data]
import random

import torch
from torch import nn

random.seed(0)  # the data: Python's generator, the same sequences on every device
torch.manual_seed(0)  # the weights and the batch order
torch.set_num_threads(1)  # the accuracies below do not depend on the number of cores
PAD, VOCAB, MAX_LEN = 0, 10, 12  # token 0 is padding, 1..9 are real tokens


def make_data(n):
    """n sequences of 4 to 12 tokens, padded to 12; label 1 if they contain 3 followed by 7."""
    sequences, labels = [], []
    for _ in range(n):
        length = random.randint(4, MAX_LEN)
        tokens = [random.randint(1, VOCAB - 1) for _ in range(length)]
        for t in range(1, length):  # break up every "3 7" that occurs by chance
            if tokens[t - 1] == 3 and tokens[t] == 7:
                tokens[t] = 8
        label = random.randint(0, 1)
        if label == 1:  # write "3 7" at a random place
            start = random.randrange(length - 1)
            tokens[start : start + 2] = [3, 7]
        sequences.append(tokens + [PAD] * (MAX_LEN - length))
        labels.append(label)
    return torch.tensor(sequences), torch.tensor(labels)


x_train, y_train = make_data(4000)
x_val, y_val = make_data(1000)
print(x_train.shape, x_val.shape)
#> torch.Size([4000, 12]) torch.Size([1000, 12])
print(x_train[:4])
#> tensor([[7, 1, 5, 9, 8, 7, 5, 8, 6, 4, 0, 0],
#>         [3, 2, 5, 3, 7, 5, 2, 2, 0, 0, 0, 0],
#>         [2, 6, 7, 6, 4, 9, 8, 8, 9, 5, 1, 9],
#>         [3, 7, 8, 6, 4, 0, 0, 0, 0, 0, 0, 0]])
print(y_train[:4])
#> tensor([0, 1, 0, 1])
print("padding mask:", (x_train[:4] == PAD).int())
#> padding mask: tensor([[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
#>         [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1],
#>         [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
#>         [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]], dtype=torch.int32)
print(f"positive in validation: {y_val.float().mean():.3f}")  # what always answering 1 scores
#> positive in validation: 0.513
# --8<-- [end:data]


# --8<-- [start:model]
class TinyTransformer(nn.Module):
    def __init__(self, d_model=32, nhead=4, positions=True):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, d_model, padding_idx=PAD)
        self.pos = nn.Embedding(MAX_LEN, d_model) if positions else None  # learned positions
        layer = nn.TransformerEncoderLayer(
            d_model, nhead, dim_feedforward=64, dropout=0.0, batch_first=True, norm_first=True
        )
        self.encoder = nn.TransformerEncoder(layer, num_layers=1, enable_nested_tensor=False)
        self.norm = nn.LayerNorm(d_model)  # pre-LN: one final LayerNorm
        self.head = nn.Linear(d_model, 2)

    def forward(self, tokens):  # (N, L) token ids
        padding = tokens == PAD  # (N, L), True = ignore
        h = self.embed(tokens)  # (N, L, d_model)
        if self.pos is not None:
            h = h + self.pos(torch.arange(tokens.shape[1], device=tokens.device))  # + (L, d_model)
        h = self.norm(self.encoder(h, src_key_padding_mask=padding))  # (N, L, d_model)
        # average over the real tokens only
        keep = (~padding).unsqueeze(-1).float()  # (N, L, 1)
        h = (h * keep).sum(dim=1) / keep.sum(dim=1)  # (N, d_model)
        return self.head(h)  # (N, 2) logits
# --8<-- [end:model]


# --8<-- [start:gru]
class GRUClassifier(nn.Module):
    def __init__(self, d_model=32):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, d_model, padding_idx=PAD)
        self.gru = nn.GRU(d_model, d_model, batch_first=True)
        self.head = nn.Linear(d_model, 2)

    def forward(self, tokens):
        lengths = (tokens != PAD).sum(dim=1).cpu()  # pack_padded_sequence wants them on the CPU
        packed = nn.utils.rnn.pack_padded_sequence(
            self.embed(tokens), lengths, batch_first=True, enforce_sorted=False
        )
        _, h_n = self.gru(packed)  # the GRU stops at each sequence's last real token
        return self.head(h_n[-1])
# --8<-- [end:gru]


# --8<-- [start:train]
def train(model, epochs=10, batch_size=64):
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(x_train))
        for i in range(0, len(x_train), batch_size):
            batch = order[i : i + batch_size]
            optimizer.zero_grad()
            loss_fn(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return (model(x_val).argmax(dim=1) == y_val).float().mean().item()


models = {
    "transformer": TinyTransformer(),
    "transformer, no positions": TinyTransformer(positions=False),
    "GRU": GRUClassifier(),
}
for name, model in models.items():
    n_params = sum(p.numel() for p in model.parameters())
    accuracy = train(model)
    print(f"{name:26} {n_params:5} parameters, validation accuracy {accuracy:.3f}")
    #> transformer                 9378 parameters, validation accuracy 0.973
    #> transformer, no positions   8994 parameters, validation accuracy 0.855
    #> GRU                         6722 parameters, validation accuracy 1.000
# --8<-- [end:train]
