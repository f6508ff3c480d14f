import os
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


def train(results=None):
    # torchrun sets these for every process; the spawn branch below sets them itself.
    rank = int(os.environ["RANK"])
    local_rank = int(os.environ["LOCAL_RANK"])  # the GPU's number on this machine
    device = torch.device("cuda", local_rank)
    torch.cuda.set_device(device)  # this process uses this GPU only
    dist.init_process_group("nccl", device_id=device)  # env://: MASTER_ADDR, MASTER_PORT, ...

    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
    model = nn.SyncBatchNorm.convert_sync_batchnorm(model).to(device)
    ddp = DDP(model, device_ids=[local_rank])
    optimizer = torch.optim.SGD(ddp.parameters(), lr=0.1)
    torch.manual_seed(rank)  # each rank its own batch
    x, y = torch.randn(16, 4, device=device), torch.randn(16, 1, device=device)
    for _ in range(5):
        optimizer.zero_grad()
        nn.functional.mse_loss(ddp(x), y).backward()
        optimizer.step()
    line = (
        f"rank {rank} on {device}: SyncBatchNorm mean "
        f"{[round(v, 4) for v in model[1].running_mean[:2].tolist()]}, "
        f"weight {[round(v, 4) for v in model[0].weight[0, :2].tolist()]}"
    )
    if results is None:
        print(line)  # under torchrun every process prints its own line
    else:
        results.put((rank, line))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


def spawned(local_rank, world_size, port, results):
    os.environ.update(
        MASTER_ADDR="127.0.0.1",
        MASTER_PORT=str(port),
        WORLD_SIZE=str(world_size),
        RANK=str(local_rank),  # one machine: rank = local rank
        LOCAL_RANK=str(local_rank),
    )
    train(results)


if __name__ == "__main__":
    if "LOCAL_RANK" in os.environ:  # started by torchrun
        train()
    elif torch.cuda.device_count() < 2:
        print("This example needs at least 2 CUDA devices; there are fewer here, so it stops.")
        #> This example needs at least 2 CUDA devices; there are fewer here, so it stops.
    else:
        world_size = torch.cuda.device_count()
        results = mp.get_context("spawn").SimpleQueue()
        mp.spawn(spawned, args=(world_size, free_port(), results), nprocs=world_size)
        for _, line in sorted(results.get() for _ in range(world_size)):
            print(line)
