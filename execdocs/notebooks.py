"""Generate and execute the companion notebooks: `python -m execdocs.notebooks`.

A page asks for a notebook in its front matter:

    ---
    notebook: fashion-mnist/notebook.ipynb
    ---

The notebook is made from the page itself, never kept by hand: its prose becomes markdown cells
and each snippet it includes becomes a code cell (the snippet's `#>` lines are dropped: the
executed cell shows the real output). The English notebook is executed once, top to bottom, in a
Jupyter kernel; images that a cell saves (`plt.savefig`) are shown under that cell. The Chinese
notebook has the same code cells with the comments translated (the pages include the same
snippets, which tests/test_pages.py checks; execdocs/comments.py changes comments only), so it
receives the same outputs instead of running the same training twice.

Every other page that includes snippets gets a notebook to download, made the same way:
build/notebooks/downloads/<lang>/<page>.ipynb, linked from the top of the page.

Notebook pages are written to build/notebooks/<lang>/<path>; theme/hooks.py publishes them
(rendered by mkdocs-jupyter, with a download button) and the downloads.
"""

from __future__ import annotations

import argparse
import base64
import copy
import functools
import html
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from . import ROOT
from .pages import INCLUDE, front_matter, included_files, notebook_pages
from .shown import text_for
from .snippets import data_fingerprint

OUT = ROOT / "build" / "notebooks"
FIGURES = ROOT / "build" / "figures"
LANGS = ("en", "zh")
INCLUDE_FENCE = re.compile(
    r'^```(?:python|py)[^\n]*\n-{1,}8<-{1,}\s+"(?P<spec>[^"]+)"\s*\n```[ \t]*$', re.M
)
# A figure line, `![alt text](../figures/<chapter>/<name>)`; the alt text may hold brackets
# (`on [-4, 4]`).
FIGURE = re.compile(
    r"^!\[(?P<alt>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"
    r"\((?:\.\./)*figures/(?:[^)\s]+/)?(?P<name>[^/)\s]+)\)\s*$",
    re.M,
)
ANCHOR = re.compile(r"\s*\{\s*#[\w-]+\s*\}\s*$", re.M)
OUTPUT_LINE = re.compile(r"^\s*#>(?: .*)?$\n?", re.M)
TRACEBACK_DOC = re.compile(r"^\s*#> Traceback \(most recent call last\):", re.M)
MAIN_GUARD = re.compile(r"^if __name__ == [\"']__main__[\"']:", re.M)
SECTION_MARK = re.compile(r"^.*--8<-- \[(?:start|end):[\w-]+\].*$\n?", re.M)


class NotebookError(Exception):
    pass


def code_cells(nb: nbformat.NotebookNode) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def snippet_code(spec: str, lang: str = "en") -> str:
    """The code a notebook cell shows for an include: comments in `lang`, no `#>` lines."""
    file, _, section = spec.partition(":")
    text = text_for(ROOT / file, lang)
    if section:
        m = re.search(
            rf"^[^\n]*--8<-- \[start:{re.escape(section)}\][^\n]*\n(?P<body>.*?)"
            rf"^[^\n]*--8<-- \[end:{re.escape(section)}\]",
            text,
            re.M | re.S,
        )
        if m is None:
            raise NotebookError(f"{file}: no section {section!r} (`# --8<-- [start:{section}]`)")
        text = m.group("body")
    return SECTION_MARK.sub("", OUTPUT_LINE.sub("", text)).strip("\n")


