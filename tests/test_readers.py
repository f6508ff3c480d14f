"""What the site offers readers beyond its pages (execdocs/readers.py, execdocs/offline.py): the
Colab and "Report a problem" URL schemes, the notebooks' first cell, the issue form, the
navigation's parts and the home page that describes them."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from execdocs import ROOT, readers
from execdocs.pages import nav_files

REPO = "https://github.com/nn-guide/nn-guide"
FORM = ROOT / ".github" / "ISSUE_TEMPLATE" / "problem.yml"


def test_repo_url_is_read_from_mkdocs_yml(monkeypatch):
    monkeypatch.delenv("NN_GUIDE_REPO_URL", raising=False)
    assert readers.repo_url() == REPO
    monkeypatch.setenv("NN_GUIDE_REPO_URL", "https://github.com/someone/fork")
    assert readers.github_repo(readers.repo_url()) == ("someone", "fork")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/nn-guide/nn-guide", ("nn-guide", "nn-guide")),
        ("https://github.com/a.b/c_d.git", ("a.b", "c_d")),
        ("https://github.com/a/b/", ("a", "b")),
    ],
)
def test_github_repo(url, expected):
    assert readers.github_repo(url) == expected


def test_github_repo_rejects_other_hosts():
    with pytest.raises(ValueError):
        readers.github_repo("https://gitlab.com/a/b")


def test_colab_url_scheme():
    """colab.research.google.com/github/OWNER/REPO/blob/BRANCH/PATH, PATH being the language
    and the notebook's path on the site, as the notebooks branch holds it."""
    assert readers.colab_url(REPO, "zh", "notebooks/layers/pooling.ipynb") == (
        "https://colab.research.google.com/github/nn-guide/nn-guide/blob/notebooks/"
        "zh/notebooks/layers/pooling.ipynb"
    )
    assert readers.colab_url(REPO, "en", "fashion-mnist/notebook.ipynb").endswith(
        "/blob/notebooks/en/fashion-mnist/notebook.ipynb"
    )


def test_notebooks_branch_holds_each_notebook_where_colab_url_looks(tmp_path):
    built = tmp_path / "built"
    for rel in (
        "en/fashion-mnist/notebook.ipynb",
        "zh/fashion-mnist/notebook.ipynb",
        "downloads/en/layers/pooling.ipynb",
        "downloads/zh/layers/pooling.ipynb",
        "cache/0123.json",
    ):
        (built / rel).parent.mkdir(parents=True, exist_ok=True)
        (built / rel).write_text("{}")
    written = readers.notebooks_branch_tree(built, tmp_path / "branch")
    assert written == [
        "en/fashion-mnist/notebook.ipynb",
        "en/notebooks/layers/pooling.ipynb",
        "zh/fashion-mnist/notebook.ipynb",
        "zh/notebooks/layers/pooling.ipynb",
    ]
    for lang, site_path in (
        ("zh", "notebooks/layers/pooling.ipynb"),
        ("en", "fashion-mnist/notebook.ipynb"),
    ):
        branch_path = readers.colab_url(REPO, lang, site_path).split("/blob/notebooks/")[1]
        assert (tmp_path / "branch" / branch_path).is_file()


def test_site_url_defaults_to_github_pages(monkeypatch):
    monkeypatch.delenv("NN_GUIDE_SITE_URL_EN", raising=False)
    monkeypatch.delenv("NN_GUIDE_SITE_URL_ZH", raising=False)
    monkeypatch.delenv("NN_GUIDE_REPO_URL", raising=False)
    assert readers.site_url("zh") == "https://nn-guide.github.io/nn-guide/zh/"
    monkeypatch.setenv("NN_GUIDE_SITE_URL_ZH", "https://example.org/zh")
    assert readers.site_url("zh") == "https://example.org/zh/"
    assert readers.page_url("zh", "layers/index.md") == "https://example.org/zh/layers/"
    assert readers.page_url("zh", "index.md") == "https://example.org/zh/"
    assert readers.page_url("zh", "fashion-mnist/notebook.ipynb") == (
        "https://example.org/zh/fashion-mnist/notebook/"
    )


def test_pins_are_those_of_the_requirements():
    text = (ROOT / "requirements" / "docs.txt").read_text(encoding="utf-8")
    pins = readers.pins()
    assert set(pins) == {"torch", "torchvision"}
    for name, version in pins.items():
        assert f"\n{name}=={version}\n" in f"\n{text}\n"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_version_cell_installs_nothing_and_notes_another_torch(lang, monkeypatch, capsys):
    source = readers.version_cell(lang, "2.14.1+cpu")
    pins = readers.pins()
    pip = [line for line in source.splitlines() if "%pip" in line]
    assert pip == [f"# %pip install torch=={pins['torch']} torchvision=={pins['torchvision']}"]
    assert readers.site_url(lang) + "versions/" in source
    for version, noted in (("2.14.1", False), ("2.14.1+cu128", False), ("2.13.0", True)):
        monkeypatch.setitem(sys.modules, "torch", types.SimpleNamespace(__version__=version))
        exec(compile(source, "<first cell>", "exec"), {})
        printed = capsys.readouterr().out
        assert bool(printed) == noted, (version, printed)
        if noted:
            assert "2.13.0" in printed and "2.14.1" in printed and "versions/" in printed


