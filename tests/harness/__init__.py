"""The machinery that verifies the guide: snippets, documented outputs, pages and their twins.

- `snippets`: where snippet files live and their per-file settings (`snippets/<chapter>/snippets.toml`).
- `outputs`: the `#>` output lines: rendering them from a real run, comparing across devices.
- `runner`: runs one snippet in a fresh process (forked from a server that has torch imported).
- `pages`: pages in both languages, their includes, anchors and twins.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
