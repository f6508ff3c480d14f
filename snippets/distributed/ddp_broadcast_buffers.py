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
    # Rank 0's batch has mean 1, rank 1's has mean 3, at every step.
    x = torch.tensor([[0.0], [2.0]]) + 2 * rank
    batchnorm = nn.BatchNorm1d(1)  # running_mean starts at 0 and moves 10% towards each batch
    model = DDP(batchnorm)  # broadcast_buffers=True, the default
    running_means = []
    for _ in range(3):
        # Before each forward pass in training mode, DDP copies rank 0's buffers to every rank.
        model(x).sum().backward()
        running_means.append(round(batchnorm.running_mean.item(), 4))
    results.put((rank, running_means))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, running_means in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: running mean after each step {running_means}")
        #> rank 0: running mean after each step [0.1, 0.19, 0.271]
        #> rank 1: running mean after each step [0.3, 0.39, 0.471]
