import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker(rank, world_size, port, checkpoint, results):
    torch.set_num_threads(1)
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size
    )
    torch.manual_seed(0)
    x = torch.linspace(-1, 1, 8).unsqueeze(1)
    dataset = TensorDataset(torch.arange(8), x, 3 * x + 2)  # sample index, input, target
    # Rank and world size come from the process group: each rank gets its own 4 samples.
    sampler = DistributedSampler(dataset, shuffle=True, seed=0)
    loader = DataLoader(dataset, batch_size=2, sampler=sampler)  # no shuffle=True here
    model = DDP(nn.Linear(1, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    seen = []
    for epoch in range(3):
        sampler.set_epoch(epoch)  # a new order each epoch, the same on every rank
        order = []
        for index, xb, yb in loader:
            optimizer.zero_grad()
            nn.functional.mse_loss(model(xb), yb).backward()
            optimizer.step()
            order += index.tolist()
        seen.append(order)

    if rank == 0:  # one writer; .module drops the "module." prefix from the keys
        torch.save(model.module.state_dict(), checkpoint)
    dist.barrier()  # nobody reads the file before rank 0 has written it
    state = torch.load(checkpoint, weights_only=True)
    same = all(torch.equal(state[k], v) for k, v in model.module.state_dict().items())
    weight, bias = model.module.weight.item(), model.module.bias.item()
    results.put((rank, seen, same, round(weight, 3), round(bias, 3)))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    args = (world_size, free_port(), "linear.pt", results)
    mp.spawn(worker, args=args, nprocs=world_size)
    for rank, seen, same, weight, bias in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: samples per epoch {seen}")
        #> rank 0: samples per epoch [[4, 7, 2, 1], [5, 2, 7, 1], [0, 7, 6, 1]]
        #> rank 1: samples per epoch [[0, 3, 5, 6], [4, 6, 3, 0], [4, 2, 5, 3]]
        print(f"rank {rank}: weight {weight}, bias {bias}, equal to the checkpoint: {same}")
        #> rank 0: weight 2.922, bias 2.008, equal to the checkpoint: True
        #> rank 1: weight 2.922, bias 2.008, equal to the checkpoint: True
