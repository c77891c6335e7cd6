"""The GitHub workflow and the pre-commit hooks run what .ci/run runs, with the locked tools."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_the_github_workflow_runs_ci_run_against_postgresql() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()

    assert [step["run"] for step in job["steps"] if "run" in step] == ["bash .ci/run"]
    postgres = job["services"]["postgres"]
    assert postgres["env"] == {"POSTGRES_HOST_AUTH_METHOD": "trust", "POSTGRES_DB": "test"}
    assert "5432:5432" in postgres["ports"]
    ci_run = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "make test" in ci_run and "make lint" in ci_run


def test_pre_commit_runs_the_locked_ruff_and_mypy() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}

    assert hooks["ruff"]["entry"].startswith(".venv/bin/ruff check")
    assert hooks["mypy"]["entry"] == ".venv/bin/mypy"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "$(BIN)/ruff check ." in makefile and "$(BIN)/mypy" in makefile
