import socket

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.utils.data import DataLoader, Subset, TensorDataset


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
    x, y = torch.randn(9, 2), torch.randn(9, 1)
    dataset = TensorDataset(x, y)
    # 9 samples on 2 ranks, every sample once: rank 0 gets 5 (0, 2, ..., 8), rank 1 gets 4.
    shard = Subset(dataset, range(rank, len(dataset), world_size))
    loader = DataLoader(shard, batch_size=2)

    loss_fn = nn.MSELoss(reduction="sum")  # sums, not means: they add up across ranks
    totals = torch.zeros(2)  # (sum of losses, number of samples)
    with torch.no_grad():
        for xb, yb in loader:
            totals += torch.stack([loss_fn(model(xb), yb), torch.tensor(float(len(xb)))])
    local = totals[0] / totals[1]

    mean_of_means = local.clone()
    dist.all_reduce(mean_of_means)
    mean_of_means /= world_size  # wrong: a sample of the small shard weighs more
    dist.all_reduce(totals)
    overall = totals[0] / totals[1]
    with torch.no_grad():
        single = nn.functional.mse_loss(model(x), y)  # one process, every sample
    numbers = [round(v.item(), 4) for v in (local, mean_of_means, overall, single)]
    results.put((rank, *numbers))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, local, means, overall, single in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}: own shard {local}, mean of the means {means}")
        #> rank 0: own shard 2.3401, mean of the means 2.1738
        #> rank 1: own shard 2.0075, mean of the means 2.1738
        print(f"rank {rank}: from sums and counts {overall}, one process {single}")
        #> rank 0: from sums and counts 2.1923, one process 2.1923
        #> rank 1: from sums and counts 2.1923, one process 2.1923
