"""The built site in headless Chromium: what a reader relies on.

Needs Chromium (Debian: `apt-get install chromium`; `.ci/run` installs it) and Python
Playwright (pinned in requirements). Without a browser these tests are skipped with the reason,
unless DOCS_REQUIRE_BROWSER=1 (CI), where that is an error. Screenshots of every page in both
languages, light and dark, are written to build/screenshots/ for people to look at.

Accessibility: every page, in both languages and both colour schemes, is checked with axe-core
(bundled by the pinned axe-playwright-python, so offline) against the WCAG 2.0/2.1 A and AA
rules; a serious or critical violation fails with the page, the scheme, the rule and the
elements. The colours are in theme/overrides/assets/stylesheets/extra.css.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import pytest

from execdocs import ROOT
from tests.conftest import env_flag, need

pytestmark = pytest.mark.browser
SITE = ROOT / "site"
SHOTS = ROOT / "build" / "screenshots"


def site_paths(lang: str) -> list[str]:
    root = SITE / lang
    return sorted(
        f"{lang}/{p.parent.relative_to(root).as_posix()}/".replace("/./", "/")
        for p in root.rglob("index.html")
        if "search" not in p.parts
    )


# axe-core (bundled by the axe-playwright-python package, so it runs offline): the WCAG 2.0 and
# 2.1 rules of levels A and AA. Any serious or critical violation fails the page.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_FAILING = {"serious", "critical"}
CODE_TOKENS = ROOT / "tests" / "js" / "code_token_representatives.js"
# Rules whose verdict depends on colours. The others depend only on the page's markup and
# layout, which the colour scheme does not change (it swaps CSS colour variables): they are
# checked once per page, the colour rules in both schemes.
AXE_COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# Two runs, one verdict: the rules but colour contrast, on the whole page; colour contrast on
# everything outside code blocks and on one token of each look inside them (the JS file above
# says why that is the same verdict, for about half the time on a code-heavy page).
AXE_RUN = """async ([tags, colourRules, colourOnly]) => {
  const only = {resultTypes: ["violations"]};
  const rest = colourOnly
    ? {...only, runOnly: {type: "rule", values: colourRules.filter((r) => r !== "color-contrast")}}
    : {...only, runOnly: {type: "tag", values: tags}, rules: {"color-contrast": {enabled: false}}};
  const contrast = {...only, runOnly: {type: "rule", values: ["color-contrast"]}};
  const tokens = {include: [[":root"], ["pre [data-axe-rep]"]], exclude: [["pre"]]};
  const runs = [await axe.run(document, rest), await axe.run(tokens, contrast)];
  return runs.flatMap((run) => run.violations);
}"""


@pytest.fixture(scope="module")
def axe_script() -> str:
    try:
        from axe_playwright_python.base import AXE_SCRIPT
    except ImportError:
        need("axe-playwright-python (axe-core) is not installed")
    return AXE_SCRIPT


def axe_violations(page, axe_script: str, colour_only: bool = False) -> list[str]:
    """One line per serious/critical violation: rule, impact, what it asks, the elements.
    With `colour_only`, only the rules whose verdict depends on colours (AXE_COLOUR_RULES)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(axe_script)
    page.evaluate(CODE_TOKENS.read_text(encoding="utf-8"))  # marks the code tokens to check
    lines = []
    for v in page.evaluate(AXE_RUN, [AXE_TAGS, AXE_COLOUR_RULES, colour_only]):
        if v["impact"] not in AXE_FAILING:
            continue
        targets = [
            " ".join(map(str, n["target"])).replace('[data-axe-rep=""]', "") for n in v["nodes"]
        ]
        shown = "; ".join(targets[:5]) + (
            f"; ... {len(targets) - 5} more" if len(targets) > 5 else ""
        )
        detail = " ".join(v["nodes"][0].get("failureSummary", "").split())
        lines.append(
            f"{v['id']} ({v['impact']}): {v['help']}: {len(targets)} element(s): {shown}"
            f"\n      first: {detail}"
        )
    return lines


def switch_scheme(page) -> None:
    """Click the header's light/dark toggle, as a reader does, and wait until it has settled."""
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.mouse.move(0, 0)
    page.wait_for_function(
        """before => document.body.dataset.mdColorScheme !== before
            && !document.body.hasAttribute("data-md-color-switching")
            && document.getAnimations().every((a) => a.playState !== "running")""",
        arg=before,
    )


SCHEMES = {"default": "light", "slate": "dark"}
PASSED = ROOT / "build" / "pages-passed"  # one empty file per page (and inputs) that passed


@functools.cache
def _page_inputs(lang: str, axe_script: str) -> str:
    """What every page's verdict depends on besides its own HTML: the site's CSS, JS and fonts,
    axe itself, and these checks."""
    digest = hashlib.sha256((axe_script + AXE_RUN + repr(AXE_TAGS)).encode())
    digest.update(CODE_TOKENS.read_bytes())
    digest.update(Path(__file__).read_bytes())
    for asset in sorted((SITE / lang / "assets").rglob("*")):
        if asset.is_file():
            digest.update(asset.read_bytes())
    return digest.hexdigest()


def passed_marker(path: str, start: str, axe_script: str) -> Path:
    """A page's verdict (both schemes, axe included) is reused while the page, the site's assets,
    axe and these checks are byte for byte the same as when it passed: a warm `nox -s docs`
    rebuilds identical pages. DOCS_RERUN=1, and a fresh clone, check every page."""
    html = (SITE / path / "index.html").read_bytes()
    inputs = _page_inputs(path.split("/")[0], axe_script)
    return PASSED / hashlib.sha256(html + f"{inputs} {start}".encode()).hexdigest()


