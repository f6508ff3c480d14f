"""Code comments in the reader's language: every comment of every snippet has a current Chinese
translation, and translating changes nothing but comments (execdocs/comments.py)."""

from __future__ import annotations

import pytest

from execdocs.comments import (
    CatalogueError,
    catalogue_path,
    problems,
    translated_snippet,
    unused_entries,
)
from execdocs.outputs import OUTPUT_LINE
from execdocs.pages import rel
from execdocs.snippets import SNIPPETS_DIR, snippet_files

SNIPPETS = snippet_files()
CHAPTERS = sorted({p.parent for p in SNIPPETS})


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: rel(p))
def test_every_comment_has_a_current_translation(snippet):
    found = problems(snippet)
    if found:
        pytest.fail("\n".join(map(str, found)), pytrace=False)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: rel(p))
def test_translation_changes_only_comments(snippet):
    source = snippet.read_text(encoding="utf-8")
    try:
        translated = translated_snippet(snippet)  # checks the code tokens itself
    except CatalogueError as exc:
        pytest.fail(str(exc), pytrace=False)
    outputs = [line for line in source.splitlines() if OUTPUT_LINE.match(line)]
    assert [line for line in translated.splitlines() if OUTPUT_LINE.match(line)] == outputs


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda p: p.name)
def test_catalogue_has_no_unused_entries(chapter):
    unused = unused_entries(chapter)
    assert not unused, (
        f"{rel(catalogue_path(chapter))}: {len(unused)} entries no comment uses any more "
        f"(first: {unused[0]!r}). Run `nox -s translations` to drop them."
    )


def test_there_are_snippets_to_check():
    assert SNIPPETS and SNIPPETS_DIR.is_dir()
