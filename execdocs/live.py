"""State the preview shares with the MkDocs hooks running in the same process.

`outputs`: snippet (as pages include it) -> its source with the `#>` lines of a fresh run, for
snippets whose file changed while the preview runs (`execdocs.preview`).
`problems`: snippet -> what went wrong when the preview ran it (shown in a box on the page).
`notices`: name of a background job (e.g. "notebooks") -> what the reader of the preview should
know about it ("being executed", or why it failed and how to fix that).
Empty outside the preview: `nox -s docs` never fills them.
"""

from __future__ import annotations

outputs: dict[str, str] = {}
problems: dict[str, str] = {}
notices: dict[str, str] = {}
