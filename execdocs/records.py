"""Which snippets were verified on which device: written by the tests, read by the site build.

A record holds the snippet file's hash, so an edited snippet counts as unverified until the
tests run it again. Kept free of heavy imports: theme/hooks.py reads it on every build.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from . import ROOT

VERIFIED_DIR = ROOT / "build" / "verified"
FIGURES_DIR = ROOT / "build" / "figures"


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` in one step: a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


@cache
def device_label(device: str) -> str:
    """How a page names the device pass its examples ran in (execdocs.snippets.DEVICES): "CPU",
    "CUDA (NVIDIA H100 80GB HBM3)", "CUDA (NVIDIA H100 80GB HBM3) as the default device"."""
    if device.startswith("cuda"):
        import torch

        label = f"CUDA ({torch.cuda.get_device_name()})"
        return label + (" as the default device" if device == "cuda-default" else "")
    return "CPU"


MACHINERY = ("runner.py", "outputs.py", "verify.py", "snippets.py", "records.py")


@cache
def _machinery() -> str:
    import sys

    import torch

    digest = hashlib.sha256(f"{sys.version} {torch.__version__}".encode())
    for name in MACHINERY:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()


def run_key(snippet, device: str, data_root: str) -> str:
    """Everything a run's outcome depends on: the file, its settings, the machinery that runs
    and checks it, Python, torch, the device, and the data it reads (by content)."""
    from .snippets import data_fingerprint

    parts = [
        hashlib.sha256(snippet.path.read_bytes()).hexdigest(),
        repr((snippet.timeout, snippet.cuda, snippet.threads, snippet.needs_data)),
        _machinery(),
        device_label(device),
        repr(data_fingerprint(data_root)) if snippet.needs_data else "",
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def reusable(snippet, device: str, key: str) -> bool:
    """True if a run with this very key passed before and left every figure it made."""
    target = _record_path(snippet, device)
    if not target.exists():
        return False
    record = json.loads(target.read_text(encoding="utf-8"))
    figures = FIGURES_DIR / snippet.chapter
    return record.get("key") == key and all((figures / f).exists() for f in record["figures"])


def _record_path(snippet, device: str) -> Path:
    return VERIFIED_DIR / f"{snippet.chapter}__{snippet.path.stem}.{device}.json"


def record_verification(snippet, device: str, key: str = "", figures: list[str] = ()) -> None:
    """Note that `snippet`, as it is now, printed what its pages show on `device`."""
    import torch

    record = {
        "snippet": snippet.rel,
        "device": device,
        "label": device_label(device),
        "torch": torch.__version__.split("+")[0],
        "sha256": hashlib.sha256(snippet.path.read_bytes()).hexdigest(),
        "key": key,
        "figures": list(figures),
    }
    VERIFIED_DIR.mkdir(parents=True, exist_ok=True)
    write_atomically(_record_path(snippet, device), json.dumps(record, indent=1))


def verification_records() -> dict[str, dict[str, dict]]:
    """snippet path -> device -> record, for records that match the snippet file as it is now."""
    found: dict[str, dict[str, dict]] = {}
    for path in sorted(VERIFIED_DIR.glob("*.json")) if VERIFIED_DIR.is_dir() else []:
        record = json.loads(path.read_text(encoding="utf-8"))
        source = ROOT / record["snippet"]
        if source.is_file() and hashlib.sha256(source.read_bytes()).hexdigest() == record["sha256"]:
            found.setdefault(record["snippet"], {})[record["device"]] = record
    return found
