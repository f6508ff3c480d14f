"""The CI workflow (.github/workflows/docs.yml) parses, and can never wait forever: every
`needs` names a job, the self-hosted GPU job is opt-in, and publishing does not depend on it
unless it ran."""

from __future__ import annotations

import re

import pytest
import yaml

from execdocs import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def load(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on:` as True
    if True in data:
        data["on"] = data.pop(True)
    return data


def needs(job: dict) -> list[str]:
    value = job.get("needs", [])
    return [value] if isinstance(value, str) else list(value)


def self_hosted(job: dict) -> bool:
    runs_on = job.get("runs-on", [])
    return "self-hosted" in ([runs_on] if isinstance(runs_on, str) else runs_on)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_parses_and_needs_name_jobs(path):
    data = load(path)
    jobs = data.get("jobs")
    assert data.get("on") and jobs, f"{path.name}: no triggers or no jobs"
    for name, job in jobs.items():
        for need in needs(job):
            assert need in jobs, f"{path.name}: job {name!r} needs {need!r}, which is not a job"
        assert "runs-on" in job, f"{path.name}: job {name!r} has no runs-on"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_job_waits_on_an_unconditional_self_hosted_job(path):
    jobs = load(path)["jobs"]
    for name, job in jobs.items():
        if self_hosted(job):
            assert "vars." in str(job.get("if", "")), (
                f"{path.name}: self-hosted job {name!r} has no `if:` on a repository variable; "
                "a repository without such a runner would wait for it forever. Make it opt-in "
                "(if: vars.CUDA_RUNNER == 'true')."
            )
        for need in needs(job):
            if self_hosted(jobs[need]):
                condition = str(job.get("if", ""))
                assert re.search(rf"needs\.{need}\.result\s*==\s*'skipped'", condition), (
                    f"{path.name}: job {name!r} needs the opt-in job {need!r} but does not "
                    f"accept it being skipped (needs.{need}.result == 'skipped' in its if:), so "
                    "it would never run without that runner."
                )
                assert "always()" in condition, (
                    f"{path.name}: job {name!r}: without always() a skipped {need!r} skips it too"
                )


def test_the_cpu_job_runs_the_readme_command():
    (path,) = [p for p in WORKFLOWS if p.name == "docs.yml"]
    steps = load(path)["jobs"]["cpu"]["steps"]
    assert any(step.get("run", "").strip() == "nox -s docs" for step in steps)
    assert "nox -s docs" in (ROOT / "README.md").read_text(encoding="utf-8")
