"""Report translations that may be stale: `python -m execdocs.stale_pages`.

tests/test_pages.py already fails when a page's twins disagree on their snippet includes or
heading anchors. What it cannot see is prose: an English paragraph rewritten while the Chinese
one was not. This compares git history: a page is reported as possibly stale when its twin was
changed in a commit made after the page's own last change. It is a report for reviewers (printed
by `nox -s docs`), not a failure: a typo fix in one language need not touch the other. Mark a
page as brought up to date by committing it (a real edit, or an empty line change noted in the
commit message as "translation checked").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from . import ROOT


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout


def stale_pages(root: Path = ROOT) -> list[str]:
    """One line per page whose twin changed after the page itself last did."""
    if not (root / ".git").exists():
        return []
    report = []
    for en in sorted((root / "docs" / "en").rglob("*.md")):
        rel = en.relative_to(root / "docs" / "en")
        zh = root / "docs" / "zh" / rel
        if not zh.exists():
            continue
        for page, twin in ((zh, en), (en, zh)):
            page_rel, twin_rel = page.relative_to(root), twin.relative_to(root)
            last = _git("log", "-1", "--format=%H", "--", str(page_rel), cwd=root).strip()
            if not last:
                continue  # not committed yet
            newer = _git(
                "log", "--format=%h %cs %s", f"{last}..HEAD", "--", str(twin_rel), cwd=root
            )
            if newer.strip():
                commits = newer.strip().splitlines()
                report.append(
                    f"{page_rel} may be stale: {twin_rel} changed in {len(commits)} later "
                    f"commit(s), latest {commits[0]}"
                )
    return report


def main() -> int:
    report = stale_pages()
    if report:
        print("translations to review (the twin changed after this page last did):")
        print("\n".join(f"  {line}" for line in report))
    else:
        print("translations: every page was updated together with its twin")
    return 0


if __name__ == "__main__":
    sys.exit(main())
