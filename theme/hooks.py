"""MkDocs hooks shared by both languages (listed under `hooks:` in mkdocs.yml)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.plugins import event_priority

from execdocs import ROOT, live, offline, readers, versions
from execdocs.notebooks import notebook_pages, placeholder_notebook
from execdocs.pages import INCLUDE, included_files
from execdocs.records import verification_records
from execdocs.shown import write_tree

# A warning fails `mkdocs build --strict` (what `nox -s docs` runs) and is only shown by the
# preview, which then renders the page anyway with a notice in place of what is missing.
log = logging.getLogger("mkdocs.hooks.nn_guide")


def _lang(config) -> str:
    return Path(config["docs_dir"]).name


def on_config(config):
    """Point pymdownx.snippets at the snippet files as this language's reader sees them:
    comments translated for Chinese, and, in the preview, live outputs (execdocs.shown)."""
    tree = write_tree(_lang(config))
    if tree is not None:
        options = config["mdx_configs"].setdefault("pymdownx.snippets", {})
        options["base_path"] = [str(tree), str(ROOT)]
    offline.adjust_config(config)
    return config


# Notebook pages (mkdocs-jupyter, via nbconvert) load MathJax from a CDN. Maths is rendered by
# the vendored KaTeX on every page, so those tags only cost a third-party request: drop them.
THIRD_PARTY_SCRIPT = re.compile(r'<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>', re.I)

ROOT_INDEX = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>torch.nn guide · torch.nn 实战指南</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>
  var zh = (navigator.languages || [navigator.language || ""]).some(function (l) {
    return /^zh\\b/i.test(l)
  })
  location.replace(zh ? "zh/" : "en/")
</script>
</head>
<body>
<p><a href="en/">English</a> · <a href="zh/">中文</a></p>
</body>
</html>
"""


def on_page_context(context, page, config, nav):
    """A generated notebook's "edit" link points at the page it is made from."""
    lang = _lang(config)
    source = notebook_pages(lang, Path(config["docs_dir"])).get(page.file.src_uri)
    if source is not None and config.get("repo_url") and config.get("edit_uri"):
        rel = source.relative_to(Path(config["docs_dir"])).as_posix()
        page.edit_url = (
            config["repo_url"].rstrip("/") + "/" + config["edit_uri"].strip("/") + "/" + rel
        )
    readers.page_context(page, config, source)
    return context


# Output lines (`#> ...`) are Python comments to Pygments. Mark them, so that the stylesheet
# (theme/overrides/assets/stylesheets/extra.css) can set what a snippet printed apart from its
# code and from its other comments; the text, and so what the copy button copies, is unchanged.
OUTPUT_COMMENT = re.compile(r'<span class="c1">#&gt;')
OUTPUT_MARKED = '<span class="c1 nn-output"><span class="nn-output__mark">#&gt;</span>'

# Notebook pages (mkdocs-jupyter): a code cell's source scrolls sideways when a line is long.
# A keyboard user reaches it with Tab and scrolls it with the arrow keys (WCAG 2.1.1), and a
# screen reader names it. nbconvert already makes every output focusable; it gets a name too.
NOTEBOOK_CODE = re.compile(r'<div class="highlight-ipynb hl-python">')
NOTEBOOK_OUTPUT = re.compile(
    r'(<div class="[^"]*\bjp-OutputArea-output\b[^"]*"[^>]*?) tabindex="0"'
)
REGION_NAMES = {"en": ("Code", "Output"), "zh": ("代码", "输出")}


# A notebook page's markdown cells come from its page and keep its links to other pages
# (`../losses.md#no-softmax`); MkDocs rewrites those on .md pages only. Here they get the URL
# of the page they name, relative to the notebook page, as on any other page.
MD_LINK = re.compile(r'href="(?![a-z][a-z0-9+.-]*:|#|/)([^"#]+\.md)(#[^"]*)?"')
_files = None  # this build's files (on_files), to look pages up by path