def page_to_notebook(page: Path, lang: str = "en") -> nbformat.NotebookNode:
    _, body = front_matter(page.read_text(encoding="utf-8"))
    body = ANCHOR.sub("", FIGURE.sub("", body))
    cells, pos = [], 0

    def markdown(text: str) -> None:
        # An include inside an admonition (an exercise's collapsed solution) stays prose.
        text = INCLUDE.sub(
            lambda m: (
                m[0]
                if m["escape"]
                else "\n".join(
                    m["indent"] + line for line in snippet_code(m["spec"], lang).splitlines()
                )
            ),
            text,
        ).strip("\n")
        if text.strip():
            cells.append(nbformat.v4.new_markdown_cell(text))

    for m in INCLUDE_FENCE.finditer(body):
        markdown(body[pos : m.start()])
        code = snippet_code(m["spec"], lang)
        if MAIN_GUARD.search(code):
            # A script that starts processes (torch.multiprocessing.spawn): they import the file
            # it was started from, and a cell is no file. Save it as one, then %run it.
            name = Path(m["spec"].split(":")[0]).name
            cell = nbformat.v4.new_code_cell(f"%%writefile {name}\n{code}")
            cell.metadata.update(snippet=m["spec"], writes_file=True)
            cells.append(cell)
            code = f"%run {name}"
        cell = nbformat.v4.new_code_cell(code)
        cell.metadata["snippet"] = m["spec"]
        if TRACEBACK_DOC.search((ROOT / m["spec"].split(":")[0]).read_text(encoding="utf-8")):
            cell.metadata["tags"] = ["raises-exception"]  # the error is the point of the example
        cells.append(cell)
        pos = m.end()
    markdown(body[pos:])
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def describe_images(nb: nbformat.NotebookNode, page: Path, twin: Path) -> None:
    """Give every image a cell shows the alternative text the page gives that figure, in the
    page's language. The image becomes an HTML output (`<img alt=...>`, which Jupyter and the
    site's notebook page show) beside its PNG (which Jupyter falls back to when the notebook
    is untrusted); nbconvert's HTML has no way to give a bare PNG output an alt."""
    alts = {m["name"]: m["alt"].strip() for m in FIGURE.finditer(page.read_text("utf-8"))}
    # A figure made in two languages (`x.png` for one page, `x_zh.png` for its twin): each
    # language's notebook shows the one its page shows.
    twins_only = {m["name"] for m in FIGURE.finditer(twin.read_text("utf-8"))} - set(alts)
    for cell in code_cells(nb):
        cell.outputs = [
            out
            for out in cell.outputs
            if not (
                "image/png" in out.get("data", {})
                and out["data"].get("text/plain", "") in twins_only
            )
        ]
        for out in cell.outputs:
            data = out.get("data", {})
            if "image/png" not in data:
                continue
            name = data.get("text/plain", "")
            if not alts.get(name):
                raise NotebookError(
                    f"{page.relative_to(ROOT)}: its notebook shows the image {name} (saved by "
                    f"{cell.metadata['snippet']}), but the page gives it no alternative text: "
                    f"show it on the page as `![what it shows](../figures/<chapter>/{name})`."
                )
            data["text/html"] = (
                f'<img src="data:image/png;base64,{data["image/png"]}" '
                f'alt="{html.escape(alts[name], quote=True)}">'
            )


def execute(nb: nbformat.NotebookNode, source: Path, timeout: int, figures: bool = False) -> None:
    """Run every code cell in one kernel, warnings as errors; show the images each cell saves
    under it. With `figures`, also publish them as the page's figures (build/figures/<chapter>/),
    like the snippet tests do for the snippets they run."""

    with tempfile.TemporaryDirectory(prefix="notebook-") as tmp:
        _execute_in(nb, source, timeout, figures, Path(tmp))


def _execute_in(
    nb: nbformat.NotebookNode, source: Path, timeout: int, figures: bool, workdir: Path
) -> None:
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        allow_errors=False,
        resources={"metadata": {"path": str(workdir)}},
    )
    env_before = dict(os.environ)
    os.environ["MPLBACKEND"] = "Agg"
    try:
        with client.setup_kernel():
            # Same rule as the snippet tests: a warning is an error (deprecated APIs, a
            # torch.load without weights_only, ...), so a reader never sees one.
            setup = nbformat.v4.new_code_cell(
                "import warnings\nwarnings.simplefilter('error')\n"
                # the kernel's own shutdown handler warns; that is not the reader's code
                "warnings.filterwarnings('ignore', module='ipykernel')"
            )
            nb.cells.insert(0, setup)  # nbclient looks cells up by index: run it in place...
            client.execute_cell(setup, 0, store_history=False)
            del nb.cells[0]  # ...and leave it out of the notebook
            seen: dict[str, float] = {}
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                try:
                    client.execute_cell(cell, index)
                except CellExecutionError as exc:
                    raise NotebookError(
                        f"{source.relative_to(ROOT)}: code cell {index} failed when its notebook "
                        f"was executed:\n{exc}\nRun that snippet alone (pytest "
                        "tests/test_snippets.py -k NAME) to see the error with its file and line."
                    ) from None
                for image in sorted(workdir.glob("*.png")):
                    mtime = image.stat().st_mtime
                    if seen.get(image.name) != mtime:
                        seen[image.name] = mtime
                        if figures:
                            chapter = Path(cell.metadata["snippet"].split(":")[0]).parent.name
                            (FIGURES / chapter).mkdir(parents=True, exist_ok=True)
                            shutil.copyfile(image, FIGURES / chapter / image.name)
                        data = base64.b64encode(image.read_bytes()).decode()
                        cell.outputs.append(
                            nbformat.v4.new_output(
                                "display_data", data={"image/png": data, "text/plain": image.name}
                            )
                        )
    finally:
        os.environ.clear()
        os.environ.update(env_before)


