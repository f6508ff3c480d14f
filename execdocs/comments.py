"""Code comments in the reader's language: a gettext catalogue per chapter, applied by tokens.

The snippet files are the single source, in English. The Chinese comments live beside them in
`snippets/<chapter>/zh.po`, a gettext catalogue (what translators and their tools, Poedit,
Weblate, Babel, read and write). Everything the Chinese reader gets, the zh pages, their copy
button, the zh notebooks, shows the snippet with each comment replaced by its translation.

Units of translation (`translation_units`: `comment_units` and `docstring_units`):
- a trailing comment (`x = f(y)  # shape (2, 3)`): the text after `# `;
- a block of full-line comments on consecutive lines at the same column: their texts joined by
  newlines; the translation may have any number of lines, each written at the block's column;
- a docstring (of the module, a class or a function: a plain string statement that comes
  first in its body): its text as `inspect.cleandoc` gives it; the translation is written in
  the same quotes, its lines at the docstring's indentation, the closing quotes where they were.
Never translated: `#>` output lines, `# --8<-- [start:x]` section markers, pragmas
(`# noqa`, `# type:`, `# fmt:`), a shebang. A lone `#` line ends a block.

Why tokens, not a regex: the comments are found by Python's own tokenizer, so a `#` inside a
string is never touched, and `translate` checks its own result: the translated source must
tokenize to the very same code tokens (every token but comments and blank-line NL tokens, in
order, with the same text), except the STRING tokens of the docstrings, which must still be
STRING tokens at the same places, each holding exactly its translation. Code and `#>` lines
cannot change; only comment and docstring text can.
"""

from __future__ import annotations

import ast
import datetime
import difflib
import inspect
import io
import re
import tokenize
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import denormalize, read_po, write_po

from .pages import rel

CATALOGUE_NAME = "zh.po"  # snippets/<chapter>/zh.po
LANG = "zh"
NOT_TEXT = re.compile(r"^#(?:>(?: |$)|!| ?--8<-- \[|\s*(?:noqa|type:|fmt:|pragma)\b)")
HEADER_COMMENT = (
    "# Chinese comments for the snippets of this chapter: msgid is the English comment in the\n"
    "# snippet file, msgstr what the Chinese pages and notebooks show instead.\n"
    "# Update with `nox -s translations`; `nox -s docs` fails on a missing or stale (fuzzy) entry."
)
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class CatalogueError(Exception):
    pass


@dataclass(frozen=True)
class Unit:
    """One translatable comment: its text and where it stands (1-based rows, 0-based col)."""

    first_row: int
    last_row: int
    col: int
    trailing: bool
    text: str  # English, lines joined by "\n"
    end_col: int | None = None  # a docstring: where its STRING token ends (on last_row)

    @property
    def kind(self) -> str:
        return "comment" if self.end_col is None else "docstring"


def _comment_text(token: str) -> str:
    return token[1:].removeprefix(" ").rstrip()


def comment_units(source: str) -> list[Unit]:
    units: list[Unit] = []
    block: list[tokenize.TokenInfo] = []

    def close() -> None:
        if block:
            text = "\n".join(_comment_text(t.string) for t in block)
            units.append(
                Unit(block[0].start[0], block[-1].start[0], block[0].start[1], False, text)
            )
            block.clear()

    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type != tokenize.COMMENT:
            continue  # a block is comments on consecutive rows: code or a blank line ends it
        row, col = tok.start
        full_line = not tok.line[:col].strip()
        if NOT_TEXT.match(tok.string) or _comment_text(tok.string) == "":
            close()
            continue
        if not full_line:
            close()
            units.append(Unit(row, row, col, True, _comment_text(tok.string)))
            continue
        if block and (block[-1].start[0] != row - 1 or block[-1].start[1] != col):
            close()
        block.append(tok)
    close()
    return units


