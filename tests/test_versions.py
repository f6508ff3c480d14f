"""Other torch releases (execdocs/versions.py): the classification of a run, what a page says
about an example whose record is older than the file, and the committed records themselves."""

from __future__ import annotations

import json

import pytest

from execdocs import versions
from execdocs.outputs import Printed, Raised
from execdocs.runner import RunResult
from execdocs.snippets import Snippet, discover

SOURCE = """\
import torch

print(torch.ones(2))
#> tensor([1., 1.])
print("LayerNorm((4,), eps=1e-05, elementwise_affine=True, bias=True)")
#> LayerNorm((4,), eps=1e-05, elementwise_affine=True, bias=True)
"""
RAISES = """\
import torch

torch.ones(2) @ torch.ones(3)
#> Traceback (most recent call last):
#>   ...
#> RuntimeError: inconsistent tensor size, expected tensor [2] and src [3]
"""
SAME = ["tensor([1., 1.])", "LayerNorm((4,), eps=1e-05, elementwise_affine=True, bias=True)"]


def run(printed, raised=None, **kwargs):
    lines = [3, 5]
    return RunResult(
        "cpu", [Printed(n, t) for n, t in zip(lines, printed, strict=False)], raised, **kwargs
    )


@pytest.mark.parametrize(
    ("result", "source", "kind", "got"),
    [
        pytest.param(run(SAME), SOURCE, "same", None, id="same"),
        pytest.param(
            run(["tensor([1.0000, 1.0001])", SAME[1]]),
            SOURCE,
            "close",
            "tensor([1.0000, 1.0001])",
            id="close",
        ),
        pytest.param(
            run([SAME[0], "LayerNorm((4,), eps=1e-05, elementwise_affine=True)"]),
            SOURCE,
            "text",
            "LayerNorm((4,), eps=1e-05, elementwise_affine=True)",
            id="text-repr",
        ),
        pytest.param(
            run(["tensor([0., 2.])", SAME[1]]), SOURCE, "values", "tensor([0., 2.])", id="values"
        ),
        pytest.param(
            run(SAME[:1], Raised(5, "FutureWarning: You are using `torch.load` with ...", "")),
            SOURCE,
            "warns",
            "FutureWarning: You are using `torch.load` with ...",
            id="warns",
        ),
        pytest.param(
            run([], Raised(3, "AttributeError: module 'torch' has no attribute 'x'", "")),
            SOURCE,
            "raises",
            "AttributeError: module 'torch' has no attribute 'x'",
            id="raises",
        ),
        pytest.param(
            run([], timed_out=True), SOURCE, "timeout", "did not finish in 60 s", id="timeout"
        ),
        pytest.param(
            run([], crashed="exit code -11"),
            SOURCE,
            "raises",
            "crashed (exit code -11)",
            id="crash",
        ),
        pytest.param(
            run([], Raised(3, "RuntimeError: size mismatch, got 2 and 3", "")),
            RAISES,
            "text",
            "RuntimeError: size mismatch, got 2 and 3",
            id="other-message",
        ),
        pytest.param(
            run([], Raised(3, "ValueError: inconsistent tensor size", "")),
            RAISES,
            "raises",
            "ValueError: inconsistent tensor size",
            id="other-error",
        ),
        pytest.param(run([]), RAISES, "text", "", id="error-not-raised"),
    ],
)
def test_classify(tmp_path, result, source, kind, got):
    path = tmp_path / "example.py"
    path.write_text(source)
    found, first = versions.classify(source, path, result)
    assert found == kind
    assert (first or {}).get("got") == got


def _snippet(tmp_path, text="print(1)\n#> 1\n") -> Snippet:
    chapter = tmp_path / "chapter"
    chapter.mkdir(exist_ok=True)
    path = chapter / "example.py"
    path.write_text(text)
    return Snippet(path, 60, "close", 1, False, False, "")


