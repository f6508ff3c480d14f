"""Maintainer commands. `nox -s docs` is what CI runs; see README.md.

Sessions:
  docs    install the pinned requirements, run every snippet on every available device, check the
          pages, execute the notebooks, build both languages strictly, check the built site in
          headless Chromium. Arguments after `--` go to the first pytest run (e.g. `-k pooling`).
  update  rewrite the documented `#>` outputs from a real CPU run (review the diff afterwards).
  serve   live preview of both languages on http://127.0.0.1:8000/.
  lint    ruff on snippets, tests and tooling.
  benchmark  FashionMNIST: the official quickstart recipe against the chapter's recipe.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["docs"]
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent
REQUIREMENTS = ROOT / "requirements" / "docs.txt"
ENV = {"NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
WORKERS = str(min(2, os.cpu_count() or 1))


def install(session: nox.Session) -> None:
    """pip install the pinned requirements, skipped when the venv already has exactly these."""
    digest = hashlib.sha256(REQUIREMENTS.read_bytes() + sys.version.encode()).hexdigest()
    stamp = Path(session.virtualenv.location) / ".requirements.sha256"
    if stamp.exists() and stamp.read_text() == digest:
        session.log("requirements unchanged since the last install: skipping pip")
        return
    session.install("--upgrade", "pip")
    session.install("-r", str(REQUIREMENTS))
    stamp.write_text(digest)


class Timer:
    def __init__(self, session: nox.Session):
        self.session, self.steps = session, []

    def run(self, name: str, *args: str, **kwargs) -> None:
        start = time.perf_counter()
        self.session.run(*args, env=ENV | kwargs.pop("env", {}), **kwargs)
        self.steps.append((name, time.perf_counter() - start))

    def report(self) -> None:
        total = sum(s for _, s in self.steps)
        lines = [f"  {name:<34}{seconds:7.1f} s" for name, seconds in self.steps]
        self.session.log("time per step:\n" + "\n".join(lines) + f"\n  {'total':<34}{total:7.1f} s")


@nox.session
def docs(session: nox.Session) -> None:
    """Verify every snippet, build the site strictly, and check it in a browser."""
    timer = Timer(session)
    start = time.perf_counter()
    install(session)
    timer.steps.append(("install check", time.perf_counter() - start))
    timer.run(
        "snippets, pages, harness (pytest)",
        "pytest",
        "-n",
        WORKERS,
        "-m",
        "not site and not browser",
        *session.posargs,
    )
    timer.run("translations report", "python", "-m", "tools.translations")
    timer.run("notebooks (execute)", "python", "-m", "tools.notebooks")
    timer.run("build en (mkdocs --strict)", "mkdocs", "build", "--strict", "-f", "mkdocs.yml")
    timer.run("build zh (mkdocs --strict)", "mkdocs", "build", "--strict", "-f", "mkdocs.zh.yml")
    timer.run("built site + browser (pytest)", "pytest", "-n", WORKERS, "-m", "site or browser")
    timer.report()


@nox.session
def update(session: nox.Session) -> None:
    """Rewrite the #> lines of every snippet (or those matching `-- -k NAME`) from a CPU run."""
    install(session)
    session.run(
        "pytest",
        "-n",
        WORKERS,
        "tests/test_snippets.py",
        "--update-examples",
        "-k",
        "test_snippet and cpu",
        *session.posargs,
        env=ENV,
    )
    session.run("git", "diff", "--stat", "--", "snippets", external=True, success_codes=[0, 1])


@nox.session
def serve(session: nox.Session) -> None:
    """Live preview of both languages on http://127.0.0.1:8000/ (rebuilds on every change)."""
    install(session)
    if not (ROOT / "build" / "figures").is_dir():
        session.log("figures are made by running the snippets: running them once on CPU")
        session.run("pytest", "-q", "-n", WORKERS, "tests/test_snippets.py", "-k", "cpu", env=ENV)
    if not (ROOT / "build" / "notebooks").is_dir():
        session.run("python", "-m", "tools.notebooks", env=ENV)
    session.run("python", "-m", "tools.serve", *session.posargs, env=ENV)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check of everything; format check of the tooling (snippets keep their layout)."""
    install(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", "tests", "tools", "theme", "noxfile.py")


@nox.session
def benchmark(session: nox.Session) -> None:
    """FashionMNIST: the quickstart recipe against the chapter's, in one run (reads NN_GUIDE_DATA)."""
    install(session)
    session.run(
        "python",
        "benchmarks/fashion_mnist.py",
        "--json",
        "build/benchmark.json",
        *session.posargs,
        env=ENV,
    )
