"""What a page shows for a snippet include, per language: the snippet trees the build reads.

pymdownx.snippets reads included files from its `base_path`. Each language's build points it at
a tree of every snippet file as that language's reader sees it (theme/hooks.py, `on_config`):

- English: the files themselves;
- Chinese: the same files with their comments translated (`execdocs.comments`);
- in the preview, a snippet whose file changed shows its *live* output: the `#>` lines of a
  fresh run (`execdocs.live`), not the ones on disk, which only `nox -s update` rewrites.
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path

from . import ROOT, live
from .comments import catalogue_path, load_catalogue, translate
from .outputs import code_lines
from .pages import rel
from .records import write_atomically
from .snippets import SNIPPETS_DIR, snippet_files

TREES = ROOT / "build" / "snippets"  # build/snippets/<lang>/snippets/<chapter>/<file>.py


def text_for(path: Path, lang: str) -> str:
    """The snippet at `path` as the reader of `lang` sees it."""
    source = path.read_text(encoding="utf-8")
    fresh = live.outputs.get(rel(path))
    if fresh is not None and code_lines(fresh) == code_lines(
        source
    ):  # a run of the file as it is now
        source = fresh
    if lang == "zh":
        po = catalogue_path(path.parent)
        source = _translated(source, path, po.stat().st_mtime_ns if po.exists() else 0)
    return source


@lru_cache(maxsize=4096)
def _translated(source: str, path: Path, catalogue_mtime_ns: int) -> str:
    """Translations are remembered: a preview rebuild re-translates only what changed."""
    return translate(source, load_catalogue(path.parent), rel(path))


def write_tree(lang: str, snippets_dir: Path = SNIPPETS_DIR) -> Path | None:
    """Write `lang`'s tree and return its root, or None when the files themselves will do."""
    if lang == "en" and not live.outputs:
        return None
    root = TREES / lang
    wanted = set()
    for path in snippet_files(snippets_dir):
        target = root / rel(path)
        wanted.add(target)
        text = text_for(path, lang)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, text)
    for old in root.rglob("*.py") if root.is_dir() else []:
        if old not in wanted:
            old.unlink()
    return root


def clear() -> None:
    shutil.rmtree(TREES, ignore_errors=True)