def test_a_record_of_an_older_file_is_shown_as_not_yet_run(tmp_path):
    snippet = _snippet(tmp_path)
    newest = versions.releases().newest
    record = {"sha256": versions.sha256(snippet.path), "torch": newest, "class": "values"}
    record["first"] = {"line": 2, "documented": "1", "got": "2"}
    records = {"example.py": {newest: record}}
    assert versions.status(snippet, newest, records).kind == "values"
    text = versions.describe(snippet, versions.status(snippet, newest, records), "en")
    assert text.startswith("different values") and "`1`" in text and "`2`" in text

    snippet.path.write_text("print(2)\n#> 2\n")  # edited after the run
    st = versions.status(snippet, newest, records)
    assert st.kind == "stale"
    assert versions.describe(snippet, st, "en") == "not yet run since this example changed."
    assert versions.describe(snippet, st, "zh") == "此示例修改后尚未运行。"
    (snippet.path.parent / versions.RECORDS_NAME).write_text(json.dumps(records))
    shown = dict(versions.snippet_notes(snippet, "en"))
    assert "since this example changed" in shown[newest]
    # Never a claim without a record: a release with none is "not yet run" too.
    assert all(versions.status(snippet, v).kind != "same" for v in versions.releases().all)


def test_version_ranges():
    assert versions.matches("2.6.0", "<2.7")
    assert not versions.matches("2.7.0", "<2.7")
    assert versions.matches("2.6.0", ">=2.6,<2.7")
    assert versions.matches("2.15.0", "==2.15")
    with pytest.raises(ValueError):
        versions.matches("2.6.0", "~2.6")


SNIPPETS = [s for s in discover() if not s.notebook_only]


def test_committed_records_are_well_formed():
    releases = versions.releases()
    for chapter in sorted({s.path.parent for s in discover()}):
        for name, per in versions.load_records(chapter).items():
            where = f"snippets/{chapter.name}/{versions.RECORDS_NAME} [{name}]"
            assert (chapter / name).is_file(), f"{where}: no such snippet"
            for version, record in per.items():
                assert version in releases.all, (
                    f"{where}: torch {version} is not in requirements/versions.toml; "
                    "run `nox -s compat`, which drops it"
                )
                assert record["class"] in versions.CLASSES, f"{where}: {record['class']!r}"
                assert record["torch"] == version


@pytest.mark.parametrize("which", ["pin", "newest"])
def test_every_example_has_a_current_record(which):
    """The pages never say "not yet run" for the pin (what every build verifies) or the newest
    release (what `pip install torch` gives a reader today). The older release may: the
    page says so, and the weekly run fills it in."""
    version = getattr(versions.releases(), which)
    missing = [s.rel for s in SNIPPETS if versions.status(s, version).kind in ("stale", "absent")]
    assert not missing, (
        f"no record of these examples, as they are now, on torch {version}: {missing}. Run "
        f"`nox -s compat -- {version}` (only those run) and commit snippets/*/versions.json."
    )


def test_the_pin_records_agree_with_the_pages():
    pin = versions.releases().pin
    wrong = {
        s.rel: st.kind
        for s in SNIPPETS
        for st in [versions.status(s, pin)]
        if st.kind not in ("same", "stale", "absent")
    }
    assert not wrong, f"records on the pin (torch {pin}) that contradict the pages: {wrong}"


def test_notes_explain_a_recorded_difference():
    problems = [
        p for c in sorted({s.path.parent for s in discover()}) for p in versions.note_problems(c)
    ]
    assert not problems, "\n".join(problems)


def test_a_missing_dependency_is_said_in_both_languages(tmp_path):
    snippet = _snippet(tmp_path)
    why = "torchvision 0.29.2 does not work with this torch: ImportError: undefined symbol"
    st = versions.Status("2.15.0", "missing", {"line": 0, "documented": "", "got": why})
    assert versions.describe(snippet, st, "en").startswith("cannot run: a package it needs")
    assert "ImportError" in versions.describe(snippet, st, "en")
    assert versions.describe(snippet, st, "zh").startswith("无法运行")


SUMMARY = {"en": "PyTorch versions: ", "zh": "PyTorch 版本："}


@pytest.mark.site
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_built_pages_say_which_torch_versions_ran_their_examples(lang):
    from execdocs import ROOT
    from execdocs.pages import docs_dir, includes, pages

    site = ROOT / "site" / lang
    problems = []
    for page in pages(lang):
        if page.suffix != ".md" or not includes(docs_dir(lang) / page):
            continue
        url = page.with_suffix("") if page.name != "index.md" else page.parent
        html = (site / url / "index.html").read_text(encoding="utf-8")
        if SUMMARY[lang] not in html:
            problems.append(f"site/{lang}/{url}/: does not say which torch versions ran it")
    matrix = (site / "versions" / "index.html").read_text(encoding="utf-8")
    if "torch versions matrix" in matrix or f"torch {versions.releases().newest}" not in matrix:
        problems.append(f"site/{lang}/versions/: the matrix is missing")
    assert not problems, "\n".join(problems)
