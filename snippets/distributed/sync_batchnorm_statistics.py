import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker(rank, world_size, port, results):
    torch.set_num_threads(1)
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size
    )
    # Rank 0's batch has mean 1, rank 1's has mean 3: the whole batch has mean 2.
    x = torch.tensor([[0.0], [2.0]]) + 2 * rank
    batchnorm = nn.BatchNorm1d(1, momentum=1.0)  # momentum 1: running stats = last batch
    batchnorm(x)
    local_mean = batchnorm.running_mean.item()

    # What SyncBatchNorm computes instead: sums over every rank's batch.
    total = torch.stack([x.sum(), torch.tensor(float(len(x)))])
    dist.all_reduce(total)  # default op: sum
    global_mean = (total[0] / total[1]).item()

    sync = nn.SyncBatchNorm.convert_sync_batchnorm(nn.BatchNorm1d(1))
    try:
        sync(x)
        error = "no error"
    except ValueError as exc:
        error = str(exc)
    results.put((rank, local_mean, global_mean, error))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, local_mean, global_mean, error in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: BatchNorm mean {local_mean}, SyncBatchNorm would use {global_mean}")
        #> rank 0: BatchNorm mean 1.0, SyncBatchNorm would use 2.0
        #> rank 1: BatchNorm mean 3.0, SyncBatchNorm would use 2.0
        print(f"rank {rank}: SyncBatchNorm on CPU: {error}")
        #> rank 0: SyncBatchNorm on CPU: SyncBatchNorm expected input tensor to be on GPU or XPU or privateuseone
        #> rank 1: SyncBatchNorm on CPU: SyncBatchNorm expected input tensor to be on GPU or XPU or privateuseone
