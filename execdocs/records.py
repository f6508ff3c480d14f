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
    """How a page names the device its examples ran on: "CPU", "CUDA (NVIDIA H100 80GB HBM3)"."""
    if device == "cuda":
        import torch

        return f"CUDA ({torch.cuda.get_device_name()})"
    return "CPU"


def record_verification(snippet, device: str) -> None:
    """Note that `snippet`, as it is now, printed what its pages show on `device`."""
    import torch

    record = {
        "snippet": snippet.rel,
        "device": device,
        "label": device_label(device),
        "torch": torch.__version__.split("+")[0],
        "sha256": hashlib.sha256(snippet.path.read_bytes()).hexdigest(),
    }
    VERIFIED_DIR.mkdir(parents=True, exist_ok=True)
    target = VERIFIED_DIR / f"{snippet.chapter}__{snippet.path.stem}.{device}.json"
    write_atomically(target, json.dumps(record, indent=1))


def verification_records() -> dict[str, dict[str, dict]]:
    """snippet path -> device -> record, for records that match the snippet file as it is now."""
    found: dict[str, dict[str, dict]] = {}
    for path in sorted(VERIFIED_DIR.glob("*.json")) if VERIFIED_DIR.is_dir() else []:
        record = json.loads(path.read_text(encoding="utf-8"))
        source = ROOT / record["snippet"]
        if source.is_file() and hashlib.sha256(source.read_bytes()).hexdigest() == record["sha256"]:
            found.setdefault(record["snippet"], {})[record["device"]] = record
    return found