def docstring_units(source: str) -> list[Unit]:
    """The docstrings of the module, its classes and functions, as their STRING tokens."""
    tokens = {
        t.start: t
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type == tokenize.STRING
    }
    units = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(
            node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
        ) or not ast.get_docstring(node, clean=True):
            continue
        value = node.body[0].value
        # The docstring starts after indentation (ASCII): ast's byte column is the tokenizer's.
        tok = tokens.get((value.lineno, value.col_offset))
        if tok is None or tok.end[0] != value.end_lineno:
            continue  # implicitly joined strings ("a" "b"): not a docstring a reader writes
        text = ast.get_docstring(node, clean=True)
        units.append(Unit(tok.start[0], tok.end[0], tok.start[1], False, text, tok.end[1]))
    return sorted(units, key=lambda u: (u.first_row, u.col))


def translation_units(source: str) -> list[Unit]:
    """Comments and docstrings, in the order they appear."""
    units = comment_units(source) + docstring_units(source)
    return sorted(units, key=lambda u: (u.first_row, u.col))


def _docstring_positions(source: str) -> set[tuple[int, int]]:
    return {(u.first_row, u.col) for u in docstring_units(source)}


def _message_id(msgid) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


@cache
def _load(path: Path, mtime_ns: int) -> Catalog:
    with path.open("rb") as handle:
        try:
            return read_po(handle, locale="zh_Hans", abort_invalid=True)
        except Exception as exc:  # babel raises PoFileError with the line
            raise CatalogueError(f"{rel(path)}: not a valid gettext catalogue: {exc}") from None


def catalogue_path(chapter_dir: Path) -> Path:
    return chapter_dir / CATALOGUE_NAME


def load_catalogue(chapter_dir: Path) -> Catalog:
    path = catalogue_path(chapter_dir)
    if not path.exists():
        return Catalog(locale="zh_Hans")
    return _load(path, path.stat().st_mtime_ns)


@dataclass(frozen=True)
class Problem:
    where: str  # "snippets/x/y.py:12"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _translation(catalog: Catalog, text: str) -> tuple[str | None, str | None]:
    """(translation, problem) for one English comment text."""
    message = catalog.get(text)
    if message is None or not message.string:
        return None, "missing"
    if message.fuzzy:
        return None, "stale"
    return _message_id(message.string), None


def problems(snippet: Path) -> list[Problem]:
    """Comments of `snippet` whose translation is missing or stale, each with its fix."""
    source = snippet.read_text(encoding="utf-8")
    catalog = load_catalogue(snippet.parent)
    po = rel(catalogue_path(snippet.parent))
    found = []
    for unit in translation_units(source):
        _, problem = _translation(catalog, unit.text)
        if problem is None:
            continue
        where = f"{rel(snippet)}:{unit.first_row}"
        if problem == "stale":
            previous = previous_ids(catalogue_path(snippet.parent)).get(unit.text)
            before = f" (it was {previous!r})" if previous else ""
            found.append(
                Problem(
                    where,
                    f"the translation of the {unit.kind} {unit.text!r} in {po} is marked stale "
                    f"(fuzzy): the English changed{before}. Update its msgstr and delete its "
                    "`#, fuzzy` line.",
                )
            )
            continue
        hint = ""
        ids = [_message_id(m.id) for m in catalog if m.id and m.string and m.id != unit.text]
        close = difflib.get_close_matches(unit.text, ids, n=1, cutoff=0.6)
        if close:
            hint = (
                f" {po} translates the similar text {close[0]!r}: if the English {unit.kind} "
                "was edited, `nox -s translations` marks that entry stale for this text."
            )
        found.append(
            Problem(
                where,
                f"the {unit.kind} {unit.text!r} has no Chinese translation. Run `nox -s "
                f"translations` (it adds the {unit.kind} to {po}), then write its msgstr.{hint}",
            )
        )
    return found


def previous_ids(path: Path) -> dict[str, str]:
    """msgid -> the English it had before (`#| msgid`), for stale entries: Babel's reader does
    not keep those lines, so they are read here."""
    found = {}
    for entry in path.read_text(encoding="utf-8").split("\n\n") if path.exists() else []:
        before = [line[3:] for line in entry.splitlines() if line.startswith("#| ")]
        now = [line for line in entry.splitlines() if not line.startswith("#")]
        if before and now and now[0].startswith("msgid "):
            msgstr = next(i for i, line in enumerate(now) if line.startswith("msgstr"))
            msgid = denormalize("\n".join(now[:msgstr])[6:])
            found[msgid] = denormalize("\n".join(before)[6:])
    return found


