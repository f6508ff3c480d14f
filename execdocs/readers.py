"""What the site offers a reader beyond its pages: run a page online, report a problem.

- Colab: every notebook the site publishes is also pushed, by the publish workflow
  (.github/workflows/docs.yml), to the `notebooks` branch of the repository, at the path it has
  on the site under its language (`en/notebooks/module.ipynb`, `zh/fashion-mnist/notebook.ipynb`).
  Colab opens a notebook from GitHub by URL; `colab_url` gives it, `python -m execdocs.readers
  notebooks-branch DIR` lays the tree out for the workflow, so both agree by construction.
- The first cell of every notebook (`version_cell`) says which PyTorch made its outputs and
  warns when the reader runs another; it installs nothing unless the reader uncomments its line.
- "Report a problem": `issue_url` opens the issue form .github/ISSUE_TEMPLATE/problem.yml with
  the page, its language and what verified it filled in; the page's script adds the heading the
  reader was at when they clicked (theme/overrides/assets/javascripts/report-problem.js).

Standard library only: the publish workflow runs it with the runner's own Python.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

from . import ROOT

NOTEBOOKS_BRANCH = "notebooks"
ISSUE_TEMPLATE = "problem.yml"
LANGS = ("en", "zh")
GITHUB = re.compile(r"^https://github\.com/(?P<owner>[\w.-]+)/(?P<repo>[\w.-]+?)(?:\.git)?/?$")
ENV_TAG = re.compile(r"!ENV\s*\[\s*(?P<name>\w+)\s*,\s*(?P<default>[^\]]*?)\s*\]")


def github_repo(repo_url: str) -> tuple[str, str]:
    """("owner", "repo") of a https://github.com/owner/repo URL (`repo_url` in mkdocs.yml)."""
    m = GITHUB.match(repo_url.strip())
    if m is None:
        raise ValueError(f"repo_url {repo_url!r} is not https://github.com/OWNER/REPO")
    return m["owner"], m["repo"]


def config_value(key: str, config: Path = ROOT / "mkdocs.yml") -> str | None:
    """A top-level `key: !ENV [NAME, default]` (or plain value) of mkdocs.yml, as MkDocs reads
    it, without MkDocs (the notebooks and the workflow need repo_url and site_url too)."""
    for line in config.read_text(encoding="utf-8").splitlines():
        if not line.startswith(f"{key}:"):
            continue
        value = line.split(":", 1)[1].split(" #")[0].strip()
        m = ENV_TAG.search(value)
        if m:
            value = os.environ.get(m["name"]) or m["default"]
        value = value.strip("'\"")
        return None if value in {"", "null", "~"} else value
    return None


def repo_url() -> str:
    return config_value("repo_url") or ""


def site_url(lang: str) -> str:
    """Where a language's site is published: NN_GUIDE_SITE_URL_EN / _ZH (as mkdocs.yml reads
    them) or else GitHub Pages' address for the repository, https://OWNER.github.io/REPO/<lang>/."""
    config = ROOT / ("mkdocs.yml" if lang == "en" else f"mkdocs.{lang}.yml")
    url = config_value("site_url", config)
    if not url:
        owner, repo = github_repo(repo_url())
        url = f"https://{owner.lower()}.github.io/{repo}/{lang}/"
    return url.rstrip("/") + "/"


def page_url(lang: str, src_uri: str) -> str:
    """A page's published address (directory URLs, as the site is published)."""
    path = src_uri.removesuffix(".md").removesuffix(".ipynb")
    path = "" if path == "index" else path.removesuffix("/index") + "/"
    return site_url(lang) + quote(path)


def colab_url(repo_url: str, lang: str, site_path: str, branch: str = NOTEBOOKS_BRANCH) -> str:
    """Colab's address for a published notebook (its path on the site, e.g.
    `notebooks/module.ipynb`): colab.research.google.com/github/OWNER/REPO/blob/BRANCH/PATH."""
    owner, repo = github_repo(repo_url)
    path = quote(f"{lang}/{site_path}")
    return f"https://colab.research.google.com/github/{owner}/{repo}/blob/{branch}/{path}"


