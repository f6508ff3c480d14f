"""Docstrings are code text the reader sees: they are translation units like comments
(execdocs/comments.py), substituted so that the code stays the same token for token."""

from __future__ import annotations

import pytest

from execdocs.comments import (
    CatalogueError,
    docstring_units,
    problems,
    translate,
    translated_snippet,
    update_catalogue,
)
from tests.conftest import planted_chapter as _chapter

PO_HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'

CODE = '''\
"""Squares, computed on demand."""

import torch


class Squares(torch.utils.data.Dataset):
    """n samples (x, x**2):
    nothing is stored.
    """

    def __getitem__(self, i):  # one sample
        """The i-th sample."""
        return i, i * i

    def label(self):
        x = "not a docstring"
        return x


print(Squares.__doc__.splitlines()[0], Squares()[3])
#> n samples (x, x**2): (3, 9)
'''


def test_docstrings_of_module_classes_and_functions_are_units():
    found = [(u.first_row, u.last_row, u.col, u.text) for u in docstring_units(CODE)]
    assert found == [
        (1, 1, 0, "Squares, computed on demand."),
        (7, 9, 4, "n samples (x, x**2):\nnothing is stored."),
        (12, 12, 8, "The i-th sample."),
    ]


def test_a_docstring_is_translated_on_the_zh_page(tmp_path):
    po = PO_HEAD + (
        'msgid "Squares, computed on demand."\nmsgstr "按需计算的平方。"\n\n'
        'msgid "n samples (x, x**2):\\nnothing is stored."\n'
        'msgstr "n 个样本 (x, x**2)：\\n按需计算，\\n不存储任何数据。"\n\n'
        'msgid "The i-th sample."\nmsgstr "第 i 个样本。"\n\n'
        'msgid "one sample"\nmsgstr "一个样本"\n'
    )
    _, path = _chapter(tmp_path, CODE, po)
    assert problems(path) == []
    assert translated_snippet(path) == CODE.replace(
        '"""Squares, computed on demand."""', '"""按需计算的平方。"""'
    ).replace(
        '    """n samples (x, x**2):\n    nothing is stored.\n    """',
        '    """n 个样本 (x, x**2)：\n    按需计算，\n    不存储任何数据。\n    """',
    ).replace('"""The i-th sample."""', '"""第 i 个样本。"""').replace("# one sample", "# 一个样本")


def test_a_missing_docstring_translation_names_file_line_and_fix(tmp_path):
    po = PO_HEAD + 'msgid "one sample"\nmsgstr "一个样本"\n'
    chapter, path = _chapter(tmp_path, CODE, po)
    found = [str(p) for p in problems(path)]
    assert len(found) == 3
    assert found[1] == (
        f"{path.as_posix()}:7: the docstring 'n samples (x, x**2):\\nnothing is stored.' has no "
        "Chinese translation. Run `nox -s translations` (it adds the docstring to "
        f"{(chapter / 'zh.po').as_posix()}), then write its msgstr."
    )
    # The extraction adds them, marked as docstrings for the translator.
    entries, missing, stale = update_catalogue(chapter)
    assert entries == 4 and missing + stale == 3  # stale: babel's fuzzy match to "one sample"
    assert "#. docstring\n" in (chapter / "zh.po").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "msgstr",
    [
        '按需计算的平方。\\"\\"\\" + print(1) + \\"\\"\\"',  # closes the string: code after it
        "按需计算\\\\n的平方",  # a backslash: an escape sequence, not the text
    ],
)
def test_a_docstring_translation_that_would_change_code_is_refused(tmp_path, msgstr):
    po = PO_HEAD + f'msgid "Squares, computed on demand."\nmsgstr "{msgstr}"\n'
    _, path = _chapter(tmp_path, CODE, po)
    with pytest.raises(CatalogueError, match=r"example\.py:1: the translation of the docstring"):
        translated_snippet(path)


def test_the_token_proof_allows_docstring_strings_only(tmp_path):
    """The proof itself: a changed STRING token passes only at a docstring's place, and only
    holding its translation."""
    from babel.messages.catalog import Catalog

    from execdocs.comments import _same_code

    source = 'def f():\n    """Doc."""\n    return "value"\n'
    assert _same_code(source, source.replace("Doc.", "文档。"), {(2, 4): "文档。"})
    # the same change where no docstring is translated, or holding other text: refused
    assert not _same_code(source, source.replace("Doc.", "文档。"), {})
    assert not _same_code(source, source.replace("Doc.", "文档。"), {(2, 4): "别的"})
    # a non-docstring string changed: refused even when a docstring is translated
    changed = source.replace("Doc.", "文档。").replace('"value"', '"值"')
    assert not _same_code(source, changed, {(2, 4): "文档。"})
    # and translate() with an empty catalogue changes nothing
    assert translate(CODE, Catalog(locale="zh_Hans")) == CODE
