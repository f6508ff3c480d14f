"""Every snippet runs on every available device and prints exactly what its pages show."""

from __future__ import annotations

from functools import cache

import pytest
from pytest_examples import CodeExample

from execdocs import ROOT
from execdocs.records import record_verification, reusable, run_key
from execdocs.runner import run_snippet
from execdocs.snippets import DEVICES, data_problem, data_root, discover, skip_reason
from execdocs.verify import SnippetFailure, verify
from tests.conftest import env_flag

SNIPPETS = discover()
DATA_ROOT = data_root()
FIGURES_DIR = ROOT / "build" / "figures"


@cache
def cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def test_snippets_exist():
    assert SNIPPETS, "no snippet under snippets/: the checks would pass vacuously"


@pytest.mark.parametrize(
    ("snippet", "device"),
    [pytest.param(s, d, id=f"{d}:{s}") for d in DEVICES for s in SNIPPETS],
)
def test_snippet(snippet, device, update_examples, request):
    reason = skip_reason(snippet, device)
    if reason:
        pytest.skip(reason)
    if device != "cpu":
        if update_examples:
            pytest.skip("--update-examples writes the CPU output; CUDA runs are only checked")
        if not cuda_available():
            if env_flag("DOCS_REQUIRE_CUDA"):
                pytest.fail(
                    "DOCS_REQUIRE_CUDA=1 but torch.cuda.is_available() is False: this run was "
                    "asked to verify every snippet on CUDA and found no usable GPU "
                    "(check the driver, CUDA_VISIBLE_DEVICES, and that torch is a CUDA build).",
                    pytrace=False,
                )
            pytest.skip("no CUDA device (DOCS_REQUIRE_CUDA=1 turns this into a failure)")
    key = run_key(snippet, device, DATA_ROOT)
    if not update_examples and not env_flag("DOCS_RERUN") and reusable(snippet, device, key):
        # This very file, with these settings, machinery, torch, device and data, passed on
        # its last run here (build/verified/); counted apart in the summary line.
        request.node.user_properties.append(("reused", True))
        return
    result = run_snippet(
        snippet.path,
        device,
        timeout=snippet.timeout,
        threads=snippet.threads,
        env={"NN_GUIDE_DATA": DATA_ROOT},
        figures_dir=FIGURES_DIR / snippet.chapter if device == "cpu" else None,
    )
    try:
        updated = verify(snippet, result, update=update_examples)
        failure = None
    except SnippetFailure as exc:
        failure = str(exc)
    if failure is not None:  # failed outside the except block: no chained traceback in the report
        hint = data_problem(snippet, DATA_ROOT)
        if hint:
            failure += f"\n\n{hint}"
        pytest.fail(failure, pytrace=False)
    if not updated:
        record_verification(snippet, device, key, result.figures)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=str)
def test_snippet_lint(snippet, eval_example):
    """pytest-examples' ruff lint, with the project's ruff settings (pyproject.toml)."""
    example = CodeExample.create(snippet.path.read_text(encoding="utf-8"), path=snippet.path)
    eval_example.set_config(
        line_length=100, target_version="py310", isort=True, upgrade=True, ruff_ignore=["E402"]
    )
    eval_example.lint_ruff(example)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=str)
def test_no_output_line_sits_inside_a_statement(snippet):
    """A `#>` line goes after the statement that printed it, never between its lines."""
    import ast

    from execdocs.outputs import OUTPUT_LINE

    source = snippet.path.read_text(encoding="utf-8")
    outputs = {n for n, line in enumerate(source.splitlines(), 1) if OUTPUT_LINE.match(line)}
    inside = [
        (n, node.lineno, node.end_lineno)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.stmt) and not hasattr(node, "body")
        for n in outputs
        if node.lineno < n < node.end_lineno
    ]
    assert not inside, (
        f"{snippet.rel}: #> line(s) inside a statement (line, statement from, to): {inside}. "
        "Run `nox -s update -- -k " + snippet.path.stem + "` to write them after it."
    )
