import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def worker(rank, world_size, port, results):
    torch.set_num_threads(1)
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size
    )
    torch.manual_seed(0)
    model = nn.Linear(2, 1)
    x, y = torch.randn(10, 2), torch.randn(10, 1)
    dataset = TensorDataset(x, y)
    # 10 samples on 2 ranks: 5 each, no sample counted twice (no padding).
    sampler = DistributedSampler(dataset, shuffle=False)
    loader = DataLoader(dataset, batch_size=2, sampler=sampler)

    loss_fn = nn.MSELoss(reduction="sum")  # sums, not means: they add up across ranks
    totals = torch.zeros(2)  # (sum of losses, number of samples)
    with torch.no_grad():
        for xb, yb in loader:
            totals += torch.stack([loss_fn(model(xb), yb), torch.tensor(float(len(xb)))])
    local = (totals[0] / totals[1]).item()
    dist.all_reduce(totals)
    overall = (totals[0] / totals[1]).item()
    with torch.no_grad():
        single = nn.functional.mse_loss(model(x), y).item()  # one process, every sample
    results.put((rank, round(local, 4), round(overall, 4), round(single, 4)))
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, local, overall, single in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: own shard {local}, all ranks {overall}, one process {single}")
        #> rank 0: own shard 1.9586, all ranks 2.1391, one process 2.1391
        #> rank 1: own shard 2.3196, all ranks 2.1391, one process 2.1391
