"""Device portability, read from the code: a module must run wherever its inputs are.

A tensor factory (`torch.arange`, `torch.zeros`, ...) called without `device=` makes a CPU
tensor. Inside `forward` (or any other method an `nn.Module` runs after it was built) that
tensor meets inputs that may be on a GPU, and the reader who moves the model there gets
"Expected all tensors to be on the same device". The CPU run cannot see this, and a GPU run
with `torch.set_default_device("cuda")` hides it, so it is checked statically, with `ast`.

What is a finding (`device_problems`):
- in a method of an `nn.Module` subclass other than `__init__`: a factory call without
  `device=` (nor `**kwargs`, which may carry it), unless it is moved at once
  (`torch.arange(n).to(x.device)`) or is one of the safe scalars below;
- in `__init__`: a factory result stored as a plain attribute (`self.scale = torch.ones(3)`)
  that another method reads: `.to(device)` does not move it. Factories inside
  `nn.Parameter(...)`, `register_buffer(...)` or locals of `__init__` are fine: parameters and
  buffers move with the module (and an attribute no method computes with is harmless).

Not findings: `torch.*_like(x)` and `x.new_*(...)`, which take the device of `x`.
Safe scalars: `torch.tensor(<number>)` used directly as an operand of arithmetic (`h * torch.
tensor(0.5)`). That is a 0-dim CPU tensor, which element-wise (TensorIterator) operations accept
beside CUDA tensors and keep on the CPU as a scalar argument (PyTorch's
aten/src/ATen/test/tensor_iterator_test.cpp, "CPUScalar": a CUDA tensor plus a 0-dim CPU tensor
computes on CUDA; "MixedDevices": any other CPU tensor raises). Only this form is exempt; a
0-dim CPU tensor passed to another function (a matmul, `torch.cat`, an index) is not safe.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

FACTORIES = frozenset(
    {
        "arange",
        "zeros",
        "ones",
        "full",
        "randn",
        "rand",
        "randint",
        "randperm",
        "empty",
        "tensor",
        "eye",
        "linspace",
        "logspace",
        "scalar_tensor",
    }
)
FIX = "pass device=<an input>.device, or use torch.*_like / register a buffer"
ARITHMETIC = (ast.BinOp, ast.Compare)


@dataclass(frozen=True)
class DeviceProblem:
    where: str  # "snippets/x/y.py:69"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _torch_names(tree: ast.Module) -> tuple[set[str], dict[str, str]]:
    """Names bound to the torch module, and to factories imported from it (alias -> factory)."""
    modules, factories = set(), {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "torch":
                    modules.add(alias.asname or "torch")
        elif isinstance(node, ast.ImportFrom) and node.module == "torch" and node.level == 0:
            for alias in node.names:
                if alias.name in FACTORIES:
                    factories[alias.asname or alias.name] = alias.name
    return modules, factories


def _is_module_class(node: ast.ClassDef, modules: set[str], known: set[str]) -> bool:
    """A subclass of nn.Module (or of any `nn.X` layer, or of a Module class of this file)."""
    for base in node.bases:
        text = ast.unparse(base)
        name = text.rsplit(".", 1)[-1]
        if text in known or text == "Module":
            return True
        prefixes = ["nn."] + [f"{m}.nn." for m in modules]
        if any(text.startswith(p) for p in prefixes) and name != "Parameter":
            return True
    return False


def _factory(call: ast.Call, modules: set[str], factories: dict[str, str]) -> str | None:
    """`torch.zeros` for a factory call (as written), else None."""
    func = call.func
    if (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in modules
        and func.attr in FACTORIES
    ):
        return f"{func.value.id}.{func.attr}"
    if isinstance(func, ast.Name) and func.id in factories:
        return func.id
    return None


def _has_device(call: ast.Call) -> bool:
    return any(k.arg in {"device", None} for k in call.keywords)  # None: **kwargs


def _moved_at_once(call: ast.Call, parents: dict[ast.AST, ast.AST], modules: set[str]) -> bool:
    """`factory(...).to(<device or tensor>)` / `.cuda()`: made on the CPU, moved right away."""
    attr = parents.get(call)
    outer = parents.get(attr) if isinstance(attr, ast.Attribute) else None
    if not (isinstance(outer, ast.Call) and outer.func is attr):
        return False
    if attr.attr == "cuda":
        return True
    if attr.attr != "to":
        return False
    if any(k.arg == "device" for k in outer.keywords):
        return True
    if not outer.args:
        return False
    first = outer.args[0]  # `.to(torch.float32)` changes the dtype only
    return not (
        isinstance(first, ast.Attribute)
        and isinstance(first.value, ast.Name)
        and first.value.id in modules
    )


def _safe_scalar(call: ast.Call, parents: dict[ast.AST, ast.AST], name: str) -> bool:
    """`torch.tensor(<number>)` as a direct operand of arithmetic: see the module docstring."""
    if not name.endswith("tensor") or name.endswith("scalar_tensor") or len(call.args) != 1:
        return False
    value = call.args[0]
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, (ast.USub, ast.UAdd)):
        value = value.operand
    number = isinstance(value, ast.Constant) and type(value.value) in (int, float, bool)
    return number and isinstance(parents.get(call), ARITHMETIC)


def _attributes_read(cls: ast.ClassDef, skip: ast.AST) -> set[str]:
    """`self.<name>` read in the class's methods other than `skip`."""
    return {
        node.attr
        for method in cls.body
        if method is not skip and isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef))
        for node in ast.walk(method)
        if isinstance(node, ast.Attribute)
        and isinstance(node.ctx, ast.Load)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    }


def device_problems(source: str, where: str = "<snippet>") -> list[DeviceProblem]:
    """Tensor factories in `nn.Module` methods that would put a tensor on the wrong device."""
    tree = ast.parse(source)
    modules, factories = _torch_names(tree)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: list[DeviceProblem] = []
    known: set[str] = set()
    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for cls in sorted(classes, key=lambda n: n.lineno):
        if not _is_module_class(cls, modules, known):
            continue
        known.add(cls.name)
        for method in cls.body:
            if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(method):
                if not isinstance(node, ast.Call):
                    continue
                name = _factory(node, modules, factories)
                if name is None or _has_device(node):
                    continue
                if _moved_at_once(node, parents, modules) or _safe_scalar(node, parents, name):
                    continue
                place = f"{cls.name}.{method.name}"
                if method.name == "__init__":
                    target = parents.get(node)
                    stored = [
                        t.attr
                        for t in (target.targets if isinstance(target, ast.Assign) else [])
                        if isinstance(t, ast.Attribute)
                        and isinstance(t.value, ast.Name)
                        and t.value.id == "self"
                    ]
                    used = [a for a in stored if a in _attributes_read(cls, skip=method)]
                    if not used:
                        continue  # a local of __init__, or an attribute no method computes with
                    message = (
                        f"{name}(...) in {place} is stored as the plain attribute self.{used[0]}, "
                        "which `.to(device)` does not move, and another method computes with it: "
                        "on a GPU the parameters move and this CPU tensor stays behind. Fix: "
                        f'{FIX} (self.register_buffer("{used[0]}", tensor)).'
                    )
                else:
                    message = (
                        f"{name}(...) in {place} makes a tensor on the CPU (no device=): on a "
                        "GPU, where the reader moves the model and its inputs, it meets CUDA "
                        f"tensors and fails. Fix: {FIX}."
                    )
                found.append(DeviceProblem(f"{where}:{node.lineno}", message))
    return sorted(found, key=lambda p: int(p.where.rsplit(":", 1)[1]))
