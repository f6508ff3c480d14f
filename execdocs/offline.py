"""The guide to read offline: `python -m execdocs.offline` (`nox -s offline`, run by the publish
workflow after `nox -s docs`).

Per language, in build/offline/:
- nn-guide-<lang>.zip: the site built to work from the file system (Material's `offline`
  plugin, switched on by NN_GUIDE_OFFLINE=true in mkdocs.yml: plain `.html` links, the search
  index inlined, search running in an iframe instead of a Web Worker via the vendored
  iframe-worker shim). Unzip it and open index.html; it loads nothing from the network.
- nn-guide-<lang>.pdf: the whole guide in one PDF, printed by the Chromium the checks use: a
  table of contents (also as PDF bookmarks), every page in the navigation's order, code and
  `#>` outputs wrapped rather than cut, collapsed exercises opened, maths rendered, figures.

The workflow publishes both under downloads/ on the site, which the home page links to
(`downloads_html`). The tests (tests/test_offline.py) exercise the same code on a small scale:
an offline build opened from file://, and a PDF of a few pages.
"""

from __future__ import annotations

import argparse
import html as htmllib
import os
import posixpath
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from . import ROOT

ENV = "NN_GUIDE_OFFLINE"
OUT = ROOT / "build" / "offline"
CONFIGS = {"en": "mkdocs.yml", "zh": "mkdocs.zh.yml"}
SHIM = "assets/javascripts/iframe-worker/shim.js"
TEXT = {
    "en": {
        "contents": "Contents",
        "downloads": 'Read it offline: <a href="{zip}">the whole site as a zip</a> (unzip it '
        'and open <code>index.html</code>; search works) or <a href="{pdf}">one PDF</a>.',
        "note": "Made from the site, {url}, where every example runs in each build.",
    },
    "zh": {
        "contents": "目录",
        "downloads": '离线阅读：<a href="{zip}">整个网站的 zip 压缩包</a>（解压后打开 '
        '<code>index.html</code>，可以搜索）或 <a href="{pdf}">一个 PDF 文件</a>。',
        "note": "本文件由网站 {url} 生成；网站的每次构建都会运行全部示例。",
    },
}


def enabled() -> bool:
    return os.environ.get(ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def artifact(lang: str, suffix: str) -> str:
    """The file name of a language's zip or PDF, as published under downloads/."""
    return f"nn-guide-{lang}.{suffix}"


MARKER = "<!-- offline downloads -->"


def downloads_html(lang: str) -> str:
    """The home page's line with the links to the zip and the PDF. On the site they are
    published beside the two languages (downloads/); the offline copy links to the site."""
    from .readers import site_url

    base = "../downloads/" if not enabled() else urljoin(site_url(lang), "../downloads/")
    return TEXT[lang]["downloads"].format(
        zip=base + artifact(lang, "zip"), pdf=base + artifact(lang, "pdf")
    )


def adjust_config(config) -> None:
    """From the hooks' on_config: in the offline build, load the iframe-worker shim from the
    site itself (the plugin would load it from unpkg.com), and drop the language switcher (a
    copy holds one language)."""
    if not enabled():
        return
    polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in p]
    config.extra["polyfills"] = [*polyfills, SHIM]
    config.extra["alternate"] = []


