"""Checks read from the snippets' code, without running it: a module runs on any device
(execdocs/portability.py)."""

from __future__ import annotations

import pytest

from execdocs.pages import rel
from execdocs.portability import device_problems
from execdocs.snippets import snippet_files

SNIPPETS = snippet_files()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: rel(p))
def test_modules_make_tensors_on_their_inputs_device(snippet):
    found = device_problems(snippet.read_text(encoding="utf-8"), rel(snippet))
    if found:
        pytest.fail("\n".join(map(str, found)), pytrace=False)


PLANTED = """\
import torch
from torch import nn


class Positions(nn.Module):
    def forward(self, x):
        return x + torch.arange(x.shape[1])
"""


def test_a_factory_without_device_in_forward_is_refused():
    (problem,) = device_problems(PLANTED, "snippets/chapter/example.py")
    assert str(problem) == (
        "snippets/chapter/example.py:7: torch.arange(...) in Positions.forward makes a tensor "
        "on the CPU (no device=): on a GPU, where the reader moves the model and its inputs, "
        "it meets CUDA tensors and fails. Fix: pass device=<an input>.device, or use "
        "torch.*_like / register a buffer."
    )


def test_a_plain_tensor_attribute_that_forward_uses_is_refused():
    code = (
        "import torch\nfrom torch import nn\n\n\nclass Scale(nn.Module):\n"
        "    def __init__(self):\n        super().__init__()\n        self.s = torch.ones(3)\n"
        "        self.note = torch.zeros(3)  # never computed with: harmless\n\n"
        "    def forward(self, x):\n        return x * self.s\n"
    )
    (problem,) = device_problems(code, "x.py")
    assert problem.where == "x.py:8" and "self.s" in problem.message
    assert 'self.register_buffer("s", tensor)' in problem.message


def test_device_portable_modules_pass():
    clean = """\
import torch
from torch import nn


class Clean(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.w = nn.Parameter(torch.randn(n, n))
        pe = torch.zeros(n)  # a local of __init__, kept as a buffer: it moves with the module
        self.register_buffer("pe", pe)

    def forward(self, x):
        positions = torch.arange(x.shape[1], device=x.device)
        noise = torch.randn_like(x)  # *_like: the device of x
        zeros = x.new_zeros(3)
        moved = torch.eye(3).to(x.device)
        half = x * torch.tensor(0.5)  # a 0-dim CPU tensor in arithmetic: fine on CUDA
        return x @ self.w + self.pe + positions + noise + zeros.sum() + moved.sum() + half


def not_a_module():
    return torch.arange(3)
"""
    assert device_problems(clean) == []


@pytest.mark.parametrize(
    "line",
    [
        "torch.matmul(x, torch.tensor(2.0))",  # a 0-dim tensor outside arithmetic
        "x + torch.tensor([1.0, 2.0])",  # not 0-dim
        "torch.zeros(3).to(torch.float64)",  # a dtype change moves nothing
    ],
)
def test_only_what_is_really_safe_is_exempt(line):
    code = f"import torch\n\n\nclass M(torch.nn.Module):\n    def forward(self, x):\n        return {line}\n"
    assert [p.where for p in device_problems(code)] == ["<snippet>:6"]
