"""MkDocs hooks shared by both languages (listed under `hooks:` in mkdocs.yml)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # MkDocs restores sys.path later
from tests.harness.pages import included_files  # noqa: E402
from tests.harness.records import verification_records  # noqa: E402
from tools.notebooks import notebook_pages  # noqa: E402

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
    lang = Path(config["docs_dir"]).name
    source = notebook_pages(lang, Path(config["docs_dir"])).get(page.file.src_uri)
    if source is not None and config.get("repo_url") and config.get("edit_uri"):
        rel = source.relative_to(Path(config["docs_dir"])).as_posix()
        page.edit_url = (
            config["repo_url"].rstrip("/") + "/" + config["edit_uri"].strip("/") + "/" + rel
        )
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


def on_post_page(output: str, page, config) -> str:
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
    return output


def on_post_build(config) -> None:
    """Write the language chooser at the root of the published site (site/index.html)."""
    site_dir = Path(config["site_dir"])
    (site_dir.parent / "index.html").write_text(ROOT_INDEX, encoding="utf-8")


# Figures are made by running snippets (tests/test_snippets.py copies the images a snippet saves
# to build/figures/<chapter>/) and published as figures/<chapter>/<name> in both languages.
FIGURES = Path(__file__).resolve().parents[1] / "build" / "figures"
FIGURE_LINK = re.compile(r"\]\((?:\.\./)*(figures/[^)\s]+)\)")


NOTEBOOKS = Path(__file__).resolve().parents[1] / "build" / "notebooks"


@event_priority(100)  # before mkdocs-jupyter, which turns .ipynb files into pages
def on_files(files, config):
    """Add the figures and the generated notebooks (tools/notebooks.py) to the site."""
    from mkdocs.structure.files import File

    if FIGURES.is_dir():
        for image in sorted(FIGURES.rglob("*")):
            if image.is_file():
                uri = "figures/" + image.relative_to(FIGURES).as_posix()
                files.append(File.generated(config, uri, abs_src_path=str(image)))
    lang = Path(config["docs_dir"]).name
    for name, page in notebook_pages(lang, Path(config["docs_dir"])).items():
        notebook = NOTEBOOKS / lang / name
        if not notebook.is_file():
            raise PluginError(
                f"{page.relative_to(NOTEBOOKS.parents[1])} asks for the notebook {name}, which is "
                f"generated and executed by `python -m tools.notebooks` (part of `nox -s docs`) "
                f"and is missing from build/notebooks/{lang}/. Run that first."
            )
        # A File with a real src_dir (not File.generated): mkdocs-jupyter's wrapper needs one.
        files.append(
            File(
                name,
                src_dir=str(NOTEBOOKS / lang),
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
    return files


TEXT = {
    "en": {
        "download": "Download this page as a Jupyter notebook",
        "verified": "Verified: the {n} examples on this page ran with PyTorch {torch} on {devices} "
        "and printed exactly what is shown.",
        "unverified": "Not verified in this build: {names} (run `nox -s docs`).",
    },
    "zh": {
        "download": "下载本页的 Jupyter Notebook",
        "verified": "已验证：本页的 {n} 个示例已在 PyTorch {torch}（{devices}）上运行，"
        "输出与页面所示完全一致。",
        "unverified": "本次构建未验证：{names}（请运行 `nox -s docs`）。",
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
    return (
        '\n\n!!! success ""\n    '
        + text["verified"].format(
            n=len(snippets), torch=", ".join(sorted(torch_versions)), devices=", ".join(complete)
        )
        + "\n"
    )


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
    if notebook is None or not notebook.exists():
        raise PluginError(
            f"{page.file.src_uri}: shows the output of {match['spec']} from its notebook, which "
            "is missing: run `python -m tools.notebooks` first (part of `nox -s docs`)."
        )
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        if cell.get("metadata", {}).get("snippet") == match["spec"]:
            text = "".join(
                "".join(o.get("text", ""))
                for o in cell.get("outputs", [])
                if o.get("output_type") == "stream"
            )
            return f"```text\n{text.rstrip()}\n```"
    raise PluginError(f"{page.file.src_uri}: its notebook has no cell from {match['spec']}")


def on_page_markdown(markdown: str, page, config, files) -> str:
    markdown = RUN_OUTPUT.sub(lambda m: _run_output(m, page, config), markdown)
    for ref in FIGURE_LINK.findall(markdown):
        if files.get_file_from_path(ref) is None:
            raise PluginError(
                f"{config['docs_dir']}/{page.file.src_uri}: shows {ref}, which is made by running "
                f"its snippet and is missing from build/{ref}. Run the snippets first "
                "(`nox -s docs`, or `pytest tests/test_snippets.py -k cpu`); if the snippet "
                "was renamed, fix the image link."
            )
    lang = Path(config["docs_dir"]).name
    snippets = [f for f in included_files(markdown) if f.startswith("snippets/")]
    if snippets:
        download = "notebooks/" + Path(page.file.src_uri).with_suffix(".ipynb").as_posix()
        if files.get_file_from_path(download) is not None:
            up = "../" * page.file.src_uri.count("/")
            link = f"[{TEXT[lang]['download']}]({up}{download}){{ .md-button download }}\n\n"
            markdown = _after_title(markdown, link)
        markdown += _verification(snippets, lang)
    return markdown


def _after_title(markdown: str, text: str) -> str:
    match = re.search(r"^# .*\n", markdown, re.M)
    if not match:
        return text + markdown
    return markdown[: match.end()] + "\n" + text + markdown[match.end() :]