def build_site(lang: str, dest: Path, strict: bool = True) -> Path:
    """The offline copy of a language's site, in `dest`."""
    if dest.exists():
        shutil.rmtree(dest)
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", CONFIGS[lang], "-d", str(dest)]
    env = os.environ | {ENV: "true", "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([*command, *(["--strict"] if strict else [])], cwd=ROOT, env=env, check=True)
    # A web server's "not found" page, with links from the site's root: no use from a folder.
    (dest / "404.html").unlink(missing_ok=True)
    return dest


def zip_site(site: Path, out: Path) -> Path:
    """site (a folder nn-guide-<lang>) -> out/nn-guide-<lang>.zip, holding that folder."""
    out.mkdir(parents=True, exist_ok=True)
    archive = shutil.make_archive(str(out / site.name), "zip", site.parent, site.name)
    return Path(archive)


# -- the PDF ---------------------------------------------------------------------------------


def _page_file(site: Path, base: str, href: str) -> str | None:
    """The site-relative HTML file a link of the page at `base` (site-relative) points to."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(parts.path)))
    if href.split("#")[0].endswith("/") or (site / path).is_dir():
        path = posixpath.normpath(posixpath.join(path, "index.html"))
    return path if (site / path).is_file() and path.endswith(".html") else None


def nav_pages(site: Path) -> list[tuple[list[str], str, str]]:
    """(part titles, title, file) of every page in the navigation's order, read from the home
    page's navigation (works for a site built with directory URLs and for the offline one)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    nav = soup.select_one("nav.md-nav--primary")
    found, seen = [], set()
    for link in nav.select("a.md-nav__link[href]"):
        if link.find_parent(class_="md-nav--secondary"):
            continue  # a page's own table of contents
        target = _page_file(site, "index.html", link["href"])
        if target is None or target in seen:
            continue
        seen.add(target)
        parts = []
        for item in link.find_parents("li", class_="md-nav__item--nested"):
            label = item.find(class_="md-nav__link", recursive=False) or item.find("label")
            title = label.find(class_="md-ellipsis") if label else None
            parts.insert(0, " ".join((title or label).get_text(" ").split()) if label else "")
        title = " ".join((link.find(class_="md-ellipsis") or link).get_text(" ").split())
        found.append((parts, title, target))
    return found


def _slug(path: str) -> str:
    return "p-" + re.sub(r"[^\w-]+", "-", path.removesuffix(".html")).strip("-")


def combined_html(site: Path, lang: str, pages: list[str] | None = None) -> str:
    """One HTML document holding every page's article (or `pages`, site-relative files, in
    the navigation's order), ids prefixed per page, links between pages made internal."""
    from bs4 import BeautifulSoup

    from .readers import site_url

    order = nav_pages(site)
    if pages is not None:
        order = [entry for entry in order if entry[2] in pages]
    slugs = {path: _slug(path) for _, _, path in order}
    head = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    styles = "\n".join(
        str(link) for link in head.select('head link[rel="stylesheet"]') if "//" not in link["href"]
    )
    title = head.select_one("head title").get_text()
    body, contents, last_parts = [], [], []
    for parts, page_title, path in order:
        soup = BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article.md-content__inner")
        if article is None or article.select_one(".jupyter-wrapper"):
            continue  # a notebook page: its prose and outputs are the page it is made from
        for junk in article.select(
            ".md-content__button, .nn-problem-end, .headerlink, .md-source-file, "
            ".nn-notebook-actions, a.md-button"
        ):
            junk.decompose()
        for details in article.select("details"):
            details["open"] = ""
        for tag in article.select("[id]"):
            tag["id"] = f"{slugs[path]}--{tag['id']}"
        for link in article.select("a[href]"):
            href = link["href"]
            if href.startswith("#"):
                link["href"] = f"#{slugs[path]}--{href[1:]}"
                continue
            target = _page_file(site, path, href)
            if target in slugs:
                anchor = urlsplit(href).fragment
                link["href"] = f"#{slugs[target]}" + (f"--{anchor}" if anchor else "")
            elif not urlsplit(href).scheme:
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), href))
                link["href"] = site_url(lang) + resolved  # a download, or a page left out
        for image in article.select("img[src]"):
            if not urlsplit(image["src"]).scheme:
                image["src"] = posixpath.normpath(
                    posixpath.join(posixpath.dirname(path), image["src"])
                )
        new = [p for i, p in enumerate(parts) if i >= len(last_parts) or last_parts[i] != p]
        last_parts = parts
        link = f'<a href="#{slugs[path]}">{htmllib.escape(page_title)}</a>'
        depth = len(parts)
        if new and new[-1] == page_title:  # a section's own page: it stands for the section
            new, link, depth = new[:-1], f'<span class="nn-pdf-section">{link}</span>', depth - 1
        for p in new:
            contents.append(f'<li class="nn-pdf-part">{htmllib.escape(p)}</li>')
        contents.append(f'<li style="margin-left: {depth}em">{link}</li>')
        body.append(
            f'<section class="nn-pdf-page" id="{slugs[path]}">{article.decode_contents()}</section>'
        )
    note = TEXT[lang]["note"].format(url=htmllib.escape(site_url(lang)))
    return f"""<!doctype html>
<html lang="{"zh-Hans" if lang == "zh" else "en"}">
<head>
<meta charset="utf-8">
<title>{htmllib.escape(title)}</title>
{styles}
<style>
  @page {{ size: A4; margin: 16mm 14mm 18mm; }}
  html {{ font-size: 137.5%; }}
  body {{ margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  .md-typeset {{ font-size: 0.62rem; }}
  .nn-pdf-page {{ break-before: page; }}
  .nn-pdf-cover h1 {{ font-size: 1.6rem; margin-top: 30%; }}
  .nn-pdf-contents li {{ list-style: none; }}
  .nn-pdf-part {{ font-weight: 700; margin-top: 0.8em; }}
  .nn-pdf-contents li {{ margin-bottom: 0.2em; }}
  .nn-pdf-section {{ font-weight: 700; }}
  .md-typeset pre > code {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
  .md-typeset .tabbed-set > input:not(:checked) + label {{ display: inline-block; }}
  .md-typeset img {{ max-width: 100%; break-inside: avoid; }}
  .md-typeset .highlight, .md-typeset .admonition {{ break-inside: avoid-page; }}
  .md-typeset :is(h1, h2, h3, h4) {{ break-after: avoid-page; }}
</style>
</head>
<body data-md-color-scheme="default" data-md-color-primary="custom" data-md-color-accent="custom">
<div class="md-typeset">
<section class="nn-pdf-cover"><h1>{htmllib.escape(title)}</h1><p>{note}</p></section>
<nav class="nn-pdf-page nn-pdf-contents"><h2>{TEXT[lang]["contents"]}</h2><ul>
{"".join(contents)}
</ul></nav>
{"".join(body)}
</div>
<script src="assets/katex/katex.min.js"></script>
<script src="assets/katex/auto-render.min.js"></script>
</body>
</html>
"""


