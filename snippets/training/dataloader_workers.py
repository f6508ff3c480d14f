import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class NoisyPoints(Dataset):
    """The points 0, 1, ..., 7, with random noise added each time a sample is read."""

    def __init__(self):
        # Data for worker processes stays on the CPU: workers must never touch the GPU.
        self.points = torch.arange(8.0, device="cpu")

    def __len__(self):
        return len(self.points)

    def __getitem__(self, index):
        worker = get_worker_info()  # None in the main process; id and seed in a worker
        noisy = self.points[index] + 0.1 * torch.randn((), device="cpu")
        return noisy, torch.tensor([worker.id, worker.seed], device="cpu")


def one_epoch(seed):
    loader = DataLoader(
        NoisyPoints(),
        batch_size=2,
        num_workers=2,  # two processes prepare batches while the main one trains
        multiprocessing_context="fork",  # Linux: workers start as copies of this process
        pin_memory=torch.cuda.is_available(),  # page-locked batches copy to the GPU faster
        generator=torch.Generator().manual_seed(seed),
    )
    return list(loader)


batches = one_epoch(seed=0)
print([info[:, 0].tolist() for _, info in batches])  # workers take turns, one batch each
#> [[0, 0], [1, 1], [0, 0], [1, 1]]
print([[round(v, 2) for v in x.tolist()] for x, _ in batches])
#> [[-0.01, 1.22], [1.91, 2.97], [4.01, 5.04], [5.93, 7.14]]

# Each worker seeds torch, random and NumPy with base_seed + its id; the loader draws
# base_seed from its generator at every epoch. The two workers' seeds:
seeds = [batches[0][1][0, 1].item(), batches[1][1][0, 1].item()]
print(seeds[1] - seeds[0])
#> 1
# The same generator seed gives the same noise again.
print(all(torch.equal(a, b) for (a, _), (b, _) in zip(batches, one_epoch(seed=0), strict=True)))
#> True
