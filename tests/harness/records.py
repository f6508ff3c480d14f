"""Which snippets were verified on which device: written by the tests, read by the site build.

A record holds the snippet file's hash, so an edited snippet counts as unverified until the
tests run it again. Kept free of heavy imports: theme/hooks.py reads it on every build.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile

from . import ROOT

VERIFIED_DIR = ROOT / "build" / "verified"


def record_verification(snippet, device: str, label: str, torch_version: str) -> None:
    """Note that `snippet`, as it is now, printed what its pages show on `device`."""
    digest = hashlib.sha256(snippet.path.read_bytes()).hexdigest()
    record = {
        "snippet": snippet.rel,
        "device": device,
        "label": label,
        "torch": torch_version,
        "sha256": digest,
    }
    VERIFIED_DIR.mkdir(parents=True, exist_ok=True)
    target = VERIFIED_DIR / f"{snippet.chapter}__{snippet.path.stem}.{device}.json"
    fd, tmp = tempfile.mkstemp(dir=VERIFIED_DIR, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(record, handle, indent=1)
    os.replace(tmp, target)


def verification_records() -> dict[str, dict[str, dict]]:
    """snippet path -> device -> record, for records that match the snippet file as it is now."""
    found: dict[str, dict[str, dict]] = {}
    for path in sorted(VERIFIED_DIR.glob("*.json")) if VERIFIED_DIR.is_dir() else []:
        record = json.loads(path.read_text(encoding="utf-8"))
        source = ROOT / record["snippet"]
        if source.is_file() and hashlib.sha256(source.read_bytes()).hexdigest() == record["sha256"]:
            found.setdefault(record["snippet"], {})[record["device"]] = record
    return found
