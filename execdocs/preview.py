"""Live preview of both languages: `python -m execdocs.preview` (what `nox -s serve` runs).

`mkdocs serve` previews one config at a time; the site has one per language, under /en/ and
/zh/, with a language switcher between them. This serves site/ on http://127.0.0.1:8000/ with
MkDocs' own live-reload server, and:

- serves at once: both languages are built first (a few seconds) with whatever figures,
  records and notebooks the last run left; what is missing shows as a notice on the page;
- runs every snippet on CPU in the background (the same forkserver runner as the checks), then
  executes the notebooks; the open page reloads when their figures and outputs arrive;
- re-runs a snippet when its file changes, and the page shows the real new output in place of
  the `#>` lines (or the error, in a box) without writing the file: `nox -s update` writes;
- rebuilds only the language whose pages changed (both when a snippet or a shared file does);
- never exits because a snippet or a notebook fails: the page says what failed and how to fix it.
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import watchdog.events
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

from . import ROOT, live
from .outputs import render
from .records import record_verification
from .runner import run_snippet
from .snippets import SettingsError, Snippet, data_problem, data_root, discover
from .verify import SnippetFailure, verify

CONFIGS = {"en": ROOT / "mkdocs.yml", "zh": ROOT / "mkdocs.zh.yml"}
FIGURES = ROOT / "build" / "figures"
TRIGGER = ROOT / "build" / "preview" / "news" / "trigger"  # touched when background work has news;
# its own folder: the builds write elsewhere in build/preview, and a watched write rebuilds
DATA_ROOT = data_root()
log = logging.getLogger("mkdocs")


SEARCH = os.environ.get("NN_GUIDE_PREVIEW_SEARCH", "") == "1"


def build_lang(lang: str, serve_url: str) -> None:
    start = time.perf_counter()
    # Not strict: a preview shows the page and logs the warning; `nox -s docs` is strict.
    config = load_config(str(CONFIGS[lang]), site_url=f"{serve_url}{lang}/", strict=False)
    if not SEARCH:  # a third of the build; NN_GUIDE_PREVIEW_SEARCH=1 keeps it
        search = config.plugins.pop("material/search", None)
        for methods in config.plugins.events.values():  # its event handlers go too
            methods[:] = [m for m in methods if getattr(m, "__self__", None) is not search]
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config, serve_url=f"{serve_url}{lang}/")
    finally:
        config.plugins.on_shutdown()
    log.info("built %s in %.1f s", lang, time.perf_counter() - start)


def outcome(snippet: Snippet, result) -> tuple[str | None, str | None]:
    """(what the page should show, what went wrong) for one preview run of `snippet`."""
    source = snippet.path.read_text(encoding="utf-8")
    try:
        verify(snippet, result)
        return source, None
    except SnippetFailure as exc:
        failure = str(exc)
    broken = result.timed_out or result.crashed
    if not broken:
        try:
            shown = render(source, snippet.path, result.printed, result.raised)
        except (ValueError, SyntaxError):
            shown = None
        if "documented output differs" in failure:
            return shown, None  # new output: that is what a live preview is for
    hint = data_problem(snippet, DATA_ROOT)  # what to do comes first, the traceback after
    return None, f"{hint}\n\n{failure}" if hint else failure


class Preview:
    def __init__(self, url: str, run_snippets: bool, run_notebooks: bool):
        self.url = url
        self.changed: set[str] = set()
        self.edited: queue.Queue[Path] = queue.Queue()
        self.run_snippets, self.run_notebooks = run_snippets, run_notebooks

    # -- building ------------------------------------------------------------------------
    def first_build(self) -> None:
        """Both languages at once, one in a forked process: the preview is up in about the
        time of one build. (Before any thread starts, so forking is safe.)"""
        import multiprocessing

        other = multiprocessing.get_context("fork").Process(
            target=build_lang, args=("zh", self.url)
        )
        other.start()
        try:
            build_lang("en", self.url)
        except Exception as exc:
            log.error("build of en failed: %s", exc)
        other.join()

    def rebuild(self) -> None:
        langs = set(self.changed) if self.changed and self.changed <= set(CONFIGS) else set(CONFIGS)
        self.changed.clear()
        for lang in sorted(langs):
            try:
                build_lang(lang, self.url)
            except Exception as exc:  # keep serving; show the error like mkdocs serve does
                log.error("build of %s failed: %s", lang, exc)

    def news(self) -> None:
        """Background work has something to show: rebuild both languages and reload."""
        TRIGGER.parent.mkdir(parents=True, exist_ok=True)
        TRIGGER.write_text(str(time.time()), encoding="utf-8")

    # -- background work -----------------------------------------------------------------
    def run_one(self, snippet: Snippet) -> None:
        result = run_snippet(
            snippet.path,
            "cpu",
            timeout=snippet.timeout,
            threads=snippet.threads,
            env={"NN_GUIDE_DATA": DATA_ROOT},
            figures_dir=FIGURES / snippet.chapter,
        )
        shown, problem = outcome(snippet, result)
        if problem is None:
            live.problems.pop(snippet.rel, None)
        else:
            live.problems[snippet.rel] = problem
            log.warning("%s", problem.splitlines()[0])
        if shown is not None:
            live.outputs[snippet.rel] = shown
            if shown == snippet.path.read_text(encoding="utf-8"):
                record_verification(snippet, "cpu")
        else:
            live.outputs.pop(snippet.rel, None)

    def snippets(self) -> list[Snippet]:
        try:
            return [s for s in discover() if not s.notebook_only]
        except SettingsError as exc:
            log.error("%s", exc)
            return []

    def background(self) -> None:
        start = time.perf_counter()
        if self.run_snippets:
            todo = self.snippets()
            with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
                list(pool.map(self.run_one, todo))
            live.notices.pop("snippets", None)
            log.info(
                "ran %d snippets in %.1f s (%d failed)",
                len(todo),
                time.perf_counter() - start,
                len(live.problems),
            )
            self.news()
        if self.run_notebooks:
            self.notebooks()

    def notebooks(self) -> None:
        start = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "execdocs.notebooks", "--keep-going"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if run.returncode == 0:
            live.notices.pop("notebooks", None)
            log.info("notebooks executed in %.1f s", time.perf_counter() - start)
        else:
            errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
            live.notices["notebooks"] = (
                "executing it failed in this preview: "
                + (" ".join(errors)[:600] or run.stderr[-600:])
                + f" (NN_GUIDE_DATA={DATA_ROOT}; see README, 'Data')."
            )
            log.warning("notebooks: %s", live.notices["notebooks"])
        self.news()

    def watch_edits(self) -> None:
        """Re-run each edited snippet (the latest edit of a file wins) and show its output."""
        by_path = {s.path: s for s in self.snippets()}
        while True:
            path = self.edited.get()
            time.sleep(0.05)  # an editor's save can be several events: take the last
            pending = {path}
            while not self.edited.empty():
                pending.add(self.edited.get())
            for changed in sorted(pending):
                snippet = by_path.get(changed)
                if snippet is None or not changed.exists():
                    by_path = {s.path: s for s in self.snippets()}  # a new file, or settings
                    snippet = by_path.get(changed)
                if snippet is None or snippet.notebook_only:
                    continue
                start = time.perf_counter()
                self.run_one(snippet)
                log.info("re-ran %s in %.1f s", snippet.rel, time.perf_counter() - start)
            self.changed.add("shared")
            self.news()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--no-background", action="store_true", help="do not run snippets and notebooks"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    logging.getLogger("jieba").setLevel(logging.WARNING)
    url = f"http://{args.host}:{args.port}/"
    preview = Preview(url, not args.no_background, not args.no_background)
    if not args.no_background:
        live.notices["snippets"] = (
            "the preview is running the snippets in the background; this page reloads "
            "when they are done."
        )
        live.notices["notebooks"] = (
            "the preview executes the notebooks in the background, after the snippets; "
            "this page reloads when they are done."
        )
    preview.first_build()
    TRIGGER.parent.mkdir(parents=True, exist_ok=True)
    TRIGGER.touch()
    server = LiveReloadServer(
        builder=preview.rebuild,
        host=args.host,
        port=args.port,
        root=str(ROOT / "site"),
        polling_interval=0.2,  # notice an edit sooner than the default 0.5 s
    )
    # MkDocs' watcher does not say which path changed; a second handler on the same observer
    # notes the language, so an edit to one page rebuilds one language (about 1 s, not 2).
    for lang in CONFIGS:
        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = lambda event, lang=lang: preview.changed.add(lang)
        server.observer.schedule(handler, str(ROOT / "docs" / lang), recursive=True)
        server.watch(str(ROOT / "docs" / lang))

    def snippet_event(event) -> None:
        """An edited snippet is run first and the page rebuilt once, with its new code and
        output together; a catalogue (zh.po) or settings change rebuilds at once."""
        path = Path(getattr(event, "dest_path", "") or event.src_path)
        if event.event_type not in {"modified", "created", "moved", "deleted"}:
            return
        if path.suffix == ".py" and event.event_type != "deleted":
            preview.edited.put(path.resolve())
        elif not path.name.startswith("."):  # not an editor's or the writer's temporary file
            preview.changed.add("shared")
            preview.news()

    handler = watchdog.events.FileSystemEventHandler()
    handler.on_any_event = snippet_event
    server.observer.schedule(handler, str(ROOT / "snippets"), recursive=True)
    for shared in ("theme", "mkdocs.yml", "mkdocs.zh.yml", str(TRIGGER.parent)):
        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = lambda event: preview.changed.add("shared")
        server.observer.schedule(handler, str(ROOT / shared), recursive=True)
        server.watch(str(ROOT / shared))
    threading.Thread(target=preview.watch_edits, daemon=True).start()
    if not args.no_background:
        threading.Thread(target=preview.background, daemon=True).start()
    try:
        server.serve()
    except KeyboardInterrupt:
        log.info("shutting down")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
