import copy
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker(rank, world_size, port, results):
    torch.set_num_threads(1)
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size
    )
    torch.manual_seed(0)  # the same model and data on every rank
    model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
    x, y = torch.randn(16, 4), torch.randn(16, 1)
    loss_fn = nn.MSELoss()

    # One process, batch 2B = 16.
    single = copy.deepcopy(model)
    optimizer = torch.optim.SGD(single.parameters(), lr=0.1)
    for _ in range(20):
        optimizer.zero_grad()
        loss_fn(single(x), y).backward()
        optimizer.step()

    # Two processes, batch B = 8 each: this rank's half of the same 16 samples.
    ddp = DDP(model)
    optimizer = torch.optim.SGD(ddp.parameters(), lr=0.1)
    mine = slice(rank * 8, (rank + 1) * 8)
    for _ in range(20):
        optimizer.zero_grad()
        loss_fn(ddp(x[mine]), y[mine]).backward()
        optimizer.step()

    pairs = zip(single.parameters(), model.parameters(), strict=True)
    diff = max((p - q).abs().max().item() for p, q in pairs)
    loss = loss_fn(model(x), y).item()
    results.put((rank, round(loss, 4), diff < 1e-6))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, loss, same in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: loss on all 16 samples {loss}, same parameters as one process: {same}")
        #> rank 0: loss on all 16 samples 0.611, same parameters as one process: True
        #> rank 1: loss on all 16 samples 0.611, same parameters as one process: True
