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
    torch.manual_seed(0)  # the same model on every rank...
    model = nn.Linear(3, 2)
    by_hand = copy.deepcopy(model)
    ddp = DDP(model)
    torch.manual_seed(rank)  # ...and different data
    x = torch.randn(5, 3)

    ddp(x).sum().backward()

    by_hand(x).sum().backward()
    for p in by_hand.parameters():
        dist.all_reduce(p.grad)  # sum over the ranks, in place on every rank
        p.grad /= world_size  # DDP averages

    pairs = zip(model.parameters(), by_hand.parameters(), strict=True)
    same = all(torch.allclose(p.grad, q.grad) for p, q in pairs)
    results.put((rank, same))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, same in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: all_reduce by hand gives DDP's gradients: {same}")
        #> rank 0: all_reduce by hand gives DDP's gradients: True
        #> rank 1: all_reduce by hand gives DDP's gradients: True
