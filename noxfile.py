"""Maintainer commands. `nox -s docs` is what CI runs; see README.md.

Sessions:
  docs    install the pinned requirements, run every snippet on every available device, check the
          pages, execute the notebooks, build both languages strictly, check the built site in
          headless Chromium. Arguments after `--` go to the first pytest run (e.g. `-k pooling`).
  update  rewrite the documented `#>` outputs from a real CPU run (review the diff afterwards).
  translations  add new code comments to snippets/<chapter>/zh.po, mark edited ones stale, and
          list what still needs translating (translators' command; `docs` checks the result).
  serve   live preview of both languages on http://127.0.0.1:8000/ within seconds: figures,
          outputs and notebooks are made in the background; edited snippets show live outputs.
  offline the guide to read offline, per language: a zip of the site that works from the file
          system and a PDF (build/offline/; run after `docs`; the publish workflow uses it).
  lint    ruff on snippets, tests and tooling.
  benchmark  FashionMNIST: the official quickstart recipe against the chapter's recipe.
  compat  run every snippet on the torch releases of requirements/versions.toml (or those given:
          `nox -s compat -- 2.15.0`), each in its own environment (.nox/torch-<version>), and
          write what differs from the pages to snippets/<chapter>/versions.json (committed).
          Unchanged snippets reuse their record; `-- --rerun` runs them all again.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sys
import time
from pathlib import Path

import nox

nox.options.sessions = ["docs"]
nox.options.error_on_missing_interpreters = True

ROOT = Path(__file__).parent
REQUIREMENTS = ROOT / "requirements" / "docs.txt"
# One environment for every session (torch alone is 5 GB): `nox -s serve` after `nox -s docs`
# installs nothing. The sessions run with venv_backend="none" and put it first on PATH.
VENV = ROOT / ".nox" / "docs"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
ENV = {
    "NO_MKDOCS_2_WARNING": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
    "VIRTUAL_ENV": str(VENV),
    "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
}
WORKERS = str(min(2, os.cpu_count() or 1))
session = functools.partial(nox.session, venv_backend="none")


def run(session: nox.Session, *args: str, **kwargs) -> str | bool | None:
    """Run a command of the shared environment (nox looks programs up on its own PATH)."""
    program = BIN / args[0]
    args = (str(program) if program.exists() else args[0], *args[1:])
    return session.run(*args, env=ENV | kwargs.pop("env", {}), external=True, **kwargs)


def install(session: nox.Session) -> None:
    """Make the shared environment: the pinned requirements and the project's machinery
    (`execdocs`, editable); skipped when it already has exactly these."""
    pyproject = ROOT / "pyproject.toml"
    digest = hashlib.sha256(
        REQUIREMENTS.read_bytes() + pyproject.read_bytes() + sys.version.encode()
    ).hexdigest()
    stamp = VENV / ".requirements.sha256"
    if stamp.exists() and stamp.read_text() == digest and _execdocs_is_here(session):
        session.log("requirements unchanged since the last install: skipping pip")
        return
    if not (BIN / "python").exists():
        session.run(sys.executable, "-m", "venv", str(VENV), external=True)
    pip = ("python", "-m", "pip", "install", "--disable-pip-version-check")
    run(session, *pip, "--upgrade", "pip")
    run(session, *pip, "-r", str(REQUIREMENTS))
    run(session, *pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT))
    stamp.write_text(digest)


def _execdocs_is_here(session: nox.Session) -> bool:
    """The editable install points at this checkout (not at another clone sharing the venv)."""
    out = run(
        session,
        "python",
        "-c",
        "import execdocs; print(execdocs.ROOT)",
        silent=True,
        success_codes=[0, 1],
    )
    return isinstance(out, str) and Path(out.strip().splitlines()[-1]) == ROOT


def build_both(session: nox.Session) -> None:
    """`mkdocs build --strict` of both languages at once (one core each); each one's output is
    printed when it ends, and either failing fails the session."""
    import subprocess

    procs = {
        config: subprocess.Popen(
            [str(BIN / "mkdocs"), "build", "--strict", "-f", config],
            cwd=ROOT,
            env=os.environ | ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for config in ("mkdocs.yml", "mkdocs.zh.yml")
    }
    failed = []
    for config, proc in procs.items():
        out, _ = proc.communicate()
        session.log(f"mkdocs build --strict -f {config}:\n{out.rstrip()}")
        if proc.returncode:
            failed.append(config)
    if failed:
        session.error(f"mkdocs build --strict failed for {', '.join(failed)}: see its output above")


class Timer:
    def __init__(self, session: nox.Session):
        self.session, self.steps = session, []

    def run(self, name: str, *args: str, **kwargs) -> None:
        start = time.perf_counter()
        run(self.session, *args, **kwargs)
        self.steps.append((name, time.perf_counter() - start))

    def report(self) -> None:
        total = sum(s for _, s in self.steps)
        lines = [f"  {name:<34}{seconds:7.1f} s" for name, seconds in self.steps]
        self.session.log("time per step:\n" + "\n".join(lines) + f"\n  {'total':<34}{total:7.1f} s")


@session
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
    timer.run("translations report", "python", "-m", "execdocs.stale_pages")
    timer.run("notebooks (execute)", "python", "-m", "execdocs.notebooks")
    start = time.perf_counter()
    build_both(session)
    timer.steps.append(("build en + zh (mkdocs --strict)", time.perf_counter() - start))
    timer.run("built site + browser (pytest)", "pytest", "-n", WORKERS, "-m", "site or browser")
    timer.report()


@session
def update(session: nox.Session) -> None:
    """Rewrite the #> lines of every snippet (or those matching `-- -k NAME`) from a CPU run."""
    install(session)
    run(
        session,
        "pytest",
        "-n",
        WORKERS,
        "tests/test_snippets.py",
        "--update-examples",
        "-k",
        "test_snippet and cpu",
        *session.posargs,
    )
    session.run("git", "diff", "--stat", "--", "snippets", external=True, success_codes=[0, 1])


