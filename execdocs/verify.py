"""Compare a snippet's run with its documented output; write the output in update mode.

Every failure is a `SnippetFailure` whose message names the snippet, the pages that show it,
what went wrong and how to fix it.
"""

from __future__ import annotations

import difflib
from functools import cache
from pathlib import Path

from . import ROOT
from .outputs import (
    OUTPUT_LINE,
    code_lines,
    documented_exception,
    mismatched_lines,
    render,
    statements_after,
)
from .pages import LANGS, docs_dir, includes, pages
from .records import write_atomically
from .runner import RunResult
from .snippets import CUDA_MODES, Snippet

UPDATE_HINT = (
    "If the new output is right, run `nox -s update` (or `pytest tests/test_snippets.py "
    "--update-examples -k cpu`) to rewrite the #> lines from a real run, and review the diff."
)


class SnippetFailure(Exception):
    pass


@cache
def include_map(root: Path = ROOT) -> dict[str, list[str]]:
    """snippet path (as pages write it) -> ["docs/en/page.md:12", ...]"""
    found: dict[str, list[str]] = {}
    for lang in LANGS:
        base = docs_dir(lang, root)
        for page in pages(lang, root):
            if page.suffix == ".md":
                for inc in includes(base / page):
                    found.setdefault(inc.file, []).append(inc.where())
    return found


def describe(snippet: Snippet) -> str:
    shown = include_map().get(snippet.rel)
    where = f"shown on {', '.join(shown)}" if shown else "not included by any page"
    return f"{snippet.rel} ({where})"


def _diff(documented: str, actual: str, snippet: Snippet, device: str) -> str:
    return "".join(
        difflib.unified_diff(
            documented.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"{snippet.rel} (documented)",
            tofile=f"{snippet.rel} (real run on {device})",
            n=2,
        )
    )


def verify(snippet: Snippet, result: RunResult, *, update: bool = False) -> bool:
    """Raise SnippetFailure unless the run matches the page; return True if the file was updated."""
    device = result.device
    name = describe(snippet)
    if result.timed_out:
        raise SnippetFailure(
            f"{name}: did not finish within {snippet.timeout:g} s on {device} (it may hang, "
            "e.g. waiting for a download or on input). Make the example smaller; if it really "
            f'needs longer, set timeout = <seconds> under ["{snippet.path.name}"] in '
            f"{snippet.settings_file}."
        )
    if result.crashed:
        raise SnippetFailure(
            f"{name}: the process running it on {device} died without a result "
            f"({result.crashed}; a crash in native code or killed for memory)."
        )
    source = snippet.path.read_text(encoding="utf-8")
    documented = documented_exception(source)
    raised = result.raised
    if raised is not None:
        if documented is None or raised.line_no == 0:
            hint = ""
            if device == "cuda-default":
                hint = (
                    " If the code is right as a reader runs it (it passes on cpu and cuda) and "
                    "fails only because CUDA is torch's default device in this pass, do not "
                    f'change it: set default_device = false and reason = "..." under '
                    f'["{snippet.path.name}"] in {snippet.settings_file}.'
                )
            raise SnippetFailure(
                f"{name}: raised on {device}:\n\n{raised.traceback}\n"
                "Fix the code, or the environment it needs. If the page shows this error on "
                "purpose, make the statement that raises the snippet's last one, put the line "
                "`#> Traceback (most recent call last):` under it and run `nox -s update`, "
                "which writes the error there; the check then compares its type and message." + hint
            )
        after = statements_after(source, raised.line_no)
        if after:
            raise SnippetFailure(
                f"{snippet.rel}:{raised.line_no}: raises {raised.text.splitlines()[-1]!r} on "
                f"purpose, but {after} statement(s) after it never run. Move them before the "
                "raising statement or into another snippet."
            )
    elif documented is not None:
        line, text = documented
        raise SnippetFailure(
            f"{snippet.rel}:{line}: documents the error {(text.splitlines() or ['(no message yet)'])[-1]!r}, but nothing "
            f"was raised on {device}. {UPDATE_HINT}"
        )

    actual = render(source, snippet.path, result.printed, raised)
    if code_lines(actual) != code_lines(source):  # the writer may only ever touch #> lines
        raise AssertionError(f"internal error: rendering {snippet.rel} changed its code")

    if device == "cpu":
        if actual == source:
            return False
        if update:
            write_atomically(snippet.path, actual)
            return True
        hint = UPDATE_HINT
        if not result.printed and any(OUTPUT_LINE.match(line) for line in source.splitlines()):
            hint = "It documents output (#> lines) but printed nothing. " + hint
        raise SnippetFailure(
            f"{name}: documented output differs from the real run on cpu:\n\n"
            f"{_diff(source, actual, snippet, device)}\n{hint}"
        )

    if snippet.cuda == "run":
        return False
    bad = mismatched_lines(source, actual, snippet.cuda)
    if bad:
        listing = "\n".join(
            f"  line {n}:\n    documented: {d.strip()}\n    on {device}:  {a.strip()}"
            for n, d, a in bad
        )
        raise SnippetFailure(
            f"{name}: output on {device} differs from the documented (cpu) output beyond what "
            f'cuda = "{snippet.cuda}" allows ({CUDA_MODES[snippet.cuda]}):\n{listing}\n'
            "If the difference is legitimate (e.g. random values differ between CPU and CUDA "
            f'generators), set cuda = "structure" under ["{snippet.path.name}"] in '
            f"{snippet.settings_file}; otherwise fix the snippet."
        )
    return False
