"""Workflow integrations: CI formats, fixes, baselines and the real pre-commit hook."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from xml.etree import ElementTree

import jsonschema
import pytest

from conftest import ROOT, SHARED, run_audit

BAD = ROOT / "examples" / "content-farm.txt"
CLEAN = ROOT / "examples" / "clean-news.md"


def test_sarif_validates_against_official_schema():
    schema_path = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema_path.exists():
        pytest.skip(
            f"{schema_path} not found: the ../shared research data sits beside the checkout"
        )
    proc = run_audit("check", "--no-cache", "--format", "sarif", str(BAD), str(CLEAN), "nope.txt")
    data = json.loads(proc.stdout)
    jsonschema.validate(data, json.loads(schema_path.read_text()))
    results = data["runs"][0]["results"]
    assert results and all(r["partialFingerprints"]["primaryLocationLineHash"] for r in results)
    assert {r["ruleId"] for r in results} <= {
        x["id"] for x in data["runs"][0]["tool"]["driver"]["rules"]
    }


def test_github_junit_jsonlines_markdown():
    gh = run_audit("check", "--no-cache", "--format", "github", str(BAD)).stdout.decode()
    assert gh.startswith("::") and f"file={BAD}" in gh and ",line=" in gh
    junit = run_audit("check", "--no-cache", "--format", "junit", str(BAD), str(CLEAN)).stdout
    suite = ElementTree.fromstring(junit).find("testsuite")
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    lines = (
        run_audit("check", "--no-cache", "--format", "json-lines", str(BAD))
        .stdout.decode()
        .splitlines()
    )
    assert lines and all(json.loads(ln)["path"] == str(BAD) for ln in lines)
    md = run_audit(
        "check", "--no-cache", "--format", "markdown", str(BAD), str(CLEAN)
    ).stdout.decode()
    assert "| file | score |" in md and "clean-news.md" in md


def test_fix_removes_promo_and_duplicates_only_and_is_idempotent(tmp_path):
    art = tmp_path / "bad.txt"
    shutil.copy(BAD, art)
    art.chmod(0o640)
    before = art.read_text().splitlines()
    diff = run_audit("check", "--no-cache", "--diff", str(art))
    assert diff.returncode == 1 and diff.stdout.decode().startswith("---")
    assert art.read_text().splitlines() == before  # --diff writes nothing
    proc = run_audit("check", "--no-cache", "--fix", "--format", "json", str(art))
    assert "fixed" in proc.stderr.decode()
    after = art.read_text().splitlines()
    removed = [ln for ln in before if ln not in after or before.count(ln) > after.count(ln)]
    # Every line that went away is a promo, embed or duplicate line...
    expected_gone = {5, 11, 17, 18, 19, 20, 22, 23, 24}
    assert sorted(i + 1 for i, ln in enumerate(before) if i + 1 in expected_gone) == sorted(
        expected_gone
    )
    for ln in removed:
        assert ln in {before[i - 1] for i in expected_gone}
    # ...and everything else is unchanged, in order.
    kept = [ln for i, ln in enumerate(before, 1) if i not in expected_gone]
    assert after == kept
    assert oct(art.stat().st_mode & 0o777) == "0o640"
    again = run_audit("check", "--no-cache", "--fix", str(art))
    assert "fixed" not in again.stderr.decode()
    assert art.read_text().splitlines() == after
    assert not list(tmp_path.glob("*.audit-tmp"))


def test_fix_collapses_repeated_words(tmp_path):
    art = tmp_path / "typo.md"
    art.write_text("# Title\n\nWe went to the the shop and\nand then home.\n")
    run_audit("check", "--no-cache", "--fix", str(art))
    assert art.read_text() == "# Title\n\nWe went to the shop and\nthen home.\n"


def test_fix_refuses_html_and_stdin(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<p>We went to the the shop.</p>")
    proc = run_audit("check", "--no-cache", "--fix", str(page))
    assert page.read_text() == "<p>We went to the the shop.</p>"
    assert "not fixed" in proc.stderr.decode()
    proc = run_audit("check", "--no-cache", "--fix", "-", input=b"the the cat\n")
    assert "stdin is never fixed" in proc.stderr.decode()


def test_baseline_survives_edits_above(tmp_path):
    art = tmp_path / "a.txt"
    shutil.copy(BAD, art)
    base = tmp_path / "baseline.json"
    first = run_audit("check", "--no-cache", "--baseline", str(base), str(art))
    assert first.returncode == 0 and base.exists()
    text = art.read_text().split("\n", 1)
    art.write_text(
        text[0]
        + "\n\nA brand new paragraph about the bridge opening on time and the the budget.\n\n"
        + text[1]
    )
    proc = run_audit("check", "--no-cache", "--format", "json", "--baseline", str(base), str(art))
    findings = json.loads(proc.stdout)["files"][0]["findings"]
    assert findings, "the new paragraph's problems must be reported"
    assert all(f["line"] == 3 for f in findings if f["code"] == "REP001")
    assert {f["line"] for f in findings} <= {1, 3}


def test_pre_commit_hook_fails_bad_and_passes_clean(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (test extra)")
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(BAD, repo / "bad.txt")
    shutil.copy(CLEAN, repo / "clean.md")
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@e", "PRE_COMMIT_HOME": str(tmp_path / "cache")}  # fmt: skip
    import os

    full_env = {**os.environ, **env}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=full_env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=full_env)

    def hook(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "audit", "--files", *files],
            cwd=repo, capture_output=True, text=True, env=full_env, timeout=900,
        )  # fmt: skip

    bad = hook("bad.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "PRO003" in bad.stdout or "REP002" in bad.stdout
    clean = hook("clean.md")
    assert clean.returncode == 0, clean.stdout + clean.stderr
