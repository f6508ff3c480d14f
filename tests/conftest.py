"""Options and reporting shared by the checks.

Environment variables (set by nox and CI; see README):
- DOCS_REQUIRE_CUDA=1: the CUDA passes must happen; no CUDA device is an error, not a skip.
- DOCS_REQUIRE_BROWSER=1: the browser checks must run; no Chromium is an error, not a skip.
- NN_GUIDE_DATA: where datasets live (default `data/`).
- DOCS_RERUN=1: run every snippet again, even one whose last run here had the same inputs.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict

import pytest


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def pytest_report_header(config):
    return [
        f"require CUDA: {env_flag('DOCS_REQUIRE_CUDA')}, "
        f"require browser: {env_flag('DOCS_REQUIRE_BROWSER')}, "
        f"NN_GUIDE_DATA: {os.environ.get('NN_GUIDE_DATA', '(unset: data/)')}"
    ]


SNIPPET_ID = re.compile(r"::test_snippet\[(cpu|cuda|cuda-default):")


def pytest_terminal_summary(terminalreporter):
    """One line a maintainer reads at a glance: snippets per device, and why CUDA was skipped."""
    counts: dict[str, Counter] = defaultdict(Counter)
    reasons: dict[str, set[str]] = defaultdict(set)
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            m = SNIPPET_ID.search(getattr(report, "nodeid", ""))
            if not m or (report.when != "call" and outcome == "passed"):
                continue
            reused = outcome == "passed" and dict(report.user_properties).get("reused")
            label = "reused (unchanged since they passed here; DOCS_RERUN=1 runs them)"
            counts[m.group(1)][label if reused else outcome] += 1
            if outcome == "skipped" and isinstance(report.longrepr, tuple):
                reasons[m.group(1)].add(report.longrepr[2].removeprefix("Skipped: "))
    if not counts:
        return
    parts = []
    for device in ("cpu", "cuda", "cuda-default"):
        c = counts.get(device)
        if not c:
            continue
        text = ", ".join(f"{n} {k}" for k, n in c.items() if n)
        if reasons.get(device):
            text += f" ({'; '.join(sorted(reasons[device]))})"
        parts.append(f"{device}: {text}")
    terminalreporter.write_sep("=", "snippets: " + "; ".join(parts), bold=True)


@pytest.fixture(scope="session")
def update_examples(pytestconfig) -> bool:
    return bool(pytestconfig.getoption("update_examples"))
