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


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(2, 2)
        self.head_a = nn.Linear(2, 1)
        self.head_b = nn.Linear(2, 1)

    def forward(self, x, task):
        # Only one head takes part in each forward pass.
        return (self.head_a if task == "a" else self.head_b)(self.body(x))


def train(find_unused_parameters, log):
    torch.manual_seed(0)
    model = DDP(TwoHeads(), find_unused_parameters=find_unused_parameters)
    for step in range(2):
        log.append(f"forward pass {step}")
        out = model(torch.randn(4, 2), task="a")
        log.append(f"backward pass {step}")
        out.sum().backward()
    return model


def worker(rank, world_size, port, results):
    torch.set_num_threads(1)
    dist.init_process_group(
        "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world_size
    )
    log = []
    try:
        train(find_unused_parameters=False, log=log)
        error = ["no error"]
    except RuntimeError as exc:
        lines = str(exc).splitlines()
        # The first sentence, and the line that names the parameters without a gradient.
        error = [lines[0].split(". ")[0], next(x for x in lines if x.startswith("Parameter"))]
    model = train(find_unused_parameters=True, log=[])
    results.put((rank, log[-1], error, model.module.head_b.weight.grad))
    dist.barrier()  # no rank tears down while another still communicates
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    results = mp.get_context("spawn").SimpleQueue()
    mp.spawn(worker, args=(world_size, free_port(), results), nprocs=world_size)
    for rank, failed_in, error, grad in sorted(results.get() for _ in range(world_size)):
        print(f"rank {rank}, find_unused_parameters=False, {failed_in}: {error[0]}")
        #> rank 0, find_unused_parameters=False, forward pass 1: Expected to have finished reduction in the prior iteration before starting a new one
        #> rank 1, find_unused_parameters=False, forward pass 1: Expected to have finished reduction in the prior iteration before starting a new one
        print(f"rank {rank}: {error[-1]}")
        #> rank 0: Parameter indices which did not receive grad for rank 0: 4 5
        #> rank 1: Parameter indices which did not receive grad for rank 1: 4 5
        print(f"rank {rank}, find_unused_parameters=True: head_b.weight.grad is {grad}")
        #> rank 0, find_unused_parameters=True: head_b.weight.grad is None
        #> rank 1, find_unused_parameters=True: head_b.weight.grad is None