def _record_notebook_only(nb: nbformat.NotebookNode) -> None:
    """Snippets that only run here (notebook_only) are verified by this run: record it."""
    import torch

    from execdocs.records import record_verification
    from execdocs.snippets import discover

    ran = {c.metadata["snippet"].split(":")[0] for c in code_cells(nb)}
    device = "cuda" if torch.cuda.is_available() else "cpu"  # what the notebook's code picks
    for snippet in discover():
        if snippet.notebook_only and snippet.rel in ran:
            record_verification(snippet, device)


def _pairs() -> list[tuple[str, Path, Path, Path]]:
    """(name, English page, Chinese page, where the notebooks go) for every notebook to make.

    A page's front matter `notebook: NAME` makes a notebook *page* (rendered, in the nav);
    every other page that includes snippets gets a *download*: downloads/<page>.ipynb.
    """
    pairs = []
    asked = {lang: notebook_pages(lang) for lang in LANGS}
    for lang in LANGS:
        extra = set(asked[lang]) - set(asked["en"])
        if lang != "en" and extra:
            raise NotebookError(
                f"docs/{lang} pages ask for notebooks {sorted(extra)} that docs/en does not"
            )
    for name, page in asked["en"].items():
        twin = asked["zh"].get(name)
        if twin is None:
            raise NotebookError(
                f"{page.relative_to(ROOT)} asks for notebook {name!r} in its front matter, but "
                f"no page in docs/zh does: add `notebook: {name}` to its twin's front matter."
            )
        pairs.append((name, page, twin, OUT))
    rendered = set(asked["en"].values())
    for page in sorted((ROOT / "docs" / "en").rglob("*.md")):
        rel = page.relative_to(ROOT / "docs" / "en")
        twin = ROOT / "docs" / "zh" / rel
        if page in rendered or not twin.exists() or not included_files(page.read_text("utf-8")):
            continue
        pairs.append((rel.with_suffix(".ipynb").as_posix(), page, twin, OUT / "downloads"))
    return pairs


def _cache_file(nb: nbformat.NotebookNode) -> Path:
    """Outputs depend on the code, the snippet files it comes from, torch, the device, the data."""
    import hashlib
    import json

    import torch

    files = sorted({c.metadata["snippet"].split(":")[0] for c in code_cells(nb)})
    key = json.dumps(
        [
            [c.source for c in code_cells(nb)],
            [(ROOT / f).read_text(encoding="utf-8") for f in files],
            torch.__version__,
            torch.cuda.is_available(),
            data_fingerprint(),
        ]
    )
    return OUT / "cache" / (hashlib.sha256(key.encode()).hexdigest() + ".json")


def placeholder_notebook(lang: str, name: str, why: str) -> Path:
    """A one-cell notebook saying why the real one is missing (the preview shows it instead);
    returns the folder to publish it from."""
    folder = ROOT / "build" / "preview" / "notebooks" / lang
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"> {why}")])
    text = nbformat.writes(nb)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return folder


def _cached_outputs(nb: nbformat.NotebookNode, cache: Path, figures: bool) -> list | None:
    import json

    if not cache.exists():
        return None
    outputs = json.loads(cache.read_text(encoding="utf-8"))
    if figures:  # the page shows the figures too: reuse only if they are all still there
        for cell, outs in zip(code_cells(nb), outputs, strict=True):
            chapter = Path(cell.metadata["snippet"].split(":")[0]).parent.name
            for out in outs:
                name = out.get("data", {}).get("text/plain")
                if "image/png" in out.get("data", {}) and not (FIGURES / chapter / name).exists():
                    return None
    return [[nbformat.from_dict(o) for o in outs] for outs in outputs]


def _store_outputs(nb: nbformat.NotebookNode, cache: Path) -> None:
    import json

    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps([c.outputs for c in code_cells(nb)]), "utf-8")