# Each language's pages in two halves (every other page), so that the four tests spread evenly
# over the two pytest-xdist workers of `nox -s docs` (it hands them out in pairs, in order).
# The first half starts from a light system preference, the second from a dark one.
@pytest.mark.parametrize(("lang", "half"), [("en", 0), ("en", 1), ("zh", 0), ("zh", 1)])
def test_pages_render_load_only_local_files_and_pass_axe(
    open_page, base_url, axe_script, lang, half
):
    """Every page, in both colour schemes: a visible title, maths rendered, no request to
    another host, no script error, a screenshot, and no serious/critical axe violation.

    Each page is loaded once and checked in the scheme it opens in, then in the other one after
    a click on the toggle, which is clicked once more so that the next page opens in the same
    scheme (Material remembers it) and a page's verdict can be reused (passed_marker).
    """
    SHOTS.mkdir(parents=True, exist_ok=True)
    problems = []
    page = open_page(f"{lang}/", ["light", "dark"][half])
    start = ["light", "dark"][half]
    for path in site_paths(lang)[half::2]:
        passed = passed_marker(path, start, axe_script)
        if passed.exists() and not env_flag("DOCS_RERUN"):
            continue  # byte for byte what passed here before, screenshots included
        found = len(problems)
        page.requests.clear()
        page.errors.clear()
        page.goto(base_url + path, wait_until="load")
        page.evaluate("document.fonts.ready")
        if page.locator(".katex-error").count():
            problems.append(f"{path}: KaTeX could not render some maths")
        for turn in range(2):
            scheme = SCHEMES[page.evaluate("document.body.dataset.mdColorScheme")]
            if not page.locator("article h1").first.is_visible():
                problems.append(f"{path} ({scheme}): no visible h1")
            name = path.strip("/").replace("/", "_") or "root"
            page.screenshot(path=str(SHOTS / f"{name}_{scheme}.png"))
            violations = axe_violations(page, axe_script, colour_only=turn == 1)
            problems += [f"{path} ({scheme}): axe: {v}" for v in violations]
            switch_scheme(page)  # after both turns: back, so every page opens in `start`
        foreign = [u for u in page.requests if not u.startswith((base_url, "data:"))]
        if foreign:
            problems.append(f"{path}: requests to other hosts: {foreign}")
        if page.errors:
            problems.append(f"{path}: errors: {page.errors}")
        if len(problems) == found:
            PASSED.mkdir(parents=True, exist_ok=True)
            passed.touch()
    assert not problems, "\n".join(problems)


def test_language_switch_keeps_page_and_heading(open_page, base_url):
    page = open_page("en/layers/pooling/#output-size")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="zh"]').click()
    page.wait_for_url("**/zh/layers/pooling/#output-size")
    assert page.locator("article h1").first.inner_text().startswith("池化")
    page.locator(".md-header__option .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url("**/en/layers/pooling/#output-size")


def test_copy_button_copies_the_snippet(open_page):
    page = open_page("en/layers/pooling/", permissions=["clipboard-read", "clipboard-write"])
    block = page.locator("div.highlight").filter(has_text="MaxPool2d").first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    expected = (ROOT / "snippets" / "layers" / "maxpool_ceil_mode.py").read_text(encoding="utf-8")
    assert copied.strip() == expected.strip()


def test_chinese_search_finds_a_word_inside_a_heading(open_page):
    page = open_page("zh/")
    page.keyboard.press("s")  # Material's shortcut to the search box
    # "连接" is in the middle of the heading "从零实现全连接层" (module.md#custom-linear); jieba
    # segments it at build time. Chinese arrives as text input with no key events, so a key is
    # pressed after it, as after typing with an input method.
    page.locator("input.md-search__input").fill("连接")
    page.keyboard.press("End")
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10_000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any("module/" in h for h in hrefs), hrefs


def test_maths_is_rendered(open_page):
    page = open_page("en/layers/pooling/")
    assert page.locator(".katex-display").count() >= 1
    assert "\\lfloor" not in page.locator("article").inner_text()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_dark_mode_toggle(open_page, lang):
    page = open_page(f"{lang}/module/")
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    after = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert before != after, (before, after)


def test_chinese_copy_button_copies_chinese_comments_and_code_that_runs(open_page, tmp_path):
    """What a Chinese reader copies: the snippet with Chinese comments, which runs and prints
    exactly the #> lines the page shows."""
    from execdocs.comments import CJK, translated_snippet
    from execdocs.outputs import render
    from execdocs.runner import run_snippet

    page = open_page("zh/optim/", permissions=["clipboard-read", "clipboard-write"])
    block = page.locator("div.highlight").filter(has_text="optimizer.zero_grad()").first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    source = ROOT / "snippets" / "optim" / "training_step.py"
    assert copied.strip() == translated_snippet(source).strip()
    comments = [line for line in copied.splitlines() if "# " in line and "#>" not in line]
    assert comments and all(CJK.search(line) for line in comments), comments
    script = tmp_path / "copied.py"
    script.write_text(copied, encoding="utf-8")
    result = run_snippet(script, "cpu", timeout=60)
    assert result.raised is None, result.raised and result.raised.traceback
    assert render(copied, script, result.printed, None) == copied.rstrip("\n") + "\n"