def _notebook_links(output: str, page) -> str:
    import posixpath

    base = posixpath.dirname(page.file.src_uri)

    def resolve(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(base, match[1]))
        found = _files.get_file_from_path(target) if _files is not None else None
        if found is None:
            return match[0]  # left as written: the site checks report a link that leads nowhere
        return f'href="{found.url_relative_to(page.file)}{match[2] or ""}"'

    return MD_LINK.sub(resolve, output)


def on_post_page(output: str, page, config) -> str:
    output = readers.post_page(output, page, config)
    output = THIRD_PARTY_SCRIPT.sub("", output)
    output = OUTPUT_COMMENT.sub(OUTPUT_MARKED, output)
    if page.file.src_uri.endswith(".ipynb"):
        code, out = REGION_NAMES[Path(config["docs_dir"]).name]
        output = NOTEBOOK_CODE.sub(
            f'<div class="highlight-ipynb hl-python" tabindex="0" role="region" '
            f'aria-label="{code}">',
            output,
        )
        output = NOTEBOOK_OUTPUT.sub(rf'\1 tabindex="0" role="region" aria-label="{out}"', output)
        output = _notebook_links(output, page)
    return output


def on_post_build(config) -> None:
    """Write the language chooser at the root of the published site (site/index.html)."""
    if offline.enabled():
        return  # one language, opened from the file system: no chooser above it
    site_dir = Path(config["site_dir"])
    (site_dir.parent / "index.html").write_text(ROOT_INDEX, encoding="utf-8")


# Figures are made by running snippets (tests/test_snippets.py copies the images a snippet saves
# to build/figures/<chapter>/) and published as figures/<chapter>/<name> in both languages.
FIGURES = ROOT / "build" / "figures"
FIGURE_LINK = re.compile(r"\]\((?:\.\./)*(figures/[^)\s]+)\)")


NOTEBOOKS = ROOT / "build" / "notebooks"


@event_priority(100)  # before mkdocs-jupyter, which turns .ipynb files into pages
def on_files(files, config):
    """Add the figures and the generated notebooks (execdocs/notebooks.py) to the site."""
    from mkdocs.structure.files import File

    if FIGURES.is_dir():
        for image in sorted(FIGURES.rglob("*")):
            if image.is_file():
                uri = "figures/" + image.relative_to(FIGURES).as_posix()
                files.append(File.generated(config, uri, abs_src_path=str(image)))
    lang = Path(config["docs_dir"]).name
    for name, page in notebook_pages(lang, Path(config["docs_dir"])).items():
        src_dir = NOTEBOOKS / lang
        if not (src_dir / name).is_file():
            why = live.notices.get("notebooks") or (
                "it is generated and executed by `python -m execdocs.notebooks` (part of "
                "`nox -s docs`); run that first"
            )
            log.warning(
                "%s asks for the notebook %s, which is missing from build/notebooks/%s/: %s.",
                page.relative_to(ROOT),
                name,
                lang,
                why,
            )
            src_dir = placeholder_notebook(lang, name, why)
        # A File with a real src_dir (not File.generated): mkdocs-jupyter's wrapper needs one.
        files.append(
            File(
                name,
                src_dir=str(src_dir),
                dest_dir=config["site_dir"],
                use_directory_urls=config["use_directory_urls"],
            )
        )
    downloads = NOTEBOOKS / "downloads" / lang
    if downloads.is_dir():
        for notebook in sorted(downloads.rglob("*.ipynb")):
            uri = "notebooks/" + notebook.relative_to(downloads).as_posix()
            # Given as content, not a path: mkdocs-jupyter leaves it alone (a download, not a page).
            files.append(File.generated(config, uri, content=notebook.read_bytes()))
    global _files
    _files = files
    return files


