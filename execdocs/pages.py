"""Pages in both languages: includes, anchors, twins, navigation.

Each language has its own MkDocs config and docs folder (`mkdocs.yml` -> `docs/en/`,
`mkdocs.zh.yml` -> `docs/zh/`); the same relative path is the same page in both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import ROOT

LANGS = {"en": "mkdocs.yml", "zh": "mkdocs.zh.yml"}
PAGE_SUFFIXES = {".md", ".ipynb"}
# A pymdownx.snippets include line, at any indent (e.g. inside a collapsed exercise solution);
# `;--8<--` is an escaped one, shown as text. One pattern for the checks, the notebooks and hooks.
INCLUDE = re.compile(
    r'^(?P<indent>[ \t]*)(?P<escape>;?)-{1,}8<-{1,}[ \t]+"(?P<spec>[^"]+)"[ \t]*$', re.M
)
SECTION_MARK = re.compile(r"--8<-- \[(start|end):([\w-]+)\]")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
ANCHOR = re.compile(r"\{\s*#([\w-]+)\s*\}$")
FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Include:
    page: Path
    line: int
    spec: str  # as written: "snippets/x/y.py" or "snippets/x/y.py:section"

    @property
    def file(self) -> str:
        return self.spec.split(":", 1)[0]

    @property
    def section(self) -> str | None:
        parts = self.spec.split(":")
        return parts[1] if len(parts) == 2 else None

    def where(self) -> str:
        return f"{rel(self.page)}:{self.line}"


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    anchor: str | None


def rel(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def docs_dir(lang: str, root: Path = ROOT) -> Path:
    return root / "docs" / lang


def pages(lang: str, root: Path = ROOT) -> list[Path]:
    base = docs_dir(lang, root)
    return sorted(
        p.relative_to(base)
        for p in base.rglob("*")
        if p.suffix in PAGE_SUFFIXES and ".ipynb_checkpoints" not in p.parts
    )


def missing_twins(root: Path = ROOT) -> list[str]:
    """A message for each page that has no twin in the other language."""
    found = []
    for lang, other in (("en", "zh"), ("zh", "en")):
        for page in pages(lang, root):
            twin = docs_dir(other, root) / page
            if not twin.exists():
                found.append(
                    f"{rel(docs_dir(lang, root) / page)} has no twin: {rel(twin)} is missing. Every "
                    f"page exists in both languages at the same path; create {rel(twin)} (translate "
                    "the prose, keep the same snippet includes and heading anchors) or delete both."
                )
    return found


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{rel(path)}: not UTF-8 (byte {exc.start}: {exc.reason}). "
            "Save the file as UTF-8 without BOM."
        ) from None


def includes(page: Path) -> list[Include]:
    found = []
    for number, line in enumerate(read_text(page).splitlines(), 1):
        m = INCLUDE.match(line)
        if m and not m.group("escape"):
            found.append(Include(page, number, m.group("spec")))
    return found


def included_files(markdown: str) -> list[str]:
    """The snippet files a page's text includes, in order, each once."""
    specs = (m["spec"] for m in INCLUDE.finditer(markdown) if not m["escape"])
    return list(dict.fromkeys(spec.split(":", 1)[0] for spec in specs))


def headings(page: Path) -> list[Heading]:
    found, in_fence = [], False
    for number, line in enumerate(read_text(page).splitlines(), 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        m = None if in_fence else HEADING.match(line)
        if m:
            anchor = ANCHOR.search(m.group(2))
            found.append(Heading(number, len(m.group(1)), m.group(2), anchor and anchor.group(1)))
    return found


def sections(snippet: Path) -> set[str]:
    return {m.group(2) for m in SECTION_MARK.finditer(read_text(snippet)) if m.group(1) == "start"}


def include_problem(inc: Include, root: Path = ROOT) -> str | None:
    """Why an include cannot be resolved, or None when it is fine."""
    if re.search(r":-?\d+(:-?\d+)?$", inc.spec):
        return (
            f"{inc.where()}: includes lines by number ({inc.spec!r}); line numbers drift when the "
            "snippet changes. Mark a named section in the snippet with "
            '`# --8<-- [start:name]` ... `# --8<-- [end:name]` and include "FILE:name".'
        )
    target = root / inc.file
    if not target.is_file():
        return (
            f"{inc.where()}: includes {inc.file!r}, which does not exist. "
            "Fix the path (it is relative to the repository root, e.g. "
            '"snippets/<chapter>/<name>.py") or restore the file.'
        )
    if inc.section and inc.section not in sections(target):
        return (
            f"{inc.where()}: includes section {inc.section!r} of {inc.file}, which has no "
            f"`# --8<-- [start:{inc.section}]` marker (sections there: "
            f"{sorted(sections(target)) or 'none'})."
        )
    return None


def front_matter(text: str) -> tuple[dict, str]:
    """A page's YAML front matter (between `---` lines at its top) and the text after it."""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        return yaml.safe_load(text[4:end]) or {}, text[end + 5 :]
    return {}, text


def notebook_pages(lang: str, docs_dir: Path | None = None) -> dict[str, Path]:
    """notebook path (relative to the docs folder) -> the page that asks for it in its front
    matter (`notebook: fashion-mnist/notebook.ipynb`; made by execdocs/notebooks.py)"""
    found = {}
    for page in sorted((docs_dir or ROOT / "docs" / lang).rglob("*.md")):
        meta, _ = front_matter(page.read_text(encoding="utf-8"))
        if "notebook" in meta:
            found[meta["notebook"]] = page
    return found


def generated_notebooks(lang: str) -> list[str]:
    """Notebook pages that pages ask for in their front matter (made by execdocs/notebooks.py)."""
    return sorted(notebook_pages(lang))


def nav_files(lang: str, root: Path = ROOT) -> list[str]:
    """Every page named in a language's `nav`, in order."""

    class Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml uses tags (`!ENV`, `!!python/name`) that only MkDocs resolves; nav needs none.
    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((root / LANGS[lang]).read_text(encoding="utf-8"), Loader=Loader)
    if "nav" not in config and "INHERIT" in config:
        config = yaml.load((root / config["INHERIT"]).read_text(encoding="utf-8"), Loader=Loader)
    out: list[str] = []

    def walk(node):
        if isinstance(node, str):
            if not node.startswith(("http://", "https://")):
                out.append(node)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)

    walk(config.get("nav", []))
    return out