def test_issue_url_fills_the_forms_fields():
    url = readers.issue_url(
        REPO,
        "Pooling: ",
        {"page": "https://x.org/en/layers/pooling/#output-size", "heading": "Output size ¶ & co"},
    )
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{REPO}/issues/new"
    query = parse_qs(parts.query)
    assert query == {
        "template": ["problem.yml"],
        "title": ["Pooling: "],
        "page": ["https://x.org/en/layers/pooling/#output-size"],
        "heading": ["Output size ¶ & co"],
    }


def test_issue_form_has_the_fields_the_link_fills_and_asks_for_collect_env():
    form = yaml.safe_load(FORM.read_text(encoding="utf-8"))
    ids = {item.get("id") for item in form["body"]}
    assert {"page", "heading", "language", "verified", "saw", "environment"} <= ids
    assert FORM.name == readers.ISSUE_TEMPLATE
    text = FORM.read_text(encoding="utf-8")
    assert "python -m torch.utils.collect_env" in text
    for item in form["body"]:
        if item["type"] != "markdown":
            label = item["attributes"]["label"]
            assert " / " in label and any("\u4e00" <= ch <= "\u9fff" for ch in label), label


def nav(lang: str) -> list:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = {"en": "mkdocs.yml", "zh": "mkdocs.zh.yml"}[lang]
    return yaml.load((ROOT / config).read_text(encoding="utf-8"), Loader=Loader)["nav"]


def shape(node):
    """The navigation without its titles: which pages, in which sections, in which order."""
    if isinstance(node, str):
        return node
    if isinstance(node, list):
        return [shape(n) for n in node]
    ((_, value),) = node.items()
    return shape(value) if isinstance(value, str) else ["section", shape(value)]


def test_navigation_has_at_most_six_parts_the_same_in_both_languages():
    assert len(nav("en")) <= 6, [next(iter(n)) for n in nav("en")]
    assert shape(nav("en")) == shape(nav("zh"))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_home_page_links_every_chapter_in_the_navigation_order(lang):
    """Each chapter (a top-level page of a part, or a section's first page) is linked from the
    home page's chapter list, in the order of the navigation (the Previous/Next order)."""
    text = (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")
    chapters_text = text[text.index("{ #chapters }") : text.index("{ #where-to-start }")]
    chapters = []
    for part in nav(lang)[1:]:
        ((_, entries),) = part.items()
        for entry in entries if isinstance(entries, list) else [entries]:
            ((_, value),) = entry.items() if isinstance(entry, dict) else [(None, entry)]
            first = value if isinstance(value, str) else value[0]
            chapters.append(first)
    positions = []
    for page in chapters:
        assert f"]({page})" in chapters_text, f"the home page does not describe {page}"
        positions.append(chapters_text.index(f"]({page})"))
    assert positions == sorted(positions), "the chapters are not in the navigation's order"
    assert set(chapters) <= set(nav_files(lang))
    assert "<!-- offline downloads -->" in text


@pytest.mark.site  # after the notebooks are made (nox -s docs)
def test_version_cell_is_first_in_every_notebook():
    built = ROOT / "build" / "notebooks"
    notebooks = [p for p in built.rglob("*.ipynb")] if built.is_dir() else []
    if not notebooks:
        pytest.skip("no notebooks built (python -m execdocs.notebooks)")
    import json

    for path in notebooks:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        assert cells[0]["metadata"].get("nn_guide") == "versions", path
        lang = "zh" if "zh" in Path(path).relative_to(built).parts[:2] else "en"
        assert "".join(cells[0]["source"]).startswith(readers.VERSION_CELL[lang][:8]), path


def test_publish_job_pushes_the_notebooks_where_colab_looks_and_publishes_the_downloads():
    """The workflow lays out the notebooks branch with the same code that makes the Colab links,
    pushes it to the branch those links name, and publishes the offline zip and PDF where the
    home page links them (site/downloads/, i.e. ../downloads/ from each language)."""
    from execdocs import offline

    text = (ROOT / ".github" / "workflows" / "docs.yml").read_text(encoding="utf-8")
    assert "python3 -m execdocs.readers notebooks-branch" in text
    assert f"git checkout -q --orphan {readers.NOTEBOOKS_BRANCH}" in text
    assert f"git push -f origin {readers.NOTEBOOKS_BRANCH}" in text
    assert "nox -s offline" in text
    assert "cp build/offline/nn-guide-*.zip build/offline/nn-guide-*.pdf site/downloads/" in text
    assert offline.artifact("en", "pdf") == "nn-guide-en.pdf"
    assert offline.OUT == ROOT / "build" / "offline"