def notebooks_branch_tree(built: Path, dest: Path) -> list[str]:
    """Copy the executed notebooks (build/notebooks, from `python -m execdocs.notebooks`) into
    `dest` as the `notebooks` branch holds them: <lang>/<path on the site>. Returns the paths."""
    written = []
    for lang in LANGS:
        sources = [(p, p.relative_to(built / lang).as_posix()) for p in (built / lang).rglob("*")]
        downloads = built / "downloads" / lang
        sources += [
            (p, "notebooks/" + p.relative_to(downloads).as_posix()) for p in downloads.rglob("*")
        ]
        for source, rel in sources:
            if source.suffix != ".ipynb" or not source.is_file():
                continue
            target = dest / lang / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(f"{lang}/{rel}")
    if not written:
        raise SystemExit(f"no notebooks under {built}: run `python -m execdocs.notebooks` first")
    return sorted(written)


def pins(requirements: Path = ROOT / "requirements" / "docs.txt") -> dict[str, str]:
    """The exact torch and torchvision versions the site is checked with."""
    found = {}
    for line in requirements.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(torch|torchvision)==([\w.+-]+)", line.strip())
        if m:
            found[m[1]] = m[2]
    return found


VERSION_CELL = {
    "en": """\
# The outputs in this notebook come from PyTorch {torch}.
# To run it with the same versions, uncomment the next line, run this cell, then restart
# the kernel (Colab: Runtime > Restart session):
# %pip install {pins}
import torch

if torch.__version__.split("+")[0] != "{torch}":
    print(
        f"Note: you are running PyTorch {{torch.__version__}}; the outputs shown came from "
        "{torch}, and some may differ. What changed between versions: {versions}"
    )""",
    "zh": """\
# 本 notebook 中的输出来自 PyTorch {torch}。
# 如需使用相同的版本，取消下一行的注释并运行本单元格，然后重启内核
#（Colab：“运行时”>“重启会话”）：
# %pip install {pins}
import torch

if torch.__version__.split("+")[0] != "{torch}":
    print(
        f"注意：你正在运行 PyTorch {{torch.__version__}}，而这里显示的输出来自 "
        "{torch}，部分输出可能不同。各版本的差异见：{versions}"
    )""",
}


def version_cell(lang: str, torch_version: str) -> str:
    """The source of a notebook's first cell, in the notebook's language."""
    wanted = pins()
    return VERSION_CELL[lang].format(
        torch=torch_version.split("+")[0],
        pins=" ".join(f"{name}=={version}" for name, version in sorted(wanted.items())),
        versions=site_url(lang) + "versions/",
    )


def issue_url(repo_url: str, title: str, fields: dict[str, str]) -> str:
    """A link that opens the issue form with its title and fields (by their `id`) filled in."""
    owner, repo = github_repo(repo_url)
    query = urlencode({"template": ISSUE_TEMPLATE, "title": title, **fields}, quote_via=quote)
    return f"https://github.com/{owner}/{repo}/issues/new?{query}"


# What the hooks (theme/hooks.py) add to every page. Kept here, beside the URL schemes they use.
TEXT = {
    "en": {
        "colab": "Open in Colab",
        "download": "Download this page as a Jupyter notebook",
        "problem": "Report a problem with this page",
        "language": "English (en)",
        "unverified": "not verified in this build",
        "no_examples": "no examples on this page",
    },
    "zh": {
        "colab": "在 Colab 中打开",
        "download": "下载本页的 Jupyter Notebook",
        "problem": "报告本页的问题",
        "language": "中文 (zh)",
        "unverified": "本次构建未验证",
        "no_examples": "本页没有示例",
    },
}


def colab_button(config, lang: str, site_path: str) -> str:
    """Markdown for the "Open in Colab" button of the notebook at `site_path`."""
    url = colab_url(config["repo_url"], lang, site_path)
    return (
        f'[{TEXT[lang]["colab"]}]({url}){{ .md-button .nn-colab target="_blank" rel="noopener" }}'
    )


