"""The real `pre-commit` tool runs kikfacts as a hook from this repository's .pre-commit-hooks.yaml."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

BAD = ("Kommunen afsætter samlet 12,5 mio. kr. til indsatsen. Heraf går 8,5 mio. kr. til "
       "mentorer, mens 5 mio. kr. bruges på praktikpladser.\n")
GOOD = BAD.replace("8,5 mio. kr.", "7,5 mio. kr.")

pytestmark = pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(),
                                reason="needs git and a git checkout of kikfacts")


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


def test_precommit_hook_fails_a_bad_draft_and_passes_a_good_one(tmp_path):
    rev = _git(ROOT, "rev-parse", "HEAD")
    repo = tmp_path / "drafts"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT.as_uri()}\n    rev: {rev}\n    hooks:\n      - id: kikfacts\n",
        encoding="utf-8")
    (repo / "bad.txt").write_text(BAD, encoding="utf-8")
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    _git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home"), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    pc = [sys.executable, "-m", "pre_commit"]

    bad = subprocess.run([*pc, "run", "--files", "bad.txt"], cwd=repo, env=env,
                         capture_output=True, text=True, timeout=900)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.txt:1:26: fejl [sum-of-parts]" in bad.stdout

    good = subprocess.run([*pc, "run", "--files", "good.md"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=600)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