TEXT = {
    "en": {
        "download": "Download this page as a Jupyter notebook",
        "verified": "Verified: the {n} examples on this page ran as written with PyTorch {torch} "
        "on {devices} and printed exactly what is shown.",
        "default_device": " {which} also ran with CUDA as the default device "
        "(a check of the layers' numerics on the GPU).",
        "all": "All of them",
        "some": "{k} of them",
        "unverified": "Not verified in this build: {names} (run `nox -s docs`).",
        "and": " and on ",
        "no_output": "The output of `{spec}` is shown from this page's notebook, which is not "
        "available in this build: {why}",
        "no_figure": "This figure is made by running `{snippet}`, and is not available in this "
        "build: {why}",
        "problem": "Running `{snippet}` in the preview failed; the page shows its output from "
        "the file",
    },
    "zh": {
        "download": "下载本页的 Jupyter notebook",
        "verified": "已验证：本页的 {n} 个示例已按原样在 PyTorch {torch}（{devices}）上运行，"
        "输出与页面所示完全一致。",
        "default_device": "{which}还以 CUDA 为默认设备运行过（在 GPU 上检查各层的数值）。",
        "all": "全部示例",
        "some": "其中 {k} 个",
        "unverified": "本次构建未验证：{names}（请运行 `nox -s docs`）。",
        "and": "、",
        "no_output": "`{spec}` 的输出取自本页的 notebook，而本次构建中没有它：{why}",
        "no_figure": "这张图由运行 `{snippet}` 生成，本次构建中没有它：{why}",
        "problem": "预览中运行 `{snippet}` 失败；页面上显示的是文件中原有的输出",
    },
}


def _verification(snippets: list[str], lang: str) -> str:
    """What verified this page, from the records the snippet tests wrote (tests/test_snippets.py)."""
    records = verification_records()
    devices, torch_versions, missing = {}, set(), []
    for snippet in snippets:
        found = records.get(snippet, {})
        if not found:
            missing.append(snippet.removeprefix("snippets/"))
        for device, record in found.items():
            devices.setdefault(device, set()).add(snippet)
            torch_versions.add(record["torch"])
    complete = [
        records[snippets[0]][d]["label"]
        for d in ("cpu", "cuda")
        if d in devices and len(devices[d]) == len(snippets)
    ]
    text = TEXT[lang]
    if missing or not complete:
        return f'\n\n!!! warning ""\n    {text["unverified"].format(names=", ".join(missing))}\n'
    # The pass with CUDA as torch's default device checks layers, not reader code: named apart.
    k = len(devices.get("cuda-default", ()))
    which = text["all"] if k == len(snippets) else text["some"].format(k=k)
    return (
        '\n\n!!! success ""\n    '
        + text["verified"].format(
            n=len(snippets),
            torch=", ".join(sorted(torch_versions)),
            devices=text["and"].join(complete),
        )
        + (text["default_device"].format(which=which) if k else "")
        + "\n"
    )


def _box(kind: str, title: str, body: str, indent: str = "") -> str:
    """A Material admonition; `body` is shown verbatim (a message with paths and commands)."""
    lines = [f'{indent}!!! {kind} "{title}"', ""]
    lines += [f"{indent}    ```text"] + [f"{indent}    {line}" for line in body.splitlines()]
    lines += [f"{indent}    ```", ""]
    return "\n".join(lines)


RUN_OUTPUT = re.compile(r'^<!-- output: "(?P<spec>[^"]+)" -->$', re.M)


def _run_output(match: re.Match, page, config) -> str:
    """What a notebook-only snippet printed in the build's own run, from the executed notebook."""
    import json

    docs_dir = Path(config["docs_dir"])
    names = [
        n
        for n, p in notebook_pages(docs_dir.name, docs_dir).items()
        if p == docs_dir / page.file.src_uri
    ]
    notebook = NOTEBOOKS / docs_dir.name / names[0] if names else None
    why = None
    if notebook is None or not notebook.exists():
        why = live.notices.get("notebooks") or (
            "run `python -m execdocs.notebooks` first (part of `nox -s docs`)."
        )
    else:
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            meta = cell.get("metadata", {})
            if meta.get("snippet") == match["spec"] and not meta.get("writes_file"):
                text = "".join(
                    "".join(o.get("text", ""))
                    for o in cell.get("outputs", [])
                    if o.get("output_type") == "stream"
                )
                return f"```text\n{text.rstrip()}\n```"
        why = f"its notebook has no cell from {match['spec']}"
    log.warning("%s: shows the output of %s: %s", page.file.src_uri, match["spec"], why)
    text = TEXT[_lang(config)]["no_output"].format(spec=match["spec"], why="")
    return _box("warning", text.rstrip("：: "), why)


