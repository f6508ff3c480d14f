"""execdocs: the machinery behind the guide's executable documentation.

Used alike by the tests (`tests/`), the MkDocs hooks (`theme/hooks.py`), `nox` and the preview.

- `snippets`: where snippet files live and their per-file settings (`snippets/<chapter>/snippets.toml`).
- `outputs`: the `#>` output lines: rendering them from a real run, comparing across devices.
- `runner`: runs one snippet in a fresh process (forked from a server that has torch imported).
- `verify`: compares a run with the documented output; writes it in update mode.
- `portability`: read from the code: modules make their tensors on their inputs' device.
- `records`: which snippets were verified on which device (read by the site build).
- `pages`: pages in both languages, their includes, anchors and twins.
- `comments`: code comments in the reader's language (`snippets/<chapter>/zh.po`).
- `notebooks`: notebooks generated from the pages and executed (`python -m execdocs.notebooks`).
- `stale_pages`: pages whose twin changed after them (`python -m execdocs.stale_pages`).
- `preview`: the two-language live preview (`python -m execdocs.preview`, i.e. `nox -s serve`).
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
