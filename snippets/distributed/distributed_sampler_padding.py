from torch.utils.data import DistributedSampler

dataset = list(range(9))  # any object with a length works here
# Without a process group, give the world size and the rank yourself.
for rank in range(2):
    sampler = DistributedSampler(dataset, num_replicas=2, rank=rank, shuffle=False)
    print(f"rank {rank}: {list(sampler)}")
    #> rank 0: [0, 2, 4, 6, 8]
    #> rank 1: [1, 3, 5, 7, 0]
for rank in range(2):
    sampler = DistributedSampler(dataset, num_replicas=2, rank=rank, shuffle=False, drop_last=True)
    print(f"rank {rank}, drop_last=True: {list(sampler)}")
    #> rank 0, drop_last=True: [0, 2, 4, 6]
    #> rank 1, drop_last=True: [1, 3, 5, 7]
