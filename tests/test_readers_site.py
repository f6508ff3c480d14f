"""The built site's links for readers (execdocs/readers.py): "Open in Colab" beside every
notebook download, "Report a problem" on every page, the home page's offline downloads; and in
Chromium, the problem link carries the heading the reader was at when they clicked it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from execdocs import ROOT, offline, readers

SITE = ROOT / "site"
LANGS = ("en", "zh")


class Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[dict] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._open = dict(attrs) | {"text": ""}
            self.links.append(self._open)

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag):
        if tag == "a":
            self._open = None


def anchors(path) -> list[dict]:
    parser = Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.links


def pages(lang: str):
    root = SITE / lang
    if not (root / "index.html").exists():
        pytest.fail("site/ is not built: run `nox -s docs`", pytrace=False)
    for path in sorted(root.rglob("index.html")):
        rel = path.parent.relative_to(root).as_posix()
        if rel.split("/")[0] not in {"search", "notebooks"}:
            yield ("" if rel == "." else rel + "/"), path


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_a_problem_link_with_its_address_language_and_verification(lang):
    problems = []
    for url, path in pages(lang):
        links = [a for a in anchors(path) if "nn-problem" in a.get("class", "").split()]
        if len(links) < 2:  # under the table of contents, and at the end of the article
            problems.append(f"site/{lang}/{url}: {len(links)} problem link(s)")
            continue
        query = parse_qs(urlsplit(links[0]["href"]).query)
        expected = readers.page_url(lang, url + "index.md")
        if query.get("page") != [expected] or links[0].get("data-nn-page") != expected:
            problems.append(f"site/{lang}/{url}: page {query.get('page')}, not {expected}")
        if query.get("template") != [readers.ISSUE_TEMPLATE]:
            problems.append(f"site/{lang}/{url}: template {query.get('template')}")
        if query.get("language") != [readers.TEXT[lang]["language"]]:
            problems.append(f"site/{lang}/{url}: language {query.get('language')}")
        html = path.read_text(encoding="utf-8")
        box = re.search(r'class="admonition success"[^>]*>\s*<p>(.*?)</p>', html, re.S)
        verified = query.get("verified", [""])[0]
        if box and not verified.startswith("PyTorch "):
            problems.append(f"site/{lang}/{url}: verified by {verified!r}, the box says {box[1]}")
        if box and verified.split(":")[0].removeprefix("PyTorch ") not in box[1]:
            problems.append(f"site/{lang}/{url}: {verified!r} is not what the box says")
    assert not problems, "\n".join(problems)


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_every_notebook_download_has_an_open_in_colab_link(lang):
    from execdocs.notebooks import notebook_pages

    rendered = {name.removesuffix(".ipynb") + "/" for name in notebook_pages(lang)}
    problems, seen = [], 0
    for url, path in pages(lang):
        links = anchors(path)
        downloads = [a for a in links if "download" in a and a.get("href", "").endswith(".ipynb")]
        if not downloads:
            if url in rendered:
                problems.append(f"site/{lang}/{url}: a notebook page without its download")
            continue
        seen += 1
        target = urljoin(f"https://site/{lang}/{url}", downloads[0]["href"])
        site_path = urlsplit(target).path.removeprefix(f"/{lang}/")
        if url in rendered:  # mkdocs-jupyter publishes the .ipynb beside the page
            site_path = url.rstrip("/") + ".ipynb"
        if not (SITE / lang / urlsplit(target).path.removeprefix(f"/{lang}/")).is_file():
            problems.append(f"site/{lang}/{url}: the download {downloads[0]['href']} is missing")
        colab = readers.colab_url(readers.repo_url(), lang, site_path)
        if not any(a.get("href") == colab for a in links):
            problems.append(f"site/{lang}/{url}: no link to {colab}")
    for name, source in notebook_pages(lang).items():  # the page a notebook page is made from
        url = source.relative_to(ROOT / "docs" / lang).as_posix().removesuffix("index.md")
        colab = readers.colab_url(readers.repo_url(), lang, name)
        if not any(a.get("href") == colab for a in anchors(SITE / lang / url / "index.html")):
            problems.append(f"site/{lang}/{url}: no link to {colab}")
    assert seen, "no page offers a notebook"
    assert not problems, "\n".join(problems)


@pytest.mark.site
@pytest.mark.parametrize("lang", LANGS)
def test_home_page_links_the_offline_zip_and_pdf(lang):
    links = [a["href"] for a in anchors(SITE / lang / "index.html") if "href" in a]
    for suffix in ("zip", "pdf"):
        assert f"../downloads/{offline.artifact(lang, suffix)}" in links, links


HEADING_TEXT = """h => {
  const c = h.cloneNode(true)
  c.querySelectorAll(".headerlink").forEach((e) => e.remove())
  return c.textContent.trim()
}"""


@pytest.mark.browser
@pytest.mark.parametrize(
    ("lang", "anchor"), [("en", "adaptive-pooling"), ("zh", "adaptive-pooling")]
)
def test_problem_link_carries_the_heading_the_reader_is_at(open_page, lang, anchor):
    page = open_page(f"{lang}/layers/pooling/#{anchor}")
    page.context.route(
        "https://github.com/**", lambda route: route.fulfill(status=200, body="issue form")
    )
    text = page.locator(f"article h2#{anchor}, article h3#{anchor}").first.evaluate(HEADING_TEXT)
    link = page.locator(".md-sidebar--secondary a.nn-problem").first
    with page.expect_popup() as popup:
        link.click()
    query = parse_qs(urlsplit(popup.value.url).query)
    assert query["heading"] == [text]
    assert query["page"] == [readers.page_url(lang, "layers/pooling.md") + f"#{anchor}"]
    assert query["template"] == [readers.ISSUE_TEMPLATE]
    # at the top of the page: the page itself, by its title
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(100)
    with page.expect_popup() as popup:
        link.click()
    query = parse_qs(urlsplit(popup.value.url).query)
    assert query["page"] == [readers.page_url(lang, "layers/pooling.md")]
    assert query["heading"] == [page.locator("article h1").first.evaluate(HEADING_TEXT)]