def _make(job: tuple[str, Path, Path, Path, int, bool]) -> str:
    name, page, twin, out, timeout, use_cache = job
    start = time.perf_counter()
    nbs = {"en": page_to_notebook(page, "en"), "zh": page_to_notebook(twin, "zh")}
    specs = {lang: [c.metadata["snippet"] for c in code_cells(nb)] for lang, nb in nbs.items()}
    if specs["en"] != specs["zh"]:
        raise NotebookError(
            f"{page.relative_to(ROOT)} and {twin.relative_to(ROOT)} give notebooks with "
            "different code cells; both pages must include the same snippets in the same order."
        )
    cache = _cache_file(nbs["en"])
    cached = _cached_outputs(nbs["en"], cache, figures=out == OUT) if use_cache else None
    if not code_cells(nbs["en"]):  # a page whose examples are all in prose starts no kernel
        how = "nothing to execute"
    elif cached is None:
        execute(nbs["en"], page, timeout, figures=out == OUT)
        _record_notebook_only(nbs["en"])
        _store_outputs(nbs["en"], cache)
        how = f"executed in {time.perf_counter() - start:.1f} s"
    else:
        for cell, outs in zip(code_cells(nbs["en"]), cached, strict=True):
            cell.outputs = outs
        how = "outputs reused: its code, snippets and torch are unchanged since it last ran"
    for en, zh in zip(code_cells(nbs["en"]), code_cells(nbs["zh"]), strict=True):
        zh.outputs, zh.execution_count = copy.deepcopy(en.outputs), None
    describe_images(nbs["en"], page, twin)
    describe_images(nbs["zh"], twin, page)
    for lang, nb in nbs.items():
        _add_version_cell(nb, lang)
        target = out / lang / name
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, str(target))
    return f"{name}: {len(specs['en'])} code cells, {how}"


def _add_version_cell(nb: nbformat.NotebookNode, lang: str) -> None:
    """First cell: which PyTorch made these outputs, and a note if the reader's differs
    (execdocs/readers.py; not executed here, the reader runs it)."""
    import torch

    from .readers import version_cell

    cell = nbformat.v4.new_code_cell(version_cell(lang, torch.__version__))
    cell.metadata["nn_guide"] = "versions"
    nb.cells.insert(0, cell)


def _make_or_report(job) -> str | NotebookError:
    try:
        return _make(job)
    except NotebookError as exc:
        return exc


@functools.cache
def _snippet_timeouts() -> dict[str, float]:
    from .snippets import discover

    return {s.rel: float(s.timeout) for s in discover()}


def _expected_seconds(job: tuple) -> float:
    """How long a notebook's execution is expected to take, to start the longest first: the sum
    of its snippets' timeouts (snippets.toml raises them for the slow ones: processes spawned,
    models trained), which puts distributed.ipynb, the longest by far, first."""
    timeouts = _snippet_timeouts()
    cells = code_cells(page_to_notebook(job[1]))
    return sum(timeouts.get(c.metadata["snippet"].split(":")[0], 60.0) for c in cells)


def build(
    timeout: int = 900, workers: int = 2, use_cache: bool = True, keep_going: bool = False
) -> int:
    """Make every notebook, executing the English ones in `workers` processes at once.

    A notebook whose code, snippet files, torch version, device and data are unchanged since its
    last execution reuses that execution's outputs (build/notebooks/cache/); CI starts from a
    clean clone, so it always executes everything. With `keep_going`, a notebook that fails does
    not stop the others (the preview uses this); the failures are raised together at the end."""
    from concurrent.futures import ProcessPoolExecutor

    jobs = [(*pair, timeout, use_cache) for pair in _pairs()]
    make = _make_or_report if keep_going else _make
    failed: list[NotebookError] = []

    def report(line) -> None:
        if isinstance(line, NotebookError):
            failed.append(line)
            print(f"error: {line}", file=sys.stderr, flush=True)
        else:
            print(f"notebook {line}", flush=True)

    # Notebook pages first, one at a time: the FashionMNIST one times its training, and those
    # timings are shown on the page, so nothing else should compete for the CPU meanwhile.
    for job in (j for j in jobs if j[3] == OUT):
        report(make(job))
    # The downloads, longest first: the two processes then finish close together, instead of
    # one running the longest notebook alone at the end (distributed.ipynb is the longest by far).
    downloads = sorted((j for j in jobs if j[3] != OUT), key=_expected_seconds, reverse=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for line in pool.map(make, downloads):
            report(line)
    if failed:
        raise NotebookError(f"{len(failed)} of {len(jobs)} notebooks failed (listed above)")
    return len(jobs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=int, default=900, help="seconds per cell")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--no-cache", action="store_true", help="execute every notebook again")
    parser.add_argument("--keep-going", action="store_true", help="make the others if one fails")
    args = parser.parse_args()
    start = time.perf_counter()
    try:
        count = build(
            args.timeout, args.workers, use_cache=not args.no_cache, keep_going=args.keep_going
        )
    except NotebookError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{count} notebooks made in {time.perf_counter() - start:.1f} s -> build/notebooks/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