KATEX = """() => renderMathInElement(document.body, {
  delimiters: [
    { left: "$$", right: "$$", display: true },
    { left: "$", right: "$", display: false },
    { left: "\\\\(", right: "\\\\)", display: false },
    { left: "\\\\[", right: "\\\\]", display: true },
  ],
  throwOnError: false,
})"""


def pdf(site: Path, lang: str, out: Path, browser, pages: list[str] | None = None) -> Path:
    """Print the guide (or `pages`) of the built site `site` to `out` with Playwright's
    Chromium `browser`. The document is written into the site folder, so that its styles,
    fonts and figures load from there, and removed afterwards."""
    document = site / "__guide_pdf__.html"
    document.write_text(combined_html(site, lang, pages), encoding="utf-8")
    try:
        page = browser.new_page()
        page.goto(document.resolve().as_uri(), wait_until="load")
        page.evaluate(KATEX)
        page.evaluate("document.fonts.ready")
        out.parent.mkdir(parents=True, exist_ok=True)
        page.pdf(
            path=str(out),
            format="A4",
            print_background=True,
            outline=True,
            tagged=True,
            display_header_footer=True,
            header_template="<span></span>",
            footer_template=(
                '<div style="font-size:8px;width:100%;text-align:center;color:#555">'
                '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
            ),
            margin={"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"},
        )
        page.close()
    finally:
        document.unlink()
    return out


def chromium(playwright):
    """The Chromium the browser checks use (tests/test_browser.py finds it the same way)."""
    for candidate in (os.environ.get("DOCS_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return playwright.chromium.launch(
                executable_path=found, args=["--no-sandbox", "--disable-gpu"]
            )
    raise SystemExit("no Chromium found (apt-get install chromium, or set DOCS_CHROMIUM)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=list(CONFIGS), action="append")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = chromium(p)
        for lang in args.lang or list(CONFIGS):
            start = time.perf_counter()
            site = build_site(lang, args.out / "site" / artifact(lang, "zip").removesuffix(".zip"))
            archive = zip_site(site, args.out)
            built = time.perf_counter()
            document = pdf(site, lang, args.out / artifact(lang, "pdf"), browser)
            print(
                f"{lang}: {archive.name} ({archive.stat().st_size / 1e6:.1f} MB, "
                f"{built - start:.1f} s), {document.name} "
                f"({document.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - built:.1f} s)",
                flush=True,
            )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
