"""The device passes, without a GPU: which pass runs which snippet, the settings that leave one
out, what the GPU pass changes in the reader's code (nothing), and what a page says about it."""

from __future__ import annotations

import pytest

from execdocs.runner import run_snippet
from execdocs.snippets import DEVICES, SettingsError, skip_reason
from execdocs.verify import verify
from tests.conftest import snippet


def test_the_passes():
    assert list(DEVICES) == ["cpu", "cuda", "cuda-default"]


def test_every_pass_runs_a_snippet_by_default(tmp_path):
    s = snippet(tmp_path, "print(1)\n#> 1\n")
    assert s.default_device is True
    assert [skip_reason(s, d) for d in DEVICES] == [None, None, None]


def test_default_device_false_leaves_a_snippet_out_of_that_pass_only(tmp_path):
    s = snippet(
        tmp_path,
        "print(1)\n#> 1\n",
        '["example.py"]\ndefault_device = false\nreason = "its DataLoader shuffles on the CPU"\n',
    )
    assert skip_reason(s, "cpu") is None and skip_reason(s, "cuda") is None
    assert skip_reason(s, "cuda-default") == (
        "left out of the pass with CUDA as the default device: its DataLoader shuffles on the CPU"
    )


def test_a_notebook_only_snippet_skips_every_pass(tmp_path):
    s = snippet(
        tmp_path, "print(1)\n#> 1\n", '["example.py"]\nnotebook_only = true\nreason = "slow"\n'
    )
    assert all(skip_reason(s, d).startswith("runs in its page's notebook") for d in DEVICES)


def test_an_unknown_pass_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="unknown pass 'mps'"):
        skip_reason(snippet(tmp_path, "print(1)\n#> 1\n"), "mps")


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (
            '["example.py"]\ndefault_device = false\n',
            r"default_device = false leaves this snippet out of the pass with CUDA as torch\'s "
            r'default device, so it needs reason = "why it cannot run as written there"',
        ),
        ('["example.py"]\ndefault_device = "no"\n', "default_device = 'no'; write true or false"),
    ],
)
def test_bad_default_device_settings_are_reported(tmp_path, settings, message):
    with pytest.raises(SettingsError, match=message) as err:
        snippet(tmp_path, "print(1)\n#> 1\n", settings)
    assert 'snippets/chapter/snippets.toml ["example.py"]' in str(err.value)


def test_the_gpu_pass_runs_the_code_as_written(tmp_path):
    """No default device is set on the "cuda" pass: a tensor the code makes without choosing a
    device is a CPU tensor, as under `python snippet.py` on a GPU machine."""
    code = "import torch\n\nprint(torch.get_default_device(), torch.zeros(1).device)\n#> cpu cpu\n"
    s = snippet(tmp_path, code)
    result = run_snippet(s.path, "cuda", timeout=60)
    assert result.raised is None, result.raised and result.raised.traceback
    assert [p.text for p in result.printed] == ["cpu cpu"]
    assert verify(s, result) is False


RECORDS = {
    "snippets/a/one.py": {
        "cpu": {"label": "CPU", "torch": "2.14.1"},
        "cuda": {"label": "CUDA (NVIDIA H100)", "torch": "2.14.1"},
        "cuda-default": {"label": "CUDA (NVIDIA H100) as the default device", "torch": "2.14.1"},
    },
    "snippets/a/two.py": {
        "cpu": {"label": "CPU", "torch": "2.14.1"},
        "cuda": {"label": "CUDA (NVIDIA H100)", "torch": "2.14.1"},
    },
}


@pytest.fixture
def hooks(monkeypatch):
    import theme.hooks as hooks

    monkeypatch.setattr(hooks, "verification_records", lambda: RECORDS)
    return hooks


@pytest.mark.parametrize(
    ("snippets", "lang", "box"),
    [
        (
            ["snippets/a/one.py"],
            "en",
            "Verified: the 1 examples on this page ran as written with PyTorch 2.14.1 on CPU and "
            "on CUDA (NVIDIA H100) and printed exactly what is shown. All of them also ran with "
            "CUDA as the default device (a check of the layers' numerics on the GPU).",
        ),
        (
            ["snippets/a/one.py", "snippets/a/two.py"],
            "en",
            "Verified: the 2 examples on this page ran as written with PyTorch 2.14.1 on CPU and "
            "on CUDA (NVIDIA H100) and printed exactly what is shown. 1 of them also ran with "
            "CUDA as the default device (a check of the layers' numerics on the GPU).",
        ),
        (
            ["snippets/a/two.py"],
            "en",
            "Verified: the 1 examples on this page ran as written with PyTorch 2.14.1 on CPU and "
            "on CUDA (NVIDIA H100) and printed exactly what is shown.",
        ),
        (
            ["snippets/a/one.py", "snippets/a/two.py"],
            "zh",
            "已验证：本页的 2 个示例已按原样在 PyTorch 2.14.1（CPU、CUDA (NVIDIA H100)）上运行，"
            "输出与页面所示完全一致。其中 1 个还以 CUDA 为默认设备运行过（在 GPU 上检查各层的数值）。",
        ),
        (
            ["snippets/a/one.py"],
            "zh",
            "已验证：本页的 1 个示例已按原样在 PyTorch 2.14.1（CPU、CUDA (NVIDIA H100)）上运行，"
            "输出与页面所示完全一致。全部示例还以 CUDA 为默认设备运行过（在 GPU 上检查各层的数值）。",
        ),
    ],
)
def test_the_page_says_what_ran_where(hooks, snippets, lang, box):
    assert hooks._verification(snippets, lang) == f'\n\n!!! success ""\n    {box}\n'
