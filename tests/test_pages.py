"""Pages in both languages: twins, includes, anchors, navigation; every snippet is shown."""

from __future__ import annotations

import re

import pytest

from execdocs import ROOT
from execdocs.pages import (
    LANGS,
    docs_dir,
    generated_notebooks,
    headings,
    include_problem,
    includes,
    missing_twins,
    nav_files,
    pages,
    read_text,
    rel,
)
from execdocs.snippets import SNIPPETS_DIR, snippet_files

OTHER = {"en": "zh", "zh": "en"}
ALL_PAGES = sorted({(lang, p) for lang in LANGS for p in pages(lang)})
TWINS = sorted({p for _, p in ALL_PAGES if p.suffix == ".md"})


def test_pages_exist():
    assert TWINS, "no page under docs/en or docs/zh"


def test_every_page_has_its_twin():
    problems = missing_twins()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("lang", "page"), [x for x in ALL_PAGES if x[1].suffix == ".md"], ids=lambda v: str(v)
)
def test_page_is_well_formed(lang, page):
    path = docs_dir(lang) / page
    problems = [p for inc in includes(path) if (p := include_problem(inc))]
    for h in headings(path):
        if h.level >= 2 and not h.anchor:
            problems.append(
                f"{rel(path)}:{h.line}: heading {h.text!r} has no explicit anchor. Add the "
                "English anchor used by both languages, e.g. `## Pooling {{ #pooling }}`: links "
                "and the language switcher land on it."
            )
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if re.match(r"^\s*```\s*(python|py)\b", line):
            following = read_text(path).splitlines()[number : number + 1]
            if following and not following[0].lstrip().startswith("--8<--"):
                problems.append(
                    f"{rel(path)}:{number}: Python code typed into the page. Put it in a "
                    "snippet file under snippets/<chapter>/ and include it with "
                    '--8<-- "snippets/<chapter>/<name>.py" (both languages include the same file).'
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", TWINS, ids=str)
def test_twins_agree(page):
    """The two languages include the same snippets and have the same heading anchors."""
    en, zh = docs_dir("en") / page, docs_dir("zh") / page
    if not (en.exists() and zh.exists()):
        pytest.skip("twin missing: reported by test_every_page_has_its_twin")
    problems = []
    en_inc, zh_inc = [i.spec for i in includes(en)], [i.spec for i in includes(zh)]
    if en_inc != zh_inc:
        problems.append(
            f"{rel(en)} and {rel(zh)} include different snippets (the code must be identical "
            f"in both languages):\n  en: {en_inc}\n  zh: {zh_inc}"
        )
    en_anchors = [(h.level, h.anchor) for h in headings(en) if h.level >= 2]
    zh_anchors = [(h.level, h.anchor) for h in headings(zh) if h.level >= 2]
    if en_anchors != zh_anchors:
        problems.append(
            f"{rel(en)} and {rel(zh)} have different headings (level, anchor); the switcher "
            f"lands on the same anchor in the other language:\n  en: {en_anchors}\n  zh: {zh_anchors}"
        )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "path", snippet_files(), ids=lambda p: p.relative_to(SNIPPETS_DIR).as_posix()
)
def test_snippet_is_shown_in_both_languages(path):
    spec = path.relative_to(ROOT).as_posix()
    if len(path.relative_to(SNIPPETS_DIR).parts) != 2 or not re.fullmatch(
        r"[a-z0-9_]+\.py", path.name
    ):
        pytest.fail(
            f"{spec}: snippets live at snippets/<chapter>/<snake_case_name>.py", pytrace=False
        )
    missing = [
        lang
        for lang in LANGS
        if not any(
            inc.file == spec
            for p in pages(lang)
            if p.suffix == ".md"
            for inc in includes(docs_dir(lang) / p)
        )
    ]
    if missing:
        pytest.fail(
            f"{spec} is not included by any page in: {', '.join(missing)}. Every snippet is "
            f'shown in both languages: add --8<-- "{spec}" to the page in docs/en and its twin '
            "in docs/zh, or delete the snippet.",
            pytrace=False,
        )


@pytest.mark.parametrize("lang", LANGS)
def test_nav_lists_every_page(lang):
    listed = nav_files(lang)
    on_disk = [p.as_posix() for p in pages(lang)] + generated_notebooks(lang)
    problems = [
        f"{LANGS[lang]}: nav names {p}, which is not in docs/{lang}/"
        for p in listed
        if p not in on_disk
    ]
    problems += [
        f"docs/{lang}/{p} is not in the nav of {LANGS[lang]}" for p in on_disk if p not in listed
    ]
    assert not problems, "\n".join(problems)
    assert listed == nav_files(OTHER[lang]), (
        f"{LANGS[lang]} and {LANGS[OTHER[lang]]} list the pages in a different order"
    )
