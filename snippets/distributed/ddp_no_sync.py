import contextlib
import copy
import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks import default_hooks
from torch.nn.parallel import DistributedDataParallel as DDP


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def accumulate(ddp, micro_batches, use_no_sync):
    """One optimiser step's worth of gradients, summed over micro-batches."""
    ddp.zero_grad()
    for i, (x, y) in enumerate(micro_batches):
        last = i == len(micro_batches) - 1
        # Inside no_sync() backward() only adds to .grad; the last backward() all-reduces.
        context = ddp.no_sync() if use_no_sync and not last else contextlib.nullcontext()
        with context:
            loss = nn.functional.mse_loss(ddp(x), y) / len(micro_batches)
            loss.backward()


def worker(rank, world_size, port, results):
    torch.set_num_threads(1)
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size
    )
    torch.manual_seed(rank)
    micro_batches = [(torch.randn(4, 3), torch.randn(4, 1)) for _ in range(4)]
    model = nn.Linear(3, 1)
    report = [rank]
    grads = []
    for use_no_sync in (False, True):
        ddp = DDP(copy.deepcopy(model))
        calls = []

        def counting_hook(state, bucket, calls=calls):
            calls.append(1)  # one all-reduce of a bucket of gradients
            return default_hooks.allreduce_hook(state, bucket)

        ddp.register_comm_hook(None, counting_hook)
        accumulate(ddp, micro_batches, use_no_sync)
        report.append(len(calls))
        grads.append(ddp.module.weight.grad)
    report.append(torch.allclose(*grads))
    results.put(tuple(report))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, without, with_no_sync, same in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: all-reduces without no_sync {without}, with no_sync {with_no_sync}")
        #> rank 0: all-reduces without no_sync 4, with no_sync 1
        #> rank 1: all-reduces without no_sync 4, with no_sync 1
        print(f"rank {rank}: same accumulated gradient: {same}")
        #> rank 0: same accumulated gradient: True
        #> rank 1: same accumulated gradient: True
