import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Jitter(Dataset):
    """Random jitter from the dataset's own NumPy generator, created once in __init__."""

    def __init__(self):
        self.rng = np.random.default_rng(0)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return torch.from_numpy(self.rng.normal(size=1))  # a CPU tensor, as workers need


def seed_worker(worker_id):
    """Runs in each worker before it loads anything: reseed what PyTorch does not."""
    worker = torch.utils.data.get_worker_info()
    worker.dataset.rng = np.random.default_rng(worker.seed)  # base_seed + worker_id


def jitters(**options):
    generator = torch.Generator().manual_seed(0)
    loader = DataLoader(
        Jitter(),
        batch_size=2,
        num_workers=2,
        multiprocessing_context="fork",  # Linux: workers start as copies of this process
        generator=generator,
        **options,
    )
    first, second = list(loader)  # batch 0 from worker 0, batch 1 from worker 1
    return first, second


# Each worker gets a copy of the dataset, its generator included: the same "random" numbers.
first, second = jitters()
print(torch.equal(first, second))
#> True
first, second = jitters(worker_init_fn=seed_worker)
print(torch.equal(first, second))
#> False
again = jitters(worker_init_fn=seed_worker)  # the same generator seed: the same numbers
print(all(torch.equal(a, b) for a, b in zip((first, second), again, strict=True)))
#> True
