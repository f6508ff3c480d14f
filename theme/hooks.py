"""MkDocs hooks shared by both languages (listed under `hooks:` in mkdocs.yml)."""

from __future__ import annotations

import re
from pathlib import Path

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


def on_post_page(output: str, page, config) -> str:
    return THIRD_PARTY_SCRIPT.sub("", output)


def on_post_build(config) -> None:
    """Write the language chooser at the root of the published site (site/index.html)."""
    site_dir = Path(config["site_dir"])
    (site_dir.parent / "index.html").write_text(ROOT_INDEX, encoding="utf-8")


# Figures are made by running snippets (tests/test_snippets.py copies the images a snippet saves
# to build/figures/<chapter>/) and published as figures/<chapter>/<name> in both languages.
FIGURES = Path(__file__).resolve().parents[1] / "build" / "figures"
FIGURE_LINK = re.compile(r"\]\((?:\.\./)*(figures/[^)\s]+)\)")


def on_files(files, config):
    from mkdocs.structure.files import File

    if FIGURES.is_dir():
        for image in sorted(FIGURES.rglob("*")):
            if image.is_file():
                uri = "figures/" + image.relative_to(FIGURES).as_posix()
                files.append(File.generated(config, uri, abs_src_path=str(image)))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:
    from mkdocs.exceptions import PluginError

    for ref in FIGURE_LINK.findall(markdown):
        if files.get_file_from_path(ref) is None:
            raise PluginError(
                f"{config['docs_dir']}/{page.file.src_uri}: shows {ref}, which is made by running "
                f"its snippet and is missing from build/{ref}. Run the snippets first "
                "(`nox -s docs`, or `pytest tests/test_snippets.py -k cpu`); if the snippet "
                "was renamed, fix the image link."
            )
    return markdown