def translate(source: str, catalog: Catalog, where: str = "<snippet>") -> str:
    """`source` with every translated comment in Chinese; untranslated ones stay English.

    Raises CatalogueError if the result's code tokens differ from the source's, which would
    mean a translation changed code (a newline in a trailing comment, say)."""
    lines = source.splitlines(keepends=True)
    expected = {}  # docstring position -> the text its translated STRING token must hold
    for unit in reversed(translation_units(source)):  # bottom up: earlier rows keep their numbers
        translation, _ = _translation(catalog, unit.text)
        if translation is None:
            continue
        if unit.kind == "docstring":
            first, last = lines[unit.first_row - 1], lines[unit.last_row - 1]
            old = "".join(lines[unit.first_row - 1 : unit.last_row])
            token = old[unit.col : len(old) - len(last) + unit.end_col]
            new = _docstring(token, translation, first[: unit.col], f"{where}:{unit.first_row}")
            replaced = first[: unit.col] + new + last[unit.end_col :]
            lines[unit.first_row - 1 : unit.last_row] = replaced.splitlines(keepends=True)
            expected[(unit.first_row, unit.col)] = inspect.cleandoc(translation)
            continue
        if unit.trailing:
            if "\n" in translation:
                raise CatalogueError(
                    f"{where}:{unit.first_row}: the translation of the trailing comment "
                    f"{unit.text!r} has several lines; a trailing comment has one."
                )
            line = lines[unit.first_row - 1]
            ending = "\n" if line.endswith("\n") else ""
            lines[unit.first_row - 1] = line[: unit.col] + f"# {translation}".rstrip() + ending
        else:
            indent = lines[unit.first_row - 1][: unit.col]
            new = [f"{indent}# {t}".rstrip() + "\n" for t in translation.split("\n")]
            lines[unit.first_row - 1 : unit.last_row] = new
    result = "".join(lines)
    if not _same_code(source, result, expected):
        raise CatalogueError(
            f"{where}: translating its comments changed its code; check the translations "
            "of its comments and docstrings for stray line breaks or quotes."
        )
    return result


def _docstring(token: str, translation: str, indent: str, where: str) -> str:
    """The STRING token of a translated docstring: the original's prefix and quotes, the lines
    at the docstring's indentation, the closing quotes on their own line if they were."""
    m = re.match(r"(?P<prefix>[rRuU]?)(?P<quote>\"\"\"|'''|\"|')", token)
    quote = m["quote"]
    lines = translation.split("\n")
    if "\\" in translation or quote[0] in translation or (len(quote) == 1 and len(lines) > 1):
        raise CatalogueError(
            f"{where}: the translation of the docstring {inspect.cleandoc(token)[:40]!r}... holds "
            f"a backslash, a {quote[0]} quote or (in a one-line string) a line break; write it "
            "without them."
        )
    body = lines[0] + "".join("\n" + (indent + line if line else "") for line in lines[1:])
    inner = token[len(m[0]) : -len(quote)]
    if re.search(r"\n[ \t]*$", inner):  # the closing quotes had a line of their own
        body += "\n" + indent
    return m["prefix"] + quote + body + quote


def _same_code(source: str, result: str, docstrings: dict[tuple[int, int], str]) -> bool:
    """The proof that only comments and docstrings changed: the code tokens of `result` are
    those of `source`, but for the STRING tokens of the translated docstrings, which are
    STRING tokens at the same places that hold exactly their translations."""

    def tokens(text: str) -> list[tokenize.TokenInfo]:
        skip = {tokenize.COMMENT, tokenize.NL}
        return [
            t for t in tokenize.generate_tokens(io.StringIO(text).readline) if t.type not in skip
        ]

    try:
        before, after = tokens(source), tokens(result)
    except (tokenize.TokenError, SyntaxError):
        return False
    if len(before) != len(after):
        return False
    for old, new in zip(before, after, strict=True):
        if (old.type, old.string) == (new.type, new.string):
            continue
        wanted = docstrings.get(old.start)
        if wanted is None or old.type != tokenize.STRING or new.type != tokenize.STRING:
            return False
        try:
            value = ast.literal_eval(new.string)
        except (ValueError, SyntaxError):
            return False
        if not isinstance(value, str) or inspect.cleandoc(value) != wanted:
            return False
    return True


