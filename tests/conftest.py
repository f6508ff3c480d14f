"""Options and reporting shared by the checks.

Environment variables (set by nox and CI; see README):
- DOCS_REQUIRE_CUDA=1: the CUDA passes must happen; no CUDA device is an error, not a skip.
- DOCS_REQUIRE_BROWSER=1: the browser checks must run; no Chromium is an error, not a skip.
- NN_GUIDE_DATA: where datasets live (default `data/`).
- DOCS_RERUN=1: run every snippet again, even one whose last run here had the same inputs.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from collections import Counter, defaultdict
from pathlib import Path

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


# The browser checks' fixtures (tests/test_browser.py and the modules after it): one server of
# site/ and one Chromium per pytest process (each xdist worker), shared by every module.
SITE = Path(__file__).resolve().parents[1] / "site"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def chromium_path() -> str | None:
    for candidate in (
        os.environ.get("DOCS_CHROMIUM"),
        "chromium",
        "chromium-browser",
        "google-chrome",
    ):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def need(reason: str):
    if env_flag("DOCS_REQUIRE_BROWSER"):
        pytest.fail(f"DOCS_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(f"{reason} (DOCS_REQUIRE_BROWSER=1 turns this into a failure)")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url():
    if not (SITE / "en" / "index.html").exists():
        pytest.fail("site/ is not built: run `nox -s docs`", pytrace=False)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(SITE))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need("Python Playwright is not installed")
    path = chromium_path()
    if path is None:
        need("no Chromium found (apt-get install chromium, or set DOCS_CHROMIUM)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, base_url):
    contexts = []

    def open_(path: str, scheme: str = "light", **kwargs):
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, color_scheme=scheme, **kwargs
        )
        contexts.append(context)
        page = context.new_page()
        page.requests = []
        page.errors = []
        page.on("request", lambda r: page.requests.append(r.url))
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.on("response", lambda r: r.status >= 400 and page.errors.append(f"{r.status} {r.url}"))
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        return page

    yield open_
    for context in contexts:
        context.close()


# Planted examples for the tests of the machinery (test_harness, test_devices, test_docstrings).
def snippet(tmp_path, code: str, settings: str = ""):
    """A snippet `snippets/chapter/example.py` under tmp_path (with its snippets.toml)."""
    from execdocs.snippets import discover

    chapter = tmp_path / "snippets" / "chapter"
    chapter.mkdir(parents=True, exist_ok=True)
    (chapter / "example.py").write_text(code, encoding="utf-8")
    if settings:
        (chapter / "snippets.toml").write_text(settings, encoding="utf-8")
    (found,) = discover(tmp_path / "snippets")
    return found


def planted_chapter(tmp_path, code: str, po: str | None = None):
    """A chapter folder under tmp_path with example.py (and its zh.po): (folder, file)."""
    chapter = tmp_path / "snippets" / "chapter"
    chapter.mkdir(parents=True, exist_ok=True)
    path = chapter / "example.py"
    path.write_text(code, encoding="utf-8")
    if po is not None:
        (chapter / "zh.po").write_text(po, encoding="utf-8")
    return chapter, path
