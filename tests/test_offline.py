"""The guide offline (execdocs/offline.py, `nox -s offline`): the site built to be read from the
file system, and the PDF, checked on a small scale so that `nox -s docs` stays quick: the
offline build of each language opened from file:// in Chromium, and a PDF of a few pages.

The PDF checks read it with poppler-utils (`pdfinfo`, `pdftotext`, `pdffonts`; `.ci/run`
installs them); without them they are skipped, or fail under DOCS_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest

from execdocs import ROOT, offline
from tests.conftest import need

pytestmark = pytest.mark.browser
SITE = ROOT / "site"
SEARCH = {"en": ("Pooling", "layers/pooling.html"), "zh": ("池化", "layers/pooling.html")}
# A heading of each language that the PDF of these pages must contain, as text.
PDF_PAGES = ["index.html", "layers/pooling/index.html"]
PDF_HEADINGS = {
    "en": ["Every example runs as shown", "Output size"],
    "zh": ["每个示例都真实运行", "输出尺寸"],
}


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in {"href", "src"} and value:
                self.urls.append(value)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_offline_copy_works_from_the_file_system(browser, tmp_path, lang):
    """Every local link of every page leads to a file of the copy; from file://, a page loads
    nothing else, search finds a chapter and its result opens; the zip holds the copy."""
    site = offline.build_site(lang, tmp_path / f"nn-guide-{lang}", strict=False)
    broken = []
    for page in sorted(site.rglob("*.html")):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for url in parser.urls:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.exists() or target.is_dir():
                broken.append(f"{page.relative_to(site)}: {url}")
    assert not broken, "links that lead nowhere in the offline copy:\n" + "\n".join(broken[:20])

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append(f"failed: {r.url}"))
    page.goto((site / "index.html").as_uri(), wait_until="load")
    word, expected = SEARCH[lang]
    page.keyboard.press("s")
    page.locator("input.md-search__input").fill(word)
    page.keyboard.press("End")
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15_000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any(expected in h for h in hrefs), hrefs
    page.locator(f'.md-search-result__item a[href*="{expected}"]').first.click()
    page.wait_for_url(f"**/{expected}*")
    assert page.locator("article h1").first.is_visible()
    context.close()
    foreign = [u for u in requests if not u.startswith(("file:", "data:", "about:", "blob:"))]
    assert not foreign, f"the offline copy asked the network for: {foreign}"
    assert not errors, errors

    archive = offline.zip_site(site, tmp_path / "zips")
    names = zipfile.ZipFile(archive).namelist()
    assert archive.name == offline.artifact(lang, "zip")
    assert f"nn-guide-{lang}/index.html" in names
    assert f"nn-guide-{lang}/search/search_index.js" in names


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        need(f"{tool} is not installed (apt-get install poppler-utils)")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdf_has_contents_text_and_embedded_fonts(browser, tmp_path, lang):
    """A PDF of two pages of the built site: the cover, the contents and the pages, the text of
    known headings (so CJK text is text, not shapes), every font embedded, maths rendered."""
    if not (SITE / lang / "index.html").exists():
        pytest.fail("site/ is not built: run `nox -s docs`", pytrace=False)
    document = offline.pdf(SITE / lang, lang, tmp_path / f"guide-{lang}.pdf", browser, PDF_PAGES)
    info = poppler("pdfinfo", str(document))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1])
    assert pages >= 4, info  # cover, contents, then each page starts on its own
    text = poppler("pdftotext", "-layout", str(document), "-")
    for heading in PDF_HEADINGS[lang]:
        assert heading in text, f"{heading!r} is not in the PDF's text"
    assert "#>" in text, "the documented outputs are missing from the PDF"
    assert "\\lfloor" not in text, "maths was not rendered"
    # Every font embedded (emb) with a Unicode map (uni), so the text reads and copies the same
    # anywhere. Chromium embeds the CFF-based Noto CJK glyphs as Type 3 fonts (outlines).
    fonts = poppler("pdffonts", str(document)).splitlines()[2:]
    assert fonts, "the PDF has no fonts"
    missing = [line for line in fonts if (line.split()[-5], line.split()[-3]) != ("yes", "yes")]
    assert not missing, "fonts not embedded or without a Unicode map:\n" + "\n".join(missing)