@session
def serve(session: nox.Session) -> None:
    """Live preview of both languages on http://127.0.0.1:8000/, served within seconds; never
    exits because a snippet fails (the page shows the error in a box instead)."""
    install(session)
    run(session, "python", "-m", "execdocs.preview", *session.posargs)


@session
def translations(session: nox.Session) -> None:
    """Extract code comments into snippets/<chapter>/zh.po and list the missing/stale ones."""
    install(session)
    run(session, "python", "-m", "execdocs.comments", *session.posargs)


@session
def offline(session: nox.Session) -> None:
    """Per language, build/offline/nn-guide-<lang>.zip (the site, working from the file system,
    search included) and nn-guide-<lang>.pdf (the whole guide). Needs what `docs` made: the
    notebooks and figures. `-- --lang zh` makes one language."""
    install(session)
    run(session, "python", "-m", "execdocs.offline", *session.posargs)


@session
def lint(session: nox.Session) -> None:
    """ruff check of everything; format check of the tooling (snippets keep their layout)."""
    install(session)
    run(session, "ruff", "check", ".")
    run(session, "ruff", "format", "--check", "tests", "execdocs", "theme", "noxfile.py")


@session
def benchmark(session: nox.Session) -> None:
    """FashionMNIST: the quickstart recipe against the chapter's, in one run (reads NN_GUIDE_DATA)."""
    install(session)
    run(
        session,
        "python",
        "benchmarks/fashion_mnist.py",
        "--json",
        "build/benchmark.json",
        *session.posargs,
    )


# --- Other torch releases (README, "Torch versions") -------------------------------------------
VERSIONS = ROOT / "requirements" / "versions.toml"
# What the snippets and the runner import besides torch and torchvision, at docs.txt's versions.
COMPAT_PACKAGES = (
    "numpy",
    "matplotlib",
    "pillow",
    "tqdm",
    "pytest",
    "pytest-examples",
    "black",
    "ruff",
)


def _pins() -> dict[str, str]:
    pins = {}
    for line in REQUIREMENTS.read_text().splitlines():
        name, sep, version = line.partition("==")
        if sep:
            pins[name.strip().lower().replace("_", "-")] = version.split()[0]
    return pins


def compat_python(session: nox.Session, version: str) -> Path:
    """The Python of an environment with torch `version`: the shared one for the pin, else
    .nox/torch-<version> (made once: torch, its torchvision, and docs.txt's versions of the rest)."""
    import tomllib

    pins = _pins()
    if version == pins["torch"]:
        install(session)
        return BIN / "python"
    venv = ROOT / ".nox" / f"torch-{version}"
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    vision = tomllib.loads(VERSIONS.read_text())["torchvision"].get(version)
    wanted = [f"torch=={version}", f"torchvision=={vision}" if vision else "torchvision"]
    wanted += [f"{name}=={pins[name]}" for name in COMPAT_PACKAGES]
    wanted += ["setuptools>=70.1"]  # builds the editable execdocs (pyproject.toml), bdist_wheel
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    digest = hashlib.sha256(" ".join(wanted).encode() + pyproject + sys.version.encode())
    stamp = venv / ".requirements.sha256"
    if stamp.exists() and stamp.read_text() == digest.hexdigest() and python.exists():
        session.log(f"{venv.name}: unchanged since its install: skipping pip")
        return python
    start = time.perf_counter()
    if not python.exists():
        session.run(sys.executable, "-m", "venv", str(venv), external=True)
    # No constraint file may decide which torch this is (a machine-wide one would cap it).
    env = {"PIP_CONSTRAINT": "/dev/null", "VIRTUAL_ENV": str(venv)}
    pip = (str(python), "-m", "pip", "install", "--disable-pip-version-check")
    session.run(*pip, "--upgrade", "pip", env=env, external=True)
    session.run(*pip, *wanted, env=env, external=True)
    session.run(*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT), env=env, external=True)
    stamp.write_text(digest.hexdigest())
    session.log(f"{venv.name}: installed in {time.perf_counter() - start:.0f} s")
    return python


@session
def compat(session: nox.Session) -> None:
    """Every snippet on each torch release of requirements/versions.toml (or `-- 2.15.0 ...`)."""
    import tomllib

    config = tomllib.loads(VERSIONS.read_text())
    # Versions ("2.15.0") and options for execdocs.versions ("--rerun", "-k NAME", "--slow 3").
    versions = [a for a in session.posargs if re.fullmatch(r"\d+\.\d+\.\d+", a)]
    args = [a for a in session.posargs if a and a not in versions]
    versions = versions or [config["newest"], _pins()["torch"], *config["older"]]
    env = {"NN_GUIDE_DATA": os.environ.get("NN_GUIDE_DATA", str(ROOT / "data"))}
    for version in versions:
        python = compat_python(session, version)
        where = {"VIRTUAL_ENV": str(python.parent.parent)}
        where["PATH"] = f"{python.parent}{os.pathsep}{os.environ.get('PATH', '')}"
        start = time.perf_counter()
        session.run(
            str(python),
            "-m",
            "execdocs.versions",
            "run",
            *args,
            env=ENV | env | where,
            external=True,
        )
        session.log(f"torch {version}: matrix run in {time.perf_counter() - start:.0f} s")
    run(session, "python", "-m", "execdocs.versions", "report", *versions)
