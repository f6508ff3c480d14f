"""Documented output: the `#>` lines of a snippet.

A snippet documents what each `print` shows in `#>` comment lines right under the call, line for
line exactly as Python prints it, and an exception it raises on purpose in a `#> Traceback` block
under the statement that raises. `render` writes those lines from a real run; the check compares
the file with what `render` produces.

pytest-examples captures the prints (its `MockPrintFunction`). Neither its writer nor its print
locator is used: the writer formats multi-line output with black, which turns PyTorch's
`tensor([[3., 2.], ...])` into `3.0, 2.0` inside a `'''` block, and the locator points at the
first line of a print whose argument spans several lines. Here every output line becomes one
`#>` line, verbatim, right after the last line of the statement that printed (found with `ast`):
a `#>` line never sits inside a statement.
"""

from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass
from pathlib import Path

OUTPUT_LINE = re.compile(r"^\s*#>(?: |$)")
TRACEBACK_HEAD = "Traceback (most recent call last):"


@dataclass(frozen=True)
class Printed:
    line_no: int  # line of the `print` call in the snippet file (1-based)
    text: str


@dataclass(frozen=True)
class Raised:
    line_no: int  # line, at module level, of the statement that raised (1-based)
    text: str  # `Type: message`, as Python's last traceback line shows it
    traceback: str  # the full traceback, for error messages


def output_lines(text: str, indent: str) -> list[str]:
    return [f"{indent}#> {line}".rstrip() for line in text.split("\n")]


def _statement_end(tree: ast.Module, line_no: int) -> tuple[ast.stmt, int]:
    for index, node in enumerate(tree.body):
        if node.lineno <= line_no <= node.end_lineno:
            return node, index
    raise ValueError(f"no top-level statement contains line {line_no}")


def printing_statement(tree: ast.Module, line_no: int) -> ast.stmt:
    """The innermost simple statement spanning `line_no`, the line a print ran on."""
    found = None
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and node.lineno <= line_no <= node.end_lineno:
            span = node.end_lineno - node.lineno
            if found is None or span <= found.end_lineno - found.lineno:
                found = node
    if found is None:
        raise ValueError(f"no statement contains line {line_no}")
    return found


def render(source: str, path: Path, printed: list[Printed], raised: Raised | None) -> str:
    """The snippet's source with its `#>` lines rewritten from a run's prints and exception."""
    tree = ast.parse(source)
    lines = source.splitlines()
    after: dict[int, list[str]] = {}  # 0-based index of a line -> output lines that follow it
    for p in printed:
        node = printing_statement(tree, p.line_no)
        indent = " " * node.col_offset
        after.setdefault(node.end_lineno - 1, []).extend(output_lines(p.text, indent))
    if raised is not None:
        node, _ = _statement_end(tree, raised.line_no)
        block = f"{TRACEBACK_HEAD}\n  ...\n{raised.text}"
        after.setdefault(node.end_lineno - 1, []).extend(output_lines(block, " " * node.col_offset))
    out = []
    for index, line in enumerate(lines):
        if not OUTPUT_LINE.match(line):
            out.append(line)
        out.extend(after.get(index, []))
    return "\n".join(out) + "\n"


def code_lines(text: str) -> list[str]:
    """The lines of a snippet that are not documented output."""
    return [line for line in text.splitlines() if not OUTPUT_LINE.match(line)]


def documented_exception(source: str) -> tuple[int, str] | None:
    """(line, text) of a documented `#> Traceback` block, if the snippet has one."""
    lines = source.splitlines()
    for index, line in enumerate(lines):
        if OUTPUT_LINE.match(line) and line.split("#>", 1)[1].strip() == TRACEBACK_HEAD:
            block = []
            for follow in lines[index + 1 :]:
                if not OUTPUT_LINE.match(follow):
                    break
                block.append(follow.split("#>", 1)[1][1:])
            return index + 1, "\n".join(b for b in block if b.strip() != "...")
    return None


def statements_after(source: str, line_no: int) -> int:
    """How many top-level statements follow the one containing `line_no`."""
    tree = ast.parse(source)
    _, index = _statement_end(tree, line_no)
    return len(tree.body) - index - 1


# ---------------------------------------------------------------------------------------------
# Comparing a CUDA run with the documented (CPU) output.

CUDA_SUFFIX = re.compile(r",? ?device='cuda(?::\d+)?'")
FLOAT = re.compile(r"(?<![\w.])-?(?:\d+\.\d*(?:e[+-]?\d+)?|\d+e[+-]?\d+|\.\d+|nan|inf)(?![\w.])")
RTOL, ATOL = 1e-3, 1e-4


def strip_cuda(text: str) -> str:
    """Remove what PyTorch adds to a CUDA tensor's repr: `, device='cuda:0'`."""
    return CUDA_SUFFIX.sub("", text)


def _floats_close(a: str, b: str) -> bool:
    x, y = float(a), float(b)
    if math.isnan(x) or math.isnan(y):
        return math.isnan(x) and math.isnan(y)
    return math.isclose(x, y, rel_tol=RTOL, abs_tol=ATOL)


def _split(text: str) -> tuple[list[str], list[str]]:
    squeezed = re.sub(r"[ \t]+", " ", text)
    return FLOAT.split(squeezed), FLOAT.findall(squeezed)


def line_matches(documented: str, actual: str, mode: str) -> bool:
    actual = strip_cuda(actual)
    if mode == "exact" or documented == actual:
        return documented == actual
    doc_text, doc_floats = _split(documented)
    act_text, act_floats = _split(actual)
    if doc_text != act_text or len(doc_floats) != len(act_floats):
        return False
    if mode == "structure":
        return True
    return all(_floats_close(a, b) for a, b in zip(doc_floats, act_floats, strict=True))


def mismatched_lines(documented: str, actual: str, mode: str) -> list[tuple[int, str, str]]:
    """Lines (1-based, documented, actual) where a device's run disagrees with the page.

    `actual` is `render(...)` of that run, so code lines are identical and only `#>` lines can
    differ; when the number of lines differs, that difference is reported as a whole.
    """
    doc, act = documented.splitlines(), actual.splitlines()
    if len(doc) != len(act):
        return [(0, f"{len(doc)} lines", f"{len(act)} lines")]
    return [
        (i + 1, d, a)
        for i, (d, a) in enumerate(zip(doc, act, strict=True))
        if d != a and not line_matches(d, a, mode)
    ]