def _live_problems(markdown: str, lang: str) -> str:
    """In the preview: a box under each included snippet that failed when it was run."""
    if not live.problems:
        return markdown
    lines, out, pending = markdown.split("\n"), [], None
    for line in lines:
        out.append(line)
        m = INCLUDE.match(line)
        if m and not m["escape"] and m["spec"].split(":")[0] in live.problems:
            pending = (m["spec"].split(":")[0], m["indent"])
        elif pending and line.strip().startswith(("```", "~~~")):
            snippet, indent = pending
            fence_indent = line[: len(line) - len(line.lstrip())]
            title = TEXT[lang]["problem"].format(snippet=snippet)
            out.append("")
            out.append(_box("failure", title, live.problems[snippet], fence_indent))
            pending = None
    return "\n".join(out)


def on_page_markdown(markdown: str, page, config, files) -> str:
    lang = _lang(config)
    markdown = markdown.replace(offline.MARKER, offline.downloads_html(lang))
    markdown = RUN_OUTPUT.sub(lambda m: _run_output(m, page, config), markdown)
    for ref in FIGURE_LINK.findall(markdown):
        if files.get_file_from_path(ref) is None:
            snippet = f"snippets/{Path(ref).parent.name}/..."
            why = live.notices.get("snippets") or (
                "run the snippets first (`nox -s docs`, or `pytest tests/test_snippets.py -k "
                "cpu`); if the snippet was renamed, fix the image link."
            )
            log.warning(
                "%s/%s: shows %s, which is made by running its snippet and is missing from "
                "build/%s: %s",
                config["docs_dir"],
                page.file.src_uri,
                ref,
                ref,
                why,
            )
            title = TEXT[lang]["no_figure"].format(snippet=snippet, why="").rstrip("：: ")
            markdown = re.sub(
                rf"^!\[[^\]]*\]\((?:\.\./)*{re.escape(ref)}\)\s*$",
                lambda _m, t=title, w=why: _box("warning", t, w),
                markdown,
                flags=re.M,
            )
    markdown = _live_problems(markdown, lang)
    markdown = _torch_versions(markdown, lang)
    snippets = [f for f in included_files(markdown) if f.startswith("snippets/")]
    if snippets:
        download = "notebooks/" + Path(page.file.src_uri).with_suffix(".ipynb").as_posix()
        if files.get_file_from_path(download) is not None:
            up = "../" * page.file.src_uri.count("/")
            link = f"[{TEXT[lang]['download']}]({up}{download}){{ .md-button download }}"
            link += " " + readers.colab_button(config, lang, download) + "\n\n"
            markdown = _after_title(markdown, link)
        markdown += _verification(snippets, lang)
        up = "../" * page.file.src_uri.count("/")
        markdown += versions.page_summary(snippets, lang, f"{up}versions.md")
    markdown = readers.colab_for_notebook_page(markdown, page, config)
    page.meta["nn_snippets"] = snippets
    return markdown


# Other torch releases (execdocs/versions.py): under each code block whose example prints
# something else on one of them, a box saying how; versions.md gets the whole matrix.
VERSIONS_MATRIX = "<!-- torch versions matrix -->"


def _torch_versions(markdown: str, lang: str) -> str:
    if VERSIONS_MATRIX in markdown:
        return markdown.replace(VERSIONS_MATRIX, versions.matrix_markdown(lang))
    out, pending, done = [], None, set()
    for line in markdown.split("\n"):
        out.append(line)
        m = INCLUDE.match(line)
        if m and not m["escape"] and m["spec"].startswith("snippets/"):
            pending = m["spec"].split(":")[0]
        elif pending and line.strip().startswith(("```", "~~~")):
            indent = line[: len(line) - len(line.lstrip())]
            box = "" if pending in done else versions.note_box(pending, lang, indent)
            if box:
                out += ["", box]
            done.add(pending)
            pending = None
    return "\n".join(out)


def _after_title(markdown: str, text: str) -> str:
    match = re.search(r"^# .*\n", markdown, re.M)
    if not match:
        return text + markdown
    return markdown[: match.end()] + "\n" + text + markdown[match.end() :]
