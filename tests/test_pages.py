"""Pages in both languages: twins, includes, anchors, navigation; every snippet is shown."""

from __future__ import annotations

import re

import pytest

from execdocs import ROOT
from execdocs.pages import (
    FENCE,
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

# Chinese has no italics: a browser slants the glyphs of `*中文*` / `_中文_`, which reads as a
# rendering fault. What the check removes first, because its `*` and `_` are not emphasis:
# code spans, maths, link targets, attribute lists ({ #anchor }), a list marker; and the `**` of
# bold, so that `***x***` (bold italics) is still found.
_NOT_EMPHASIS = re.compile(
    r"(`+).+?\1"  # code span
    r"|\$\$.+?\$\$|\$[^$\s](?:[^$]*[^$\s])?\$"  # maths
    r"|\]\([^)]*\)|\{[^}]*\}"  # link target, attribute list
)
_CJK = r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]"
_EMPHASIS = re.compile(
    # `*x*` (Python-Markdown italicises it anywhere, inside a word too) and `_x_` (only at word
    # boundaries); x contains a CJK character.
    rf"(?<!\*)\*(?!\s)(?P<star>[^*]*?{_CJK}[^*]*?)(?<!\s)\*(?!\*)"
    rf"|(?<![\w_])_(?!\s)(?P<under>[^_]*?{_CJK}[^_]*?)(?<!\s)_(?![\w_])"
)


def cjk_italics(page) -> list[str]:
    """A message for each `*…*` or `_…_` emphasis around Chinese text in a page."""
    found, in_fence = [], False
    for number, line in enumerate(read_text(page).splitlines(), 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or line.lstrip().startswith("#>"):
            continue
        text = _NOT_EMPHASIS.sub(" ", line).replace("**", "")
        text = re.sub(r"^(\s*)[*+-]\s", r"\1  ", text)  # a list item's marker
        for m in _EMPHASIS.finditer(text):
            inner = m["star"] if m["star"] is not None else m["under"]
            found.append(
                f"{rel(page)}:{number}: italics around Chinese text, {m.group(0)!r}: browsers "
                f"slant CJK glyphs, which reads as a rendering fault. Use bold: **{inner}** "
                "(or put a literal * or _ in a code span)."
            )
    return found


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


@pytest.mark.parametrize(
    "page", [p for lang, p in ALL_PAGES if lang == "zh" and p.suffix == ".md"], ids=str
)
def test_no_italics_in_chinese(page):
    problems = cjk_italics(docs_dir("zh") / page)
    assert not problems, "\n".join(problems)


def test_cjk_italics_check_names_file_line_and_fix(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("# 页\n\n每个输出都是*所有*输入之和，_唯一_。\n", encoding="utf-8")
    star, under = cjk_italics(page)
    assert "p.md:3" in star and "'*所有*'" in star and "Use bold: **所有**" in star
    assert "p.md:3" in under and "'_唯一_'" in under and "Use bold: **唯一**" in under
    page.write_text("***粗斜体***也是斜体\n", encoding="utf-8")
    (both,) = cjk_italics(page)
    assert "Use bold: **粗斜体**" in both


def test_cjk_italics_check_passes_bold_lists_code_and_maths(tmp_path):
    page = tmp_path / "p.md"
    page.write_text(
        "# 页 { #page_one_ }\n\n"
        "* 列表项，**粗体**，**粗体**与**粗体**\n"
        "- 代码 `x * 2` 与 `*args` 中的星号、`a_b_c` 中的下划线\n"
        "    * 缩进的列表项，见[模块](../module_x.md#custom_linear)\n"
        "公式 $H_\\text{out} * W_\\text{in}$ 与 $$a * b$$，变量 snake_case_名字\n"
        "English *emphasis* and _this_ are fine.\n"
        "```python\n*代码块*\n```\n"
        "#> *输出*\n",
        encoding="utf-8",
    )
    assert cjk_italics(page) == []
