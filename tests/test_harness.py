"""The verification machinery itself, fed bad input: each mistake gives a clear message that
names the file and the fix, and nothing passes silently."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from execdocs import ROOT
from execdocs.outputs import line_matches, strip_cuda
from execdocs.pages import Include, include_problem, missing_twins, read_text
from execdocs.runner import run_snippet
from execdocs.snippets import SettingsError
from execdocs.verify import SnippetFailure, verify
from tests.conftest import planted_chapter as _chapter
from tests.conftest import snippet


def check(snip, device="cpu", update=False):
    result = run_snippet(snip.path, device, timeout=snip.timeout)
    return verify(snip, result, update=update)


def test_right_output_passes(tmp_path):
    assert check(snippet(tmp_path, "print(1 + 1)\n#> 2\n")) is False


def test_wrong_documented_output_shows_a_diff_and_the_fix(tmp_path):
    s = snippet(
        tmp_path, "import torch\n\nprint(torch.tensor([[3.0, 2.0]]))\n#> tensor([[3., 3.]])\n"
    )
    with pytest.raises(SnippetFailure) as err:
        check(s)
    message = str(err.value)
    assert str(s.path) in message and "documented output differs" in message
    assert "-#> tensor([[3., 3.]])" in message and "+#> tensor([[3., 2.]])" in message
    assert "nox -s update" in message


def test_update_writes_pytorch_format_and_only_output_lines(tmp_path):
    code = "import torch\n\nx = torch.tensor([[3.0, 2.0], [5.0, 1.0]])\nprint(x)\n#> stale\n"
    s = snippet(tmp_path, code)
    assert check(s, update=True) is True
    assert s.path.read_text() == (
        "import torch\n\nx = torch.tensor([[3.0, 2.0], [5.0, 1.0]])\nprint(x)\n"
        "#> tensor([[3., 2.],\n#>         [5., 1.]])\n"
    )
    assert not list(s.path.parent.glob(".*.tmp")), "a temporary file was left behind"


def test_update_leaves_a_failing_snippet_untouched(tmp_path):
    code = "print('before')\n#> before\nraise ValueError('boom')\n"
    s = snippet(tmp_path, code)
    with pytest.raises(SnippetFailure):
        check(s, update=True)
    assert s.path.read_text() == code


def test_unexpected_exception_names_file_line_and_error(tmp_path):
    s = snippet(tmp_path, "x = 1\ny = x / 0\n")
    with pytest.raises(SnippetFailure) as err:
        check(s)
    message = str(err.value)
    assert f'File "{s.path}", line 2' in message and "ZeroDivisionError" in message
    assert "#> Traceback (most recent call last):" in message  # how to document it on purpose


def test_documented_exception_is_checked(tmp_path):
    code = "import torch\n\ntorch.ones(2) @ torch.ones(3)\n#> Traceback (most recent call last):\n"
    s = snippet(tmp_path, code)
    check(s, update=True)
    assert s.path.read_text().endswith(
        "#>   ...\n#> RuntimeError: inconsistent tensor size, expected tensor [2] and src [3] "
        "to have the same number of elements, but got 2 and 3 elements respectively\n"
    )
    assert check(s) is False
    s.path.write_text(s.path.read_text().replace("[3]", "[4]"))
    with pytest.raises(SnippetFailure, match="documented output differs"):
        check(s)


def test_documented_exception_that_is_not_raised(tmp_path):
    s = snippet(tmp_path, "x = 1\n#> Traceback (most recent call last):\n#> ValueError: no\n")
    with pytest.raises(SnippetFailure, match=r"example.py:2: documents the error 'ValueError: no'"):
        check(s)


def test_code_after_a_documented_exception_is_refused(tmp_path):
    s = snippet(tmp_path, "1 / 0\n#> Traceback (most recent call last):\nprint('never')\n")
    with pytest.raises(SnippetFailure, match="1 statement\\(s\\) after it never run"):
        check(s)


def test_output_documented_but_nothing_printed(tmp_path):
    s = snippet(tmp_path, "x = 1\n#> 1\n")
    with pytest.raises(SnippetFailure, match="documents output .* but printed nothing"):
        check(s)


def test_a_hanging_snippet_is_stopped_with_its_limit(tmp_path):
    s = snippet(tmp_path, "import time\n\ntime.sleep(60)\n", '["example.py"]\ntimeout = 1\n')
    with pytest.raises(SnippetFailure) as err:
        check(s)
    assert "did not finish within 1 s on cpu" in str(err.value)
    assert "snippets.toml" in str(err.value)


def test_warnings_are_errors(tmp_path):
    s = snippet(tmp_path, "import warnings\n\nwarnings.warn('deprecated', DeprecationWarning)\n")
    with pytest.raises(SnippetFailure, match="DeprecationWarning: deprecated"):
        check(s)


def test_snippets_are_isolated(tmp_path):
    first = snippet(tmp_path, "import torch\n\ntorch.set_default_dtype(torch.float64)\nLEAK = 1\n")
    check(first)
    s = snippet(
        tmp_path,
        "import torch\n\nprint(torch.ones(1).dtype, 'LEAK' in globals())\n#> torch.float32 False\n",
    )
    assert check(s) is False


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ('["example.py"]\ncolour = "red"\n', "unknown setting"),
        ('["example.py"]\ncuda = "run"\n', "needs reason"),
        ('["example.py"]\ncuda = "roughly"\n', "choose one of"),
        ('["missing.py"]\ntimeout = 3\n', "there is no snippet chapter/missing.py"),
        ('["example.py"\n', "not valid TOML"),
    ],
)
def test_bad_settings_are_reported(tmp_path, settings, message):
    with pytest.raises(SettingsError, match=message):
        snippet(tmp_path, "print(1)\n#> 1\n", settings)


@pytest.mark.parametrize(
    ("documented", "on_cuda", "mode", "ok"),
    [
        (
            "#> tensor([0.0900, 0.2447])",
            "#> tensor([0.0900, 0.2447], device='cuda:0')",
            "exact",
            True,
        ),
        (
            "#> tensor([0.0900, 0.2447])",
            "#> tensor([0.0900, 0.2448], device='cuda:0')",
            "exact",
            False,
        ),
        (
            "#> tensor([0.0900, 0.2447])",
            "#> tensor([0.0900, 0.2448], device='cuda:0')",
            "close",
            True,
        ),
        (
            "#> tensor([0.0900, 0.2447])",
            "#> tensor([0.0900, 0.2600], device='cuda:0')",
            "close",
            False,
        ),
        ("#> tensor(3457)", "#> tensor(3458, device='cuda:0')", "close", False),
        ("#> torch.Size([2, 3])", "#> torch.Size([2, 4])", "structure", False),
        (
            "#> tensor([-1.1258, 0.3], grad_fn=<AddBackward0>)",
            "#> tensor([0.4, -0.7], device='cuda:0', grad_fn=<AddBackward0>)",
            "structure",
            True,
        ),
        (
            "#> tensor([0.1, 0.2])",
            "#> tensor([0.1, 0.2, 0.3], device='cuda:0')",
            "structure",
            False,
        ),
        ("#> torch.float32", "#> torch.float64", "structure", False),
    ],
)
def test_cuda_output_comparison(documented, on_cuda, mode, ok):
    assert line_matches(documented, on_cuda, mode) is ok


def test_strip_cuda_keeps_other_arguments():
    assert strip_cuda("tensor(1., device='cuda:0', grad_fn=<SumBackward0>)") == (
        "tensor(1., grad_fn=<SumBackward0>)"
    )


def test_broken_includes_are_reported_with_page_and_line(tmp_path):
    (tmp_path / "snippets" / "c").mkdir(parents=True)
    (tmp_path / "snippets" / "c" / "a.py").write_text(
        "# --8<-- [start:part]\nx = 1\n# --8<-- [end:part]\n"
    )
    page = tmp_path / "docs" / "en" / "p.md"
    missing = include_problem(Include(page, 7, "snippets/c/gone.py"), root=tmp_path)
    assert "p.md:7" in missing and "'snippets/c/gone.py', which does not exist" in missing
    section = include_problem(Include(page, 8, "snippets/c/a.py:other"), root=tmp_path)
    assert "no `# --8<-- [start:other]` marker" in section and "['part']" in section
    lines = include_problem(Include(page, 9, "snippets/c/a.py:1:2"), root=tmp_path)
    assert "line numbers drift" in lines
    assert include_problem(Include(page, 10, "snippets/c/a.py:part"), root=tmp_path) is None


def test_page_without_twin_names_the_missing_file(tmp_path):
    for lang in ("en", "zh"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
        (tmp_path / "docs" / lang / "a.md").write_text("# A\n")
    (tmp_path / "docs" / "en" / "b.md").write_text("# B\n")
    (problem,) = missing_twins(tmp_path)
    assert "docs/zh/b.md is missing" in problem and "create" in problem


def test_non_utf8_page_is_named(tmp_path):
    page = tmp_path / "page.md"
    page.write_bytes("# 池化\n".encode("gb18030"))
    with pytest.raises(ValueError, match="not UTF-8 .* Save the file as UTF-8"):
        read_text(page)


def test_cuda_requested_but_absent_fails_loudly():
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA: the failure path cannot be exercised here")
    env = os.environ | {"DOCS_REQUIRE_CUDA": "1"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "tests/test_snippets.py",
            "-k",
            "cuda:layers/maxpool_ceil_mode.py or cuda-default:layers/maxpool_ceil_mode.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout[-2000:]
    assert "DOCS_REQUIRE_CUDA=1 but torch.cuda.is_available() is False" in run.stdout
    assert "2 failed" in run.stdout  # both CUDA passes: as written, and CUDA as the default device


def test_stale_translation_is_reported(tmp_path):
    from execdocs.stale_pages import stale_pages

    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    for lang in ("en", "zh"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
        (tmp_path / "docs" / lang / "a.md").write_text("# A\n")
    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "both")
    assert stale_pages(tmp_path) == []
    (tmp_path / "docs" / "en" / "a.md").write_text("# A\n\nNew paragraph.\n")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "English only")
    (line,) = stale_pages(tmp_path)
    assert line.startswith("docs/zh/a.md may be stale: docs/en/a.md changed in 1 later commit")
    assert "English only" in line


def test_missing_data_without_network_says_what_to_do(tmp_path):
    """No FashionMNIST under the data root and no network: a message, not only a stack trace."""
    from execdocs.snippets import SNIPPETS_DIR

    offline = {
        "NN_GUIDE_DATA": str(tmp_path / "empty"),
        # A proxy on a closed local port: every download attempt fails at once, like offline.
        "http_proxy": "http://127.0.0.1:9",
        "https_proxy": "http://127.0.0.1:9",
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
    }
    result = run_snippet(SNIPPETS_DIR / "fashion_mnist" / "data.py", "cpu", timeout=60, env=offline)
    assert not result.timed_out, "a failed download must not hang"
    assert result.raised is not None and result.raised.text.startswith("SystemExit: ")
    assert "NN_GUIDE_DATA" in result.raised.text
    assert (
        "FashionMNIST/raw/" in result.raised.text and "t10k-labels-idx1-ubyte" in result.raised.text
    )


def test_broken_link_or_anchor_fails_the_strict_build(tmp_path):
    """The site config validates links and anchors; `mkdocs build --strict` turns them into errors."""
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "theme").symlink_to(ROOT / "theme")
    (tmp_path / "docs" / "en" / "index.md").write_text(
        "# Home\n\nSee [pooling](layers/pooling.md) and [this](#no-such-heading).\n",
        encoding="utf-8",
    )
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config[: config.index("\nnav:")] + "\nnav:\n  - Home: index.md\n"
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"NO_MKDOCS_2_WARNING": "1"},
    )
    assert run.returncode != 0
    assert "'index.md' contains a link 'layers/pooling.md'" in run.stderr
    assert "'#no-such-heading'" in run.stderr


def test_output_of_a_multi_line_print_goes_after_the_whole_statement(tmp_path):
    code = (
        "x = 3\n"
        "print(\n"
        '    f"x is {x}, "\n'
        '    f"twice x is {2 * x}"\n'
        ")\n"
        "for i in range(2):\n"
        "    print(i,\n"
        "          i * i)\n"
    )
    s = snippet(tmp_path, code)
    assert check(s, update=True) is True
    assert (
        s.path.read_text()
        == code.replace(")\nfor", ")\n#> x is 3, twice x is 6\nfor") + "    #> 0 0\n    #> 1 1\n"
    )
    assert check(s) is False  # and the rewritten file passes as it is


# ---------------------------------------------------------------------------------------------
# Code comments in the reader's language (execdocs/comments.py)


PO_HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def test_a_comment_without_translation_names_file_line_and_fix(tmp_path):
    from execdocs.comments import problems

    _, path = _chapter(tmp_path, "x = 1\n\n# make a batch of one\ny = [x]  # one item\n", PO_HEAD)
    found = [str(p) for p in problems(path)]
    assert len(found) == 2
    assert f"{path.as_posix()}:3: the comment 'make a batch of one' has no Chinese" in found[0]
    assert "nox -s translations" in found[0] and "zh.po" in found[0]
    assert f"{path.as_posix()}:4: the comment 'one item'" in found[1]


def test_an_edited_comment_marks_its_translation_stale(tmp_path):
    from execdocs.comments import problems, update_catalogue

    po = PO_HEAD + 'msgid "a batch of one"\nmsgstr "只含一个样本的批量"\n'
    chapter, path = _chapter(tmp_path, "# a batch of one\ny = [1]\n", po)
    assert problems(path) == []
    path.write_text("# a batch of two\ny = [1, 2]\n", encoding="utf-8")
    (message,) = [str(p) for p in problems(path)]
    assert "has no Chinese translation" in message and "'a batch of one'" in message
    assert update_catalogue(chapter) == (1, 0, 1)  # one entry, none missing, one stale
    (message,) = [str(p) for p in problems(path)]
    assert f"{path.as_posix()}:1:" in message and "marked stale (fuzzy)" in message
    assert "it was 'a batch of one'" in message and "#, fuzzy" in message


def test_translation_replaces_comments_and_nothing_else(tmp_path):
    from execdocs.comments import CatalogueError, translated_snippet

    code = (
        "import torch\n\n"
        "# Two lines of English\n"
        "# that form one comment.\n"
        's = "# not a comment"  # a trailing one\n'
        "print(s)\n"
        "#> # not a comment\n"
    )
    po = PO_HEAD + (
        'msgid "Two lines of English\\nthat form one comment."\nmsgstr "一条中文注释"\n\n'
        'msgid "a trailing one"\nmsgstr "行尾注释"\n\n'
        'msgid "# not a comment"\nmsgstr "不应出现"\n'
    )
    _, path = _chapter(tmp_path, code, po)
    assert translated_snippet(path) == (
        "import torch\n\n"
        "# 一条中文注释\n"
        's = "# not a comment"  # 行尾注释\n'
        "print(s)\n"
        "#> # not a comment\n"
    )
    # A translation that would put code on a new line is refused, naming the file and line.
    bad = PO_HEAD + 'msgid "a trailing one"\nmsgstr "第一行\\n第二行"\n'
    (path.parent / "zh.po").write_text(bad, encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"example\.py:5: .*trailing comment"):
        translated_snippet(path)


# ---------------------------------------------------------------------------------------------
# Hygiene: nothing left in the temporary directory; the notebook cache keyed on the data itself


def test_runs_leave_no_temporary_folders(tmp_path, monkeypatch):
    import tempfile

    check(snippet(tmp_path / "warm", "print(1)\n#> 1\n"))  # the forkserver (and its socket
    # folder, which multiprocessing removes at exit) exists before the folder is watched
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    ok = snippet(
        tmp_path,
        "from pathlib import Path\n\nPath('out.txt').write_text('x')\nprint('ok')\n#> ok\n",
    )
    assert check(ok) is False
    hang = tmp_path / "hang.py"
    hang.write_text("import time\ntime.sleep(60)\n", encoding="utf-8")
    assert run_snippet(hang, "cpu", timeout=3).timed_out
    assert list(scratch.iterdir()) == [], "a snippet run left files in the temporary directory"


def test_notebook_execution_leaves_no_temporary_folders(tmp_path, monkeypatch):
    import tempfile

    import nbformat

    from execdocs.notebooks import execute

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(6 * 7)")])
    execute(nb, ROOT / "docs" / "en" / "index.md", timeout=60)
    assert nb.cells[0].outputs[0]["text"] == "42\n"
    assert list(scratch.iterdir()) == [], "executing a notebook left files in the temp directory"


def test_notebook_cache_follows_the_data_not_its_path(tmp_path, monkeypatch):
    from execdocs.notebooks import data_fingerprint

    prints = []
    for name, content in (("a", b"images"), ("b", b"images"), ("c", b"other!")):
        raw = tmp_path / name / "FashionMNIST" / "raw"
        raw.mkdir(parents=True)
        (raw / "train-images-idx3-ubyte").write_bytes(content)
        monkeypatch.setenv("NN_GUIDE_DATA", str(tmp_path / name))
        prints.append(data_fingerprint())
    assert prints[0] == prints[1], "the same data at another path must reuse the outputs"
    assert prints[0] != prints[2], "other data must not reuse the outputs"


def test_a_run_is_reused_only_while_all_its_inputs_are_unchanged(tmp_path, monkeypatch):
    from execdocs import records

    monkeypatch.setattr(records, "VERIFIED_DIR", tmp_path / "verified")
    monkeypatch.setattr(records, "FIGURES_DIR", tmp_path / "figures")
    s = snippet(tmp_path, "print(1)\n#> 1\n")
    key = records.run_key(s, "cpu", str(tmp_path))
    assert not records.reusable(s, "cpu", key), "nothing ran yet"
    records.record_verification(s, "cpu", key, ["plot.png"])
    assert not records.reusable(s, "cpu", key), "its figure is missing"
    (tmp_path / "figures" / "chapter").mkdir(parents=True)
    (tmp_path / "figures" / "chapter" / "plot.png").write_bytes(b"png")
    assert records.reusable(s, "cpu", key)
    s.path.write_text("print(2)\n#> 2\n", encoding="utf-8")
    assert records.run_key(s, "cpu", str(tmp_path)) != key, "an edited file must run again"
    data = snippet(tmp_path, "print(1)\n#> 1\n", '["example.py"]\nneeds_data = true\n')
    raw = tmp_path / "data" / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    (raw / "t10k-labels-idx1-ubyte").write_bytes(b"a")
    before = records.run_key(data, "cpu", str(tmp_path / "data"))
    (raw / "t10k-labels-idx1-ubyte").write_bytes(b"b")
    assert records.run_key(data, "cpu", str(tmp_path / "data")) != before, "other data: run again"
