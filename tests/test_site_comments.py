"""The built site shows code comments in the page's language (execdocs/comments.py): Chinese on
the zh pages and notebooks, English on the en ones; `#>` output lines are never translated."""

from __future__ import annotations

import html
import re

import pytest

from execdocs import ROOT
from execdocs.comments import CJK

pytestmark = pytest.mark.site
SITE = ROOT / "site"
COMMENT = re.compile(r'<span class="(?:c1|c|ch|cm)(?: [^"]*)?">(.*?)</span>', re.S)


def shown_comments(lang: str) -> dict[str, list[str]]:
    """page -> the comment lines in its highlighted code, without `#>` output lines."""
    root = SITE / lang
    if not (root / "index.html").exists():
        pytest.fail(f"{root} is not built: run `nox -s docs`", pytrace=False)
    found = {}
    for page in sorted(root.rglob("*.html")):
        texts = [
            html.unescape(re.sub(r"<[^>]+>", "", m))
            for m in COMMENT.findall(page.read_text("utf-8"))
        ]
        comments = [t for t in texts if t.startswith("#") and not t.startswith("#>")]
        if comments:
            found[page.relative_to(root).as_posix()] = comments
    return found


def test_chinese_pages_show_chinese_comments():
    pages = shown_comments("zh")
    total = sum(len(c) for c in pages.values())
    chinese = sum(1 for c in pages.values() for t in c if CJK.search(t))
    assert total > 100, f"only {total} comment lines found on the zh site: is the parser stale?"
    english = [(p, t) for p, c in pages.items() for t in c if not CJK.search(t)]
    assert chinese >= 0.9 * total, (
        f"{chinese} of {total} comment lines on the zh site are Chinese (< 90 %); for example "
        + "; ".join(f"{p}: {t}" for p, t in english[:5])
        + ". Translate them in snippets/<chapter>/zh.po (`nox -s translations`)."
    )


def test_english_pages_show_english_comments():
    pages = shown_comments("en")
    chinese = [(p, t) for p, c in pages.items() for t in c if CJK.search(t)]
    assert sum(len(c) for c in pages.values()) > 100
    assert not chinese, f"Chinese comments on the en site: {chinese[:5]}"