def translated_snippet(path: Path) -> str:
    """The snippet file as the Chinese reader sees it."""
    return translate(path.read_text(encoding="utf-8"), load_catalogue(path.parent), rel(path))


# ---------------------------------------------------------------------------------------------
# Extraction: what `nox -s translations` runs.


def template(chapter_dir: Path) -> Catalog:
    """Every comment and docstring of the chapter's snippets, with the files that use it."""
    catalog = Catalog(locale="zh_Hans", project="nn-guide", fuzzy=False)
    for snippet in sorted(chapter_dir.glob("*.py")):
        name = f"{chapter_dir.name}/{snippet.name}"
        for unit in translation_units(snippet.read_text(encoding="utf-8")):
            comments = ["docstring"] if unit.kind == "docstring" else []
            catalog.add(unit.text, locations=[(name, None)], auto_comments=comments)
    return catalog


def update_catalogue(chapter_dir: Path) -> tuple[int, int, int]:
    """Bring `<chapter>/zh.po` in step with the snippets: new comments get an empty entry, an
    edited comment gets its old translation marked fuzzy (stale), unused entries are dropped.
    Returns (entries, missing, stale)."""
    path = catalogue_path(chapter_dir)
    tmpl = template(chapter_dir)
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale="zh_Hans")
    else:
        catalog = Catalog(locale="zh_Hans", project="nn-guide", fuzzy=False)
    catalog.update(tmpl, no_fuzzy_matching=False, update_header_comment=False)
    catalog.obsolete.clear()
    catalog.fuzzy = False
    catalog.header_comment = HEADER_COMMENT
    catalog.project, catalog.version = "nn-guide", "1"
    catalog.msgid_bugs_address = catalog.last_translator = ""
    catalog.language_team = "Chinese (Simplified)"
    catalog.creation_date = catalog.revision_date = FIXED_DATE  # no churn in diffs
    messages = [m for m in catalog if m.id]
    if not messages and not path.exists():
        return 0, 0, 0
    with path.open("wb") as handle:
        write_po(
            handle, catalog, width=0, omit_header=False, include_previous=True, sort_output=False
        )
    missing = sum(1 for m in messages if not m.string)
    stale = sum(1 for m in messages if m.string and m.fuzzy)
    return len(messages), missing, stale


def unused_entries(chapter_dir: Path) -> list[str]:
    """Entries of the chapter's catalogue that no comment uses any more."""
    used = {m.id for m in template(chapter_dir) if m.id}
    return [m.id for m in load_catalogue(chapter_dir) if m.id and m.id not in used]


def main(argv: list[str] | None = None) -> int:
    import argparse

    from .snippets import SNIPPETS_DIR

    parser = argparse.ArgumentParser(
        description="Extract snippet comments and docstrings into snippets/<chapter>/zh.po and "
        "report what "
        "needs translating."
    )
    parser.add_argument("chapters", nargs="*", help="chapter folders (default: all)")
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is missing")
    args = parser.parse_args(argv)
    chapters = [SNIPPETS_DIR / c for c in args.chapters] or sorted(
        d for d in SNIPPETS_DIR.iterdir() if d.is_dir() and any(d.glob("*.py"))
    )
    todo = 0
    for chapter in chapters:
        entries, missing, stale = update_catalogue(chapter)
        print(
            f"{rel(catalogue_path(chapter))}: {entries} comments and docstrings, {missing} to "
            f"translate, {stale} stale"
        )
        for snippet in sorted(chapter.glob("*.py")):
            for problem in problems(snippet):
                print(f"  {problem.where}: {problem.message.split(' has no ')[0]}")
                todo += 1
    print(
        "Write each msgstr in Chinese (delete `#, fuzzy` once a stale one is reviewed), then run "
        "`nox -s docs`."
        if todo
        else "Every comment and docstring has a current translation."
    )
    return 1 if todo and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
