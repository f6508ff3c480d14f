"""Every snippet on other torch releases: what differs from the page, per release.

`nox -s compat` runs `python -m execdocs.versions run` once per torch release of
requirements/versions.toml, each time in an environment with that torch (.nox/torch-<version>;
the pin's is the shared one). Each snippet runs through the same runner as the checks
(execdocs/runner.py: its own process, warnings as errors, fixed seeds, CPU) and is classified
against its documented output:

  same     prints exactly what the page shows
  close    the same text; some floating-point numbers differ, within rtol 1e-3 / atol 1e-4
  text     different text: a repr, a message (the first differing line has other words)
  values   different values: the first differing line has the same words, other numbers
  warns    stops on a warning (warnings are errors, as in the checks)
  raises   raises an error the page does not show (or times out, or crashes)
  missing  cannot run: a package it imports does not work with that torch (e.g. torchvision)

The records are committed, one file per chapter (snippets/<chapter>/versions.json), each bound
to the snippet file's SHA-256 and the exact torch version: an edited snippet shows "not yet run
on X since this example changed" until the next run, and an unchanged one is not run again.
Why per chapter: a change to one chapter's snippets (their usual unit of work) touches one
records file next to them, so parallel work on different chapters never conflicts there.

What a reader is told about a difference comes from snippets/<chapter>/versions.toml (written by
hand, English and Chinese, per snippet and torch version range); the class and the first
differing line come from the records. Kept free of heavy imports: theme/hooks.py reads it.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import tomllib

from . import ROOT

CONFIG = ROOT / "requirements" / "versions.toml"
PINS = ROOT / "requirements" / "docs.txt"
RECORDS_NAME = "versions.json"
NOTES_NAME = "versions.toml"

CLASSES = ("same", "close", "text", "values", "warns", "raises", "missing")
DIFFERS = ("close", "text", "values", "warns", "raises", "missing")
NUMBER = re.compile(r"(?<![\w.])-?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+|nan|inf)(?![\w.])")


# --- Which releases --------------------------------------------------------------------------


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3])


@dataclass(frozen=True)
class Releases:
    pin: str  # torch in requirements/docs.txt: what the checks verify on every build
    newest: str
    older: tuple[str, ...]
    torchvision: dict

    @property
    def all(self) -> list[str]:
        """Newest first, each once."""
        return sorted({self.pin, self.newest, *self.older}, key=_key, reverse=True)


@cache
def releases() -> Releases:
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    pin = re.search(r"^torch==(\S+)", PINS.read_text(encoding="utf-8"), re.M)[1]
    return Releases(pin, config["newest"], tuple(config["older"]), config.get("torchvision", {}))


def matches(version: str, spec: str) -> bool:
    """`version` satisfies a range such as "<2.6", ">=2.6,<2.7" or "==2.15.0"."""
    for part in spec.split(","):
        m = re.fullmatch(r"\s*(<=|>=|==|<|>)\s*([\d.]+)\s*", part)
        if not m:
            raise ValueError(f"not a version range: {spec!r} (use e.g. '<2.6' or '>=2.6,<2.7')")
        op, bound = m.groups()
        n = len(_key(bound))
        a, b = _key(version)[:n], _key(bound)
        ok = {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "==": a == b}[op]
        if not ok:
            return False
    return True


# --- Classifying one run ---------------------------------------------------------------------


def _differs_only_in_numbers(documented: str, got: str) -> bool:
    return NUMBER.sub("#", documented) == NUMBER.sub("#", got)


def _error_type(line: str) -> str:
    """`torch.OutOfMemoryError: ...` -> `OutOfMemoryError`."""
    return line.split(":", 1)[0].strip().rsplit(".", 1)[-1]


def classify(source: str, path: Path, result, timeout: float = 60) -> tuple[str, dict | None]:
    """(class, first difference) of a run (execdocs.runner.RunResult) against the page."""
    from .outputs import documented_exception, mismatched_lines, render

    if result.timed_out:  # not a result: never recorded (a busy machine is slow)
        return "timeout", {"line": 0, "documented": "", "got": f"did not finish in {timeout:g} s"}
    if result.crashed:
        return "raises", {"line": 0, "documented": "", "got": f"crashed ({result.crashed})"}
    raised, documented = result.raised, documented_exception(source)
    if raised is not None:
        last = raised.text.splitlines()[-1]
        kind = _error_type(last)
        shown = _error_type(documented[1].splitlines()[-1]) if documented else None
        if kind != shown and kind.endswith("Warning"):
            return "warns", {"line": raised.line_no, "documented": "", "got": last}
        if kind != shown or raised.line_no == 0:
            # An error the page does not show; the same error with another message is "text".
            return "raises", {"line": raised.line_no, "documented": "", "got": last}
    actual = render(source, path, result.printed, raised)
    if actual == source:
        return "same", None
    doc, got = source.splitlines(), actual.splitlines()
    first = next((i for i in range(max(len(doc), len(got))) if doc[i : i + 1] != got[i : i + 1]), 0)
    documented_line = doc[first] if first < len(doc) else ""
    got_line = got[first] if first < len(got) else ""
    where = {
        "line": first + 1,
        "documented": documented_line.split("#>", 1)[-1].strip(),
        "got": got_line.split("#>", 1)[-1].strip(),
    }
    if not mismatched_lines(source, actual, "close"):
        return "close", where
    if len(doc) == len(got) and _differs_only_in_numbers(documented_line, got_line):
        return "values", where
    return "text", where


# --- Records ---------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def records_file(chapter_dir: Path) -> Path:
    return chapter_dir / RECORDS_NAME


def load_records(chapter_dir: Path) -> dict[str, dict[str, dict]]:
    """snippet file name -> torch version -> record (as committed, current or not)."""
    path = records_file(chapter_dir)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def save_records(chapter_dir: Path, records: dict) -> None:
    from .records import write_atomically

    kept = {
        name: {v: records[name][v] for v in sorted(records[name], key=_key, reverse=True)}
        for name in sorted(records)
        if (chapter_dir / name).is_file() and records[name]
    }
    path = records_file(chapter_dir)
    if not kept:
        path.unlink(missing_ok=True)
        return
    # One line per snippet and release: a re-run shows in a diff as the lines that changed.
    lines = []
    for name, per in kept.items():
        inner = ",\n".join(
            f"  {json.dumps(v)}: {json.dumps(r, ensure_ascii=False, sort_keys=True)}"
            for v, r in per.items()
        )
        lines.append(f" {json.dumps(name)}: {{\n{inner}\n }}")
    write_atomically(path, "{\n" + ",\n".join(lines) + "\n}\n")


@dataclass(frozen=True)
class Status:
    """What the page says about one snippet on one torch release."""

    version: str
    kind: str  # a class, or "stale" (record of an older file), "absent", "not_run"
    first: dict | None = None
    record: dict | None = None


def _timed_out(record: dict) -> bool:
    # Written by an earlier version of this module; a time-out says nothing about a release.
    return (record.get("first") or {}).get("got", "").startswith("did not finish")


def status(snippet, version: str, records: dict | None = None) -> Status:
    if snippet.notebook_only:
        return Status(version, "not_run")
    records = load_records(snippet.path.parent) if records is None else records
    record = records.get(snippet.path.name, {}).get(version)
    if record is None or _timed_out(record):
        return Status(version, "absent")
    if record["sha256"] != sha256(snippet.path):
        return Status(version, "stale", record=record)
    return Status(version, record["class"], record.get("first"), record)


# --- Notes for readers -----------------------------------------------------------------------


@cache
def _notes(chapter_dir: Path) -> dict:
    path = chapter_dir / NOTES_NAME
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def note(snippet, version: str, lang: str) -> str | None:
    """The hand-written explanation of how `snippet` differs on `version`, in `lang`."""
    for spec, text in _notes(snippet.path.parent).get(snippet.path.name, {}).items():
        if matches(version, spec):
            return text[lang]
    return None


def note_problems(chapter_dir: Path) -> list[str]:
    """Notes that cannot be shown or say something no record backs (for tests/test_versions.py)."""
    from .snippets import discover

    problems, where = [], f"snippets/{chapter_dir.name}/{NOTES_NAME}"
    by_name = {s.path.name: s for s in discover() if s.path.parent == chapter_dir}
    for name, table in _notes(chapter_dir).items():
        snippet = by_name.get(name)
        if snippet is None:
            problems.append(f'{where} ["{name}"]: there is no snippet {chapter_dir.name}/{name}')
            continue
        for spec, text in table.items():
            try:
                hit = [v for v in releases().all if matches(v, spec)]
            except ValueError as exc:
                problems.append(f'{where} ["{name}"]: {exc}')
                continue
            if set(text) != {"en", "zh"} or not all(text.values()):
                problems.append(f'{where} ["{name}"."{spec}"]: needs en = "..." and zh = "..."')
            kinds = {status(snippet, v).kind for v in hit}
            if not hit or kinds <= {"same"}:
                problems.append(
                    f'{where} ["{name}"."{spec}"]: no torch release of requirements/'
                    f"versions.toml in {spec!r} shows a difference ({kinds or 'none in range'}): "
                    "the note would explain nothing; delete it or fix its range."
                )
    return problems


# --- What the pages say ----------------------------------------------------------------------

TEXT = {
    "en": {
        "same": "same output",
        "close": "same values (some last digits differ)",
        "text": "different text (reprs, messages)",
        "values": "different values",
        "warns": "warns",
        "raises": "raises an error",
        "missing": "cannot run: a package it needs does not work with this torch",
        "stale": "not yet run since this example changed",
        "absent": "not yet run",
        "not_run": "not in the matrix: {why}",
        "first": "first difference, line {line}: the page shows `{documented}`, torch {v} "
        "prints `{got}`",
        "first_raise": "`{got}`",
        "title": "On other torch versions",
        "pin": "pinned",
        "newest": "newest",
        "summary": "PyTorch versions: ",
        "ran": "the examples on this page were run on {versions}.",
        "behind": "{k} of the {n} have not yet been run on {versions} since they last changed.",
        "none_differ": "Each prints the same on all of them.",
        "some_differ": "{k} of the {n} print something different on some version: see the "
        "note under each.",
        "see": "[All torch versions]({link}).",
    },
    "zh": {
        "same": "输出相同",
        "close": "数值相同（部分末位数字不同）",
        "text": "文字不同（repr、消息）",
        "values": "数值不同",
        "warns": "发出警告",
        "raises": "抛出错误",
        "missing": "无法运行：所需的包不能与此版本的 torch 配合使用",
        "stale": "此示例修改后尚未运行",
        "absent": "尚未运行",
        "not_run": "不在矩阵中：{why}",
        "first": "第一处不同，第 {line} 行：页面显示 `{documented}`，torch {v} 打印 `{got}`",
        "first_raise": "`{got}`",
        "title": "在其他 torch 版本上",
        "pin": "锁定版本",
        "newest": "最新版",
        "summary": "PyTorch 版本：",
        "ran": "本页示例已在 {versions} 上运行。",
        "behind": "其中 {k} 个（共 {n} 个）最近一次修改后尚未在 {versions} 上运行。",
        "none_differ": "每个示例在这些版本上的输出都相同。",
        "some_differ": "其中 {k} 个（共 {n} 个）在某些版本上输出不同：见各示例下方的说明。",
        "see": "[查看所有 torch 版本的结果]({link})。",
    },
}
NOT_RUN_ZH = "只在所在页面的 Notebook 中运行（耗时较长，每次构建只运行一次）"


def _code(text: str) -> str:
    """Inline code that survives backticks in the text."""
    text = text.replace("\n", " ").strip() or " "
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _around(a: str, b: str, width: int = 110) -> tuple[str, str]:
    """Both lines cut to the part around where they first differ, when they are long."""
    if max(len(a), len(b)) <= width:
        return a, b
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    start = max(0, i - 40)

    def cut(t: str) -> str:
        return (
            ("…" if start else "")
            + t[start : start + width]
            + ("…" if len(t) > start + width else "")
        )

    return cut(a), cut(b)


def version_label(version: str, lang: str) -> str:
    r, t = releases(), TEXT[lang]
    extra = [t["pin"]] if version == r.pin else [t["newest"]] if version == r.newest else []
    sep = "，" if lang == "zh" else ", "
    paren = ("（", "）") if lang == "zh" else (" (", ")")
    return f"{version}{paren[0]}{sep.join(extra)}{paren[1]}" if extra else version


def describe(snippet, st: Status, lang: str) -> str:
    """One line for a reader: how `snippet` behaves on `st.version`."""
    t, v = TEXT[lang], st.version
    end = "。" if lang == "zh" else "."
    if st.kind in ("stale", "absent"):
        return t[st.kind].format(v=v) + end
    if st.kind == "not_run":
        return t["not_run"].format(why=snippet.reason if lang == "en" else NOT_RUN_ZH) + end
    parts = [t[st.kind]]
    first = st.first or {}
    stops = st.kind in ("warns", "raises", "missing") and not first.get("documented")
    if first.get("got") and stops:  # "raises an error: `AttributeError: ...`"
        got = first["got"] if len(first["got"]) <= 160 else first["got"][:157] + "…"
        parts[0] += ("：" if lang == "zh" else ": ") + t["first_raise"].format(got=_code(got)[1:-1])
    written = note(snippet, v, lang)
    if written:
        parts.append(written)
    if not stops and (first.get("got") or first.get("documented")):
        documented, got = _around(first["documented"], first["got"])
        parts.append(
            t["first"].format(
                line=first["line"], documented=_code(documented)[1:-1], got=_code(got)[1:-1], v=v
            )
        )
    if lang == "zh":
        return "。".join(p.rstrip("。") for p in parts) + "。"
    parts = [p.rstrip(". ") for p in parts]
    parts[1:] = [p[:1].upper() + p[1:] for p in parts[1:]]
    return ". ".join(parts) + "."


def snippet_notes(snippet, lang: str) -> list[tuple[str, str]]:
    """(version, line) for every release where `snippet` is not known to print the same."""
    records = load_records(snippet.path.parent)
    out = []
    for version in releases().all:
        st = status(snippet, version, records)
        if st.kind not in ("same", "not_run"):
            out.append((version, describe(snippet, st, lang)))
    return out


@cache
def _by_rel() -> dict:
    from .snippets import discover

    return {s.rel: s for s in discover()}


def snippet_for(rel: str):
    return _by_rel().get(rel)


def note_box(rel: str, lang: str, indent: str = "") -> str:
    """The box under a code block: how this example differs on other torch releases ("" if not)."""
    snippet = snippet_for(rel)
    if snippet is None:
        return ""
    lines = snippet_notes(snippet, lang)
    if not lines:
        return ""
    title = TEXT[lang]["title"]
    out = [f'{indent}!!! info "{title}"', ""]
    colon = "：" if lang == "zh" else ": "
    out += [f"{indent}    - **torch {v}**{colon}{text}" for v, text in lines]
    return "\n".join(out) + "\n"


def _join(items: list[str], lang: str) -> str:
    """ "a, b and c" / "a、b 和 c"."""
    if len(items) < 2:
        return "".join(items)
    sep, last = (", ", " and ") if lang == "en" else ("、", " 和 ")
    return sep.join(items[:-1]) + last + items[-1]


def page_summary(rels: list[str], lang: str, link: str) -> str:
    """One paragraph per page: the releases its examples ran on and how many differ."""
    t, r = TEXT[lang], releases()
    snippets = [s for s in (snippet_for(rel) for rel in rels) if s is not None]
    run = [s for s in snippets if not s.notebook_only]
    if not run:
        return ""
    differ, behind = 0, {}
    for s in run:
        records = load_records(s.path.parent)
        kinds = {v: status(s, v, records).kind for v in r.all}
        differ += any(k in DIFFERS for k in kinds.values())
        for v, k in kinds.items():
            if k in ("stale", "absent"):
                behind.setdefault(v, set()).add(s.rel)
    done = [version_label(v, lang) for v in r.all if v not in behind]
    sentences = [t["ran"].format(versions=_join(done, lang))] if done else []
    if behind:
        late = sorted(behind, key=_key, reverse=True)
        n = len(set().union(*behind.values()))
        sentences.append(
            t["behind"].format(
                k=n, n=len(run), versions=_join([version_label(v, lang) for v in late], lang)
            )
        )
    if differ:
        sentences.append(t["some_differ"].format(k=differ, n=len(run)))
    elif not behind:
        sentences.append(t["none_differ"])
    sentences.append(t["see"].format(link=link))
    body = t["summary"] + (" " if lang == "en" else "").join(sentences)
    return f'\n\n!!! info ""\n    {body}\n'


# --- The matrix page -------------------------------------------------------------------------

PAGE_TEXT = {
    "en": {
        "class": "Result",
        "torchvision": "torchvision",
        "differing": "Examples that differ on torch {v}",
        "none": "None: every example prints what its page shows.",
        "example": "Example",
        "shown": "shown on",
        "not_run_h": "Not in the matrix",
        "stale": "not yet run (changed since)",
        "absent": "not yet run",
        "not_run": "not in the matrix",
    },
    "zh": {
        "class": "结果",
        "torchvision": "torchvision",
        "differing": "在 torch {v} 上不同的示例",
        "none": "没有：每个示例的输出都与页面一致。",
        "example": "示例",
        "shown": "所在页面",
        "not_run_h": "不在矩阵中",
        "stale": "尚未运行（修改之后）",
        "absent": "尚未运行",
        "not_run": "不在矩阵中",
    },
}


def _pages_showing(rel: str, lang: str) -> list[str]:
    from .verify import include_map

    pages = []
    for where in include_map().get(rel, []):
        page = where.split(":")[0]
        if page.startswith(f"docs/{lang}/"):
            pages.append(page.removeprefix(f"docs/{lang}/"))
    return list(dict.fromkeys(pages))


def matrix_markdown(lang: str) -> str:
    """The whole matrix: counts per release and class, then every differing example."""
    from .snippets import discover

    t, p, r = TEXT[lang], PAGE_TEXT[lang], releases()
    snippets = discover()
    statuses = {s.rel: {} for s in snippets}
    records_by_chapter: dict[Path, dict] = {}
    for s in snippets:
        records = records_by_chapter.setdefault(s.path.parent, load_records(s.path.parent))
        for v in r.all:
            statuses[s.rel][v] = status(s, v, records)
    rows = [*CLASSES, "stale", "absent", "not_run"]
    label = {k: t[k] for k in CLASSES} | {k: p[k] for k in ("stale", "absent", "not_run")}
    out = [
        "| " + p["class"] + " | " + " | ".join(f"torch {version_label(v, lang)}" for v in r.all),
        "| --- |" + " ---: |" * len(r.all),
    ]
    for kind in rows:
        counts = [sum(statuses[s][v].kind == kind for s in statuses) for v in r.all]
        if any(counts):
            out.append(f"| {label[kind]} | " + " | ".join(str(c) for c in counts) + " |")
    vision = []
    for v in r.all:
        seen = {
            st.record.get("torchvision")
            for per in statuses.values()
            for st in [per[v]]
            if st.record and st.record.get("torchvision")
        }
        vision.append(", ".join(sorted(seen)) or "–")
    out.append(f"| {p['torchvision']} | " + " | ".join(vision) + " |")
    out.append("")
    for v in r.all:
        out += ["", f"## {p['differing'].format(v=v)} {{ #torch-{v.replace('.', '-')} }}", ""]
        found = False
        for s in snippets:
            st = statuses[s.rel][v]
            if st.kind in ("same", "not_run"):
                continue
            found = True
            shown = ", ".join(
                f"[{page.removesuffix('.md')}]({page})" for page in _pages_showing(s.rel, lang)
            )
            where = f"{p['shown']} {shown or '–'}"
            where = f"（{where}）：" if lang == "zh" else f" ({where}): "
            out.append(f"- `{s.key}`{where}{describe(s, st, lang)}")
        if not found:
            out.append(p["none"])
    not_run = [s for s in snippets if s.notebook_only]
    if not_run:
        out += ["", f"## {p['not_run_h']} {{ #not-in-the-matrix }}", ""]
        for s in not_run:
            colon = "：" if lang == "zh" else ": "
            out.append(f"- `{s.key}`{colon}{describe(s, Status('', 'not_run'), lang)}")
    return "\n".join(out) + "\n"


# --- Running the matrix (in an environment with the torch release to test) -------------------


def _torchvision_problem() -> tuple[str, str | None]:
    """(torchvision version, why it cannot be used with this torch, or None)."""
    import subprocess

    probe = (
        "import warnings; warnings.simplefilter('error')\n"
        "import torch, torchvision\n"
        "from torchvision import ops, transforms\n"
        "boxes = torch.tensor([[0., 0., 1., 1.], [0., 0., 1., 1.]])\n"
        "ops.nms(boxes, torch.tensor([1., 0.5]), 0.5)\n"  # needs torchvision's compiled ops
        "print(torchvision.__version__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300
    )
    try:
        from importlib.metadata import version

        installed = version("torchvision")
    except Exception:  # noqa: BLE001 - not installed at all
        installed = ""
    if done.returncode == 0:
        return installed, None
    last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
    return installed, f"torchvision {installed or '(none)'} does not work with this torch: {last}"


def _imports(path: Path, module: str) -> bool:
    return bool(re.search(rf"^\s*(?:import|from)\s+{module}\b", path.read_text(), re.M))


def _lock():
    """Held while records are written: runs of two releases at once must not lose entries."""
    import fcntl

    path = ROOT / "build" / ".versions.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("w")
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def _store(snippet, version: str, record: dict) -> None:
    """Write one record; the file is read again under a lock, so runs of other releases at
    the same time keep theirs."""
    lock = _lock()
    try:
        records = load_records(snippet.path.parent)
        records.setdefault(snippet.path.name, {})[version] = record
        # Records of releases no longer in requirements/versions.toml go.
        for per in records.values():
            for old in [v for v in per if v not in releases().all]:
                del per[old]
        save_records(snippet.path.parent, records)
    finally:
        lock.close()


def run_matrix(argv: list[str]) -> int:
    import argparse
    import platform
    import time
    from concurrent.futures import ThreadPoolExecutor

    import torch

    from .runner import run_snippet
    from .snippets import data_problem, data_root, discover

    parser = argparse.ArgumentParser(prog="python -m execdocs.versions run")
    parser.add_argument("--rerun", action="store_true", help="run unchanged snippets again")
    parser.add_argument("-k", default="", help="only snippets whose path contains this")
    parser.add_argument("-j", type=int, default=2, help="snippets run at once (default 2)")
    parser.add_argument(
        "--slow", type=float, default=1.0, help="multiply time limits (a busy machine)"
    )
    args = parser.parse_args(argv)

    version = torch.__version__.split("+")[0]
    store = version in releases().all
    vision, vision_problem = _torchvision_problem()
    root = data_root()
    todo = []
    for s in discover():
        if s.notebook_only or args.k not in s.rel:
            continue
        old = load_records(s.path.parent).get(s.path.name, {}).get(version)
        if old and old["sha256"] == sha256(s.path) and not args.rerun and not _timed_out(old):
            continue
        todo.append(s)
    for s in todo:
        problem = data_problem(s, root)
        if problem:  # a result without the data would be a claim about the network, not torch
            print(f"error: {problem}", file=sys.stderr)
            return 1
    print(
        f"torch {version} (torchvision {vision or 'none'}): {len(todo)} snippet(s) to run",
        flush=True,
    )
    if vision_problem:
        print(f"  {vision_problem}")

    def one(s):
        base = {"sha256": sha256(s.path), "torch": version, "torchvision": vision}
        base["python"] = platform.python_version()
        if vision_problem and _imports(s.path, "torchvision"):
            first = {"line": 0, "documented": "", "got": vision_problem}
            return s, base | {"class": "missing", "first": first}
        timeout = s.timeout * args.slow
        result = run_snippet(
            s.path, "cpu", timeout=timeout, threads=s.threads, env={"NN_GUIDE_DATA": root}
        )
        kind, first = classify(s.path.read_text(encoding="utf-8"), s.path, result, timeout)
        return s, base | {"class": kind, "first": first}

    start, counts, late = time.perf_counter(), {}, []
    with ThreadPoolExecutor(max(1, args.j)) as pool:
        for s, record in pool.map(one, todo):
            counts[record["class"]] = counts.get(record["class"], 0) + 1
            if record["class"] != "same":
                first = record["first"] or {}
                print(f"  {record['class']:8} {s.key}: {first.get('got', '')[:100]}", flush=True)
            if record["class"] == "timeout":
                late.append(s.key)
            elif store:  # each as it comes: an interrupted run keeps what it did
                _store(s, version, record)
    if not store:
        print(f"  torch {version} is not in {CONFIG.relative_to(ROOT)}: nothing recorded")
    if late:
        print(
            f"  not recorded, did not finish in time (the next run tries again; on a busy "
            f"machine add `--slow 3`): {', '.join(late)}"
        )
    took = time.perf_counter() - start
    print(f"torch {version}: ran {len(todo)} in {took:.0f} s: {counts}")
    return 0


def report(versions: list[str]) -> int:
    """Counts per release and class, and every differing snippet (after `nox -s compat`)."""
    from .snippets import discover

    snippets = discover()
    for v in versions or releases().all:
        counts, lines = {}, []
        for s in snippets:
            st = status(s, v)
            counts[st.kind] = counts.get(st.kind, 0) + 1
            if st.kind not in ("same", "not_run"):
                lines.append(f"    {st.kind:8} {s.key}: {(st.first or {}).get('got', '')[:90]}")
        print(f"torch {v}: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:] or ["report"]
    sys.exit(run_matrix(rest) if command == "run" else report(rest))
