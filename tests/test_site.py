"""Checks of the built site (site/en, site/zh), run after `mkdocs build` by `nox -s docs`."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from execdocs import ROOT

pytestmark = pytest.mark.site
SITE = ROOT / "site"
LANGS = ("en", "zh")
# Attributes that make the browser fetch something when the page loads (links a reader clicks
# are fine: the edit link and the repository link point to GitHub on purpose).
FETCHING = {
    ("script", "src"),
    ("link", "href"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
}


def built_pages(lang: str) -> list[Path]:
    root = SITE / lang
    if not (root / "index.html").exists():
        pytest.fail(
            f"{root}/index.html is missing: the site is not built. Run `nox -s docs`, or "
            "`python -m execdocs.notebooks && mkdocs build -f mkdocs.yml && mkdocs build -f mkdocs.zh.yml`.",
            pytrace=False,
        )
    return sorted(p.relative_to(root) for p in root.rglob("index.html"))


class Fetches(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if (tag, name) in FETCHING and value:
                if tag == "link" and dict(attrs).get("rel") in {"alternate", "canonical"}:
                    continue
                self.urls.append((tag, value))


def test_both_languages_have_the_same_pages():
    en, zh = set(built_pages("en")), set(built_pages("zh"))
    assert en == zh, (
        f"only in en: {sorted(map(str, en - zh))}; only in zh: {sorted(map(str, zh - en))}"
    )


def test_root_chooses_a_language():
    index = (SITE / "index.html").read_text(encoding="utf-8")
    assert 'href="en/"' in index and 'href="zh/"' in index


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_loads_anything_from_another_host(lang):
    problems = []
    for page in built_pages(lang):
        parser = Fetches()
        parser.feed((SITE / lang / page).read_text(encoding="utf-8"))
        problems += [
            f"site/{lang}/{page}: <{tag}> loads {url}"
            for tag, url in parser.urls
            if re.match(r"^(https?:)?//", url)
        ]
    assert not problems, (
        "pages must load nothing from third-party hosts (readers in mainland China, offline "
        "readers); vendor the asset under theme/overrides/assets instead:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_shows_raw_notebook_json(lang):
    """mkdocs-static-i18n#198: notebooks copied as raw JSON instead of rendered."""
    raw = [
        f"site/{lang}/{p}"
        for p in built_pages(lang)
        if re.search(
            r'&quot;cell_type&quot;|"cell_type":\s*"(code|markdown)"',
            (SITE / lang / p).read_text(encoding="utf-8"),
        )
    ]
    assert not raw, f"pages showing a notebook's raw JSON: {raw}"


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_pages_are_rendered_with_outputs(lang):
    from execdocs.notebooks import notebook_pages

    names = notebook_pages(lang)
    if not names:
        pytest.skip("no page asks for a notebook (front matter `notebook:`)")
    for name in names:
        html = (SITE / lang / name.removesuffix(".ipynb") / "index.html").read_text(
            encoding="utf-8"
        )
        assert "jp-Cell" in html and "jp-OutputArea" in html, f"site/{lang}/{name}: not rendered"
        assert (SITE / lang / name.removesuffix(".ipynb") / Path(name).name).exists(), (
            f"site/{lang}/{name}: the .ipynb download is missing"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_switcher_and_edit_link(lang):
    problems = []
    for page in built_pages(lang):
        if page.parts[0] in {"search", "404.html"}:
            continue
        html = (SITE / lang / page).read_text(encoding="utf-8")
        if html.count('class="md-select__link"') != len(LANGS):
            problems.append(f"site/{lang}/{page}: language switcher missing")
        if page.as_posix() != "404.html" and "md-content__button" not in html:
            problems.append(f"site/{lang}/{page}: edit-this-page link missing")
    assert not problems, "\n".join(problems)


def test_chinese_search_index_is_segmented():
    index = (SITE / "zh" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "\\u200b" in index or "\u200b" in index, (
        "the Chinese search index has no zero-width spaces: jieba did not segment it "
        "(is jieba installed?)"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_pages_state_what_verified_them_and_offer_a_notebook(lang):
    from execdocs.notebooks import notebook_pages
    from execdocs.pages import docs_dir, includes, pages

    rendered = {p.relative_to(docs_dir(lang)) for p in notebook_pages(lang).values()}
    problems = []
    for page in pages(lang):
        if page.suffix != ".md" or not includes(docs_dir(lang) / page):
            continue
        url = page.with_suffix("") if page.name != "index.md" else page.parent
        html = (SITE / lang / url / "index.html").read_text(encoding="utf-8")
        if "admonition success" not in html:
            problems.append(f"site/{lang}/{url}/: no note of what verified its examples")
        if page not in rendered and 'class="md-button" download' not in html:
            problems.append(f"site/{lang}/{url}/: no notebook download link")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_fashion_mnist_page_shows_the_builds_own_results(lang):
    html = (SITE / lang / "fashion-mnist" / "index.html").read_text(encoding="utf-8")
    assert "<!-- output:" not in html
    results = re.findall(
        r"(quickstart|cnn): validation accuracy (\d+\.\d)%, test accuracy (\d+\.\d)%, "
        r"training (\d+\.\d) s",
        html,
    )
    assert {name for name, *_ in results} == {"quickstart", "cnn"}, results
    accuracy = {name: float(test) for name, _, test, _ in results}
    assert accuracy["cnn"] >= 90.0, accuracy
    # the time cost of each design choice, measured in the same run (the "costs" part)
    assert "ms per step" in html, "the page lacks the build's own timing of the design choices"


class Images(HTMLParser):
    def __init__(self):
        super().__init__()
        self.alts: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.alts.append(dict(attrs).get("alt"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_image_has_alternative_text(lang):
    """Figures and notebook images: alt text from the page, not nbconvert's placeholder."""
    problems = []
    for page in built_pages(lang):
        parser = Images()
        parser.feed((SITE / lang / page).read_text(encoding="utf-8"))
        for alt in parser.alts:
            if not (alt or "").strip() or alt.startswith("No description has been provided"):
                problems.append(f"site/{lang}/{page}: an image with alt={alt!r}")
    assert not problems, (
        "every image needs alternative text in the page's language (figures: "
        "`![what it shows](../figures/...)`; notebook images take the page's):\n"
        + "\n".join(problems)
    )
