import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
# bfloat16 where the hardware computes it natively (CPUs, NVIDIA GPUs since Ampere): no scaler.
# float16 with a GradScaler on older NVIDIA GPUs.
if device == "cpu" or torch.cuda.is_bf16_supported(including_emulation=False):
    amp_dtype = torch.bfloat16
else:
    amp_dtype = torch.float16
use_scaler = amp_dtype == torch.float16  # bfloat16 has float32's range: no scaling needed

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 1)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.amp.GradScaler(device, enabled=use_scaler)  # disabled: every call passes through
x = torch.randn(64, 8, device=device)
y = x.sum(dim=1, keepdim=True)

for step in range(100):
    optimizer.zero_grad()
    with torch.autocast(device_type=device, dtype=amp_dtype):
        loss = nn.functional.mse_loss(model(x), y)
    scaler.scale(loss).backward()  # the loss times the scale, so small float16 gradients survive
    scaler.unscale_(optimizer)  # divides the gradients by the scale: clip the true gradients
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=10.0)
    scaler.step(optimizer)  # skips the step if a gradient is inf or nan
    scaler.update()  # adapts the scale for the next step
    if step in (0, 99):
        print(f"step {step}: loss {loss.item():.3f}")
        #> step 0: loss 10.595
        #> step 99: loss 0.018

print(device, amp_dtype, scaler.is_enabled())
#> cpu torch.bfloat16 False
print(scaler.scale(loss) is loss)  # a disabled scaler hands the loss back unchanged
#> True
