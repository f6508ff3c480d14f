"""Live preview of both languages: `python -m execdocs.preview` (what `nox -s serve` runs).

`mkdocs serve` previews one config at a time; the site has one per language, under /en/ and
/zh/, with a language switcher between them. This serves site/ on http://127.0.0.1:8000/ with
MkDocs' own live-reload server and rebuilds the language whose files changed (both when a
snippet or a shared file changes); the open page reloads itself when the build is done.
"""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

import watchdog.events
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

from . import ROOT

CONFIGS = {"en": ROOT / "mkdocs.yml", "zh": ROOT / "mkdocs.zh.yml"}
log = logging.getLogger("mkdocs")


def build_lang(lang: str, serve_url: str) -> None:
    start = time.perf_counter()
    # Not strict: a preview shows the page and logs the warning; `nox -s docs` is strict.
    config = load_config(str(CONFIGS[lang]), site_url=f"{serve_url}{lang}/", strict=False)
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config, serve_url=f"{serve_url}{lang}/")
    finally:
        config.plugins.on_shutdown()
    log.info("built %s in %.1f s", lang, time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    logging.getLogger("jieba").setLevel(logging.WARNING)
    url = f"http://{args.host}:{args.port}/"
    changed: set[str] = set()

    def rebuild() -> None:
        langs = set(changed) if changed and changed <= set(CONFIGS) else set(CONFIGS)
        changed.clear()
        for lang in sorted(langs):
            try:
                build_lang(lang, url)
            except Exception as exc:  # keep serving; show the error like mkdocs serve does
                log.error("build of %s failed: %s", lang, exc)

    rebuild()
    server = LiveReloadServer(
        builder=rebuild,
        host=args.host,
        port=args.port,
        root=str(ROOT / "site"),
        polling_interval=0.2,  # notice an edit sooner than the default 0.5 s
    )
    # MkDocs' watcher does not say which path changed; a second handler on the same observer
    # notes the language, so an edit to one page rebuilds one language (about 1 s, not 2).
    for lang in CONFIGS:
        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = lambda event, lang=lang: changed.add(lang)
        server.observer.schedule(handler, str(ROOT / "docs" / lang), recursive=True)
        server.watch(str(ROOT / "docs" / lang))
    for shared in ("snippets", "theme", "mkdocs.yml", "mkdocs.zh.yml"):
        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = lambda event: changed.add("shared")
        server.observer.schedule(handler, str(ROOT / shared), recursive=True)
        server.watch(str(ROOT / shared))
    try:
        server.serve()
    except KeyboardInterrupt:
        log.info("shutting down")
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