def colab_for_notebook_page(markdown: str, page, config) -> str:
    """A page made into a notebook page (front matter `notebook: NAME`) gets "Open in Colab"
    under its title too, for that notebook (its download is on the notebook page)."""
    import re

    from .pages import front_matter

    lang = Path(config["docs_dir"]).name
    if not page.file.src_uri.endswith(".md"):
        return markdown
    meta, _ = front_matter((Path(config["docs_dir"]) / page.file.src_uri).read_text("utf-8"))
    if "notebook" not in meta:
        return markdown
    button = colab_button(config, lang, meta["notebook"]) + "\n\n"
    title = re.search(r"^# .*\n", markdown, re.M)
    at = title.end() if title else 0
    return markdown[:at] + "\n" + button + markdown[at:]


def verified_by(snippets: list[str], lang: str) -> str:
    """What verified a page's examples, from the records its verification box is made from:
    the torch version(s) and each device on which every one of them ran."""
    from .records import verification_records

    if not snippets:
        return TEXT[lang]["no_examples"]
    records = verification_records()
    found = [records.get(s, {}) for s in snippets]
    torch = sorted({r["torch"] for f in found for r in f.values()})
    devices = [found[0][d]["label"] for d in ("cpu", "cuda") if all(d in f for f in found)]
    if not torch or not devices:
        return TEXT[lang]["unverified"]
    return f"PyTorch {', '.join(torch)}: {', '.join(devices)}"


def page_context(page, config, source: Path | None) -> None:
    """Give the page its "Report a problem" link (`page.nn_problem`, shown in the sidebar by
    theme/overrides/partials/toc.html and at the end of the article by `post_page`). For a
    notebook page, `source` is the page it is made from."""
    import html

    lang = Path(config["docs_dir"]).name
    if page.file.src_uri == "404.md" or not config.get("repo_url"):
        return
    snippets = page.meta.get("nn_snippets")
    if snippets is None:
        from .pages import included_files

        text = source.read_text(encoding="utf-8") if source else ""
        snippets = [f for f in included_files(text) if f.startswith("snippets/")]
    address = page_url(lang, page.file.src_uri)
    url = issue_url(
        config["repo_url"],
        f"{page.title}: ",
        {
            "page": address,
            "language": TEXT[lang]["language"],
            "verified": verified_by(snippets, lang),
            "heading": page.title or "",
        },
    )
    page.nn_problem = (
        f'<a class="nn-problem" href="{html.escape(url)}" target="_blank" rel="noopener" '
        f'data-nn-page="{html.escape(address)}">{TEXT[lang]["problem"]}</a>'
    )


ARTICLE_END = "</article>"
NOTEBOOK_START = '<div class="jupyter-wrapper"'


def post_page(output: str, page, config) -> str:
    """The "Report a problem" link at the end of the article; on a notebook page, the download
    and Colab buttons above the notebook (a Markdown page gets them from on_page_markdown)."""
    lang = Path(config["docs_dir"]).name
    link = getattr(page, "nn_problem", None)
    if link and ARTICLE_END in output:
        i = output.index(ARTICLE_END)
        output = output[:i] + f'<p class="nn-problem-end">{link}</p>' + output[i:]
    if page.file.src_uri.endswith(".ipynb") and NOTEBOOK_START in output:
        import html

        name = Path(page.file.src_uri).name
        url = colab_url(config["repo_url"], lang, page.file.src_uri)
        buttons = (
            f'<p class="nn-notebook-actions"><a class="md-button" href="{html.escape(name)}" '
            f'download>{TEXT[lang]["download"]}</a> <a class="md-button nn-colab" '
            f'href="{html.escape(url)}" target="_blank" rel="noopener">{TEXT[lang]["colab"]}</a>'
            "</p>"
        )
        i = output.index(NOTEBOOK_START)
        output = output[:i] + buttons + output[i:]
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    tree = sub.add_parser("notebooks-branch", help="lay out the notebooks branch in DIR")
    tree.add_argument("dest", type=Path)
    tree.add_argument("--built", type=Path, default=ROOT / "build" / "notebooks")
    args = parser.parse_args()
    for path in notebooks_branch_tree(args.built, args.dest):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
