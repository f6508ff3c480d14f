import copy
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


def free_port():
    # Port 0 asks the system for any free port: no clash with another job on this machine.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rounded(t):
    return [round(v, 4) for v in t.flatten().tolist()]


def worker(rank, world_size, port, results):
    torch.set_num_threads(1)  # one thread per process, as torchrun sets it
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size
    )
    torch.manual_seed(rank)  # a different seed on each rank, on purpose
    model = nn.Linear(2, 1)
    before = rounded(model.weight)
    ddp_model = DDP(model)  # copies rank 0's parameters to every rank
    after = rounded(model.weight)

    # Each rank gets its own data: the rank number is its only input here.
    x = torch.full((1, 2), rank + 1.0)
    local = copy.deepcopy(model)  # a plain copy: its backward() talks to nobody
    local(x).sum().backward()
    ddp_model(x).sum().backward()  # averages the gradients across ranks
    results.put((rank, before, after, rounded(local.weight.grad), rounded(model.weight.grad)))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, before, after, own, averaged in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: weight before DDP {before}, after {after}")
        #> rank 0: weight before DDP [-0.0053, 0.3793], after [-0.0053, 0.3793]
        #> rank 1: weight before DDP [0.3643, -0.3121], after [-0.0053, 0.3793]
        print(f"rank {rank}: own gradient {own}, DDP gradient {averaged}")
        #> rank 0: own gradient [1.0, 1.0], DDP gradient [1.5, 1.5]
        #> rank 1: own gradient [2.0, 2.0], DDP gradient [1.5, 1.5]
