"""Snippet files and their settings.

Every `*.py` file under `snippets/<chapter>/` is one runnable example. Its documented output is
the `#>` lines under each `print` (and under a statement that raises on purpose). Settings that
differ from the defaults live in `snippets/<chapter>/snippets.toml`, never in the file a reader copies.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import tomllib

from . import ROOT

SNIPPETS_DIR = ROOT / "snippets"
SETTINGS_NAME = (
    "snippets.toml"  # optional, one per chapter folder: snippets/<chapter>/snippets.toml
)

# The passes each snippet runs in (tests/test_snippets.py), as `python snippet.py` on:
DEVICES = {
    "cpu": "a machine without a GPU (CUDA_VISIBLE_DEVICES emptied): writes the documented output",
    "cuda": "a machine with a CUDA GPU, the code unchanged: it uses the GPU where it selects it",
    "cuda-default": "a CUDA GPU as torch's default device (`torch.set_default_device('cuda')`): "
    "a numerics check of the layers on the GPU, never a reason to change reader code",
}
# How the output of a CUDA run is compared with the documented output (which is the CPU run's).
CUDA_MODES = {
    "exact": "identical text once `device='cuda:0'` is removed",
    "close": "same text; floating-point numbers may differ by rtol=1e-3, atol=1e-4; "
    "integers (shapes, counts, indices) must be identical",
    "structure": "same text with every floating-point number masked (random values); "
    "integers, shapes, dtypes and words must be identical",
    "run": "must run without error or warning; output not compared (needs a `reason`)",
}
DEFAULTS = {
    "timeout": 60,
    "cuda": "close",
    "threads": 1,
    "needs_data": False,
    "notebook_only": False,
    "default_device": True,  # false: left out of the "cuda-default" pass (needs a `reason`)
    "reason": "",
}


class SettingsError(Exception):
    pass


@dataclass(frozen=True)
class Snippet:
    path: Path
    timeout: float
    cuda: str
    threads: int
    needs_data: bool
    notebook_only: bool
    reason: str
    default_device: bool = True

    @property
    def rel(self) -> str:
        """Path relative to the repository root, as pages include it: `snippets/x/y.py`."""
        try:
            return self.path.relative_to(ROOT).as_posix()
        except ValueError:  # a snippet outside the repository (the harness's own tests)
            return self.path.as_posix()

    @property
    def key(self) -> str:
        """Path relative to `snippets/`, as `snippets.toml` names it."""
        return self.path.relative_to(self.path.parents[1]).as_posix()

    @property
    def settings_file(self) -> str:
        return f"snippets/{self.path.parent.name}/{SETTINGS_NAME}"

    @property
    def chapter(self) -> str:
        return self.path.parent.name

    def __str__(self) -> str:
        return self.key


def data_root() -> str:
    """Where FashionMNIST lives: $NN_GUIDE_DATA, else data/ in the repository."""
    return os.environ.get("NN_GUIDE_DATA", str(ROOT / "data"))


def data_problem(snippet: Snippet, data_root: str) -> str | None:
    """What to do when a snippet that reads FashionMNIST finds no data (None if it has it)."""
    if not snippet.needs_data or (Path(data_root) / "FashionMNIST" / "raw").is_dir():
        return None
    return (
        f"{snippet.rel} reads FashionMNIST and {data_root}/FashionMNIST/raw/ does not "
        "exist: set NN_GUIDE_DATA to a folder holding FashionMNIST/raw/ with the four "
        "files (CI: ../shared/datasets), or run once with internet access so torchvision "
        "downloads them there."
    )


def data_fingerprint(root: str | None = None) -> list:
    """What the notebooks' data is, not where it is: name, size and SHA-256 of each file
    under $NN_GUIDE_DATA/FashionMNIST/raw/ (the same data at another path reuses outputs)."""
    raw = Path(root or data_root()) / "FashionMNIST" / "raw"
    found = []
    for path in sorted(raw.iterdir()) if raw.is_dir() else []:
        if path.is_file():
            found.append([path.name, path.stat().st_size, _sha256(path)])
    return found


@cache
def _sha256_cached(path: str, size: int, mtime_ns: int) -> str:

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    stat = path.stat()
    return _sha256_cached(str(path), stat.st_size, stat.st_mtime_ns)


def snippet_files(snippets_dir: Path = SNIPPETS_DIR) -> list[Path]:
    return sorted(p for p in snippets_dir.rglob("*.py") if "__pycache__" not in p.parts)


def load_settings(chapter_dir: Path) -> dict[str, dict]:
    """Read `<chapter>/snippets.toml`: tables named after snippet files, with known keys only."""
    settings_file = chapter_dir / SETTINGS_NAME
    if not settings_file.exists():
        return {}
    where = settings_file.relative_to(chapter_dir.parent.parent).as_posix()
    try:
        data = tomllib.loads(settings_file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{where}: not valid TOML: {exc}") from None
    for name, table in data.items():
        here = f'{where} ["{name}"]'
        if not isinstance(table, dict) or not (chapter_dir / name).is_file():
            raise SettingsError(
                f"{here}: there is no snippet {chapter_dir.name}/{name}. Each table is named "
                "after a snippet file in this folder; fix the name or delete the table."
            )
        unknown = set(table) - set(DEFAULTS)
        if unknown:
            raise SettingsError(
                f"{here}: unknown setting(s) {sorted(unknown)}; known: {sorted(DEFAULTS)}."
            )
        mode = table.get("cuda", DEFAULTS["cuda"])
        if mode not in CUDA_MODES:
            raise SettingsError(
                f"{here}: cuda = {mode!r}; choose one of "
                + ", ".join(f"{m!r} ({d})" for m, d in CUDA_MODES.items())
            )
        if table.get("notebook_only") and not table.get("reason"):
            raise SettingsError(
                f"{here}: notebook_only = true leaves this snippet to the notebook that includes "
                'it, so it needs reason = "why it must not run twice per build".'
            )
        default_device = table.get("default_device", True)
        if not isinstance(default_device, bool):
            raise SettingsError(
                f"{here}: default_device = {default_device!r}; write true or false (false leaves "
                'the snippet out of the pass with CUDA as the default device, with reason = "...").'
            )
        if not default_device and not table.get("reason"):
            raise SettingsError(
                f"{here}: default_device = false leaves this snippet out of the pass with CUDA as "
                "torch's default device, so it needs reason = \"why it cannot run as written "
                'there" (e.g. a DataLoader that shuffles with a CPU generator).'
            )
        if mode == "run" and not table.get("reason"):
            raise SettingsError(
                f'{here}: cuda = "run" skips the output comparison on CUDA, so it needs '
                'reason = "why the CUDA output legitimately differs".'
            )
    return data


def skip_reason(snippet: Snippet, device: str) -> str | None:
    """Why `snippet` does not run in the `device` pass (None: it runs), from its settings."""
    if device not in DEVICES:
        raise ValueError(f"unknown pass {device!r}; known: {sorted(DEVICES)}")
    if snippet.notebook_only:
        return (
            "runs in its page's notebook (execdocs/notebooks.py; an error or warning there fails "
            f"the build): {snippet.reason}"
        )
    if device == "cuda-default" and not snippet.default_device:
        return f"left out of the pass with CUDA as the default device: {snippet.reason}"
    return None


def discover(snippets_dir: Path = SNIPPETS_DIR) -> list[Snippet]:
    found, settings = [], {}
    for path in snippet_files(snippets_dir):
        chapter = path.parent
        if chapter not in settings:
            settings[chapter] = load_settings(chapter)
        cfg = DEFAULTS | settings[chapter].get(path.name, {})
        found.append(
            Snippet(
                path=path,
                timeout=float(cfg["timeout"]),
                cuda=cfg["cuda"],
                threads=int(cfg["threads"]),
                needs_data=bool(cfg["needs_data"]),
                notebook_only=bool(cfg["notebook_only"]),
                reason=cfg["reason"],
                default_device=cfg["default_device"],
            )
        )
    return found
