"""The machinery reads bottom-up: no module of `execdocs` imports, directly or through others,
one that imports it back, not even inside a function (such an import hides a circle)."""

from __future__ import annotations

import ast
from pathlib import Path

from execdocs import ROOT

PACKAGE = ROOT / "execdocs"


def imported_modules(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that the file imports, at any level (module, function, class)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 1:  # from . import x / from .x import y
                base = node.module
            elif node.level == 0 and (node.module or "").split(".")[0] == "execdocs":
                base = node.module.partition(".")[2] or None
            else:
                continue
            names = [base] if base else [a.name for a in node.names]
        else:
            continue
        for name in names:
            name = name.removeprefix("execdocs.").split(".")[0]
            if name in modules:  # `from . import ROOT` reads the package, which imports nothing
                found.add(name)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    modules = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    return {m: imported_modules(package / f"{m}.py", modules) - {m} for m in sorted(modules)}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return path[path.index(dep) :] + [dep]
            if dep not in state:
                found = visit(dep)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_execdocs_has_no_import_cycle():
    cycle = find_cycle(import_graph())
    assert cycle is None, (
        f"execdocs has an import circle: {' -> '.join(cycle)} (imports inside functions count). "
        "Move the name that the lower-level module needs down into it (or into a module both "
        "import), so that every import runs from a higher-level module to a lower-level one."
    )


def test_the_cycle_check_sees_imports_inside_functions(tmp_path):
    (tmp_path / "__init__.py").write_text("ROOT = None\n")
    (tmp_path / "low.py").write_text("from . import ROOT\n\ndef f():\n    from .high import g\n")
    (tmp_path / "high.py").write_text("from .low import f\n\ndef g():\n    pass\n")
    assert find_cycle(import_graph(tmp_path)) == ["high", "low", "high"]
    (tmp_path / "low.py").write_text("from . import ROOT\n")
    assert find_cycle(import_graph(tmp_path)) is None
