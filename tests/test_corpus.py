"""Clean journalism: the 2,225 BBC articles audit without errors and stay quiet."""

from __future__ import annotations

import json

import pytest

from conftest import BBC, need, run_audit


@pytest.fixture(scope="module")
def bbc_report():
    need(BBC)
    proc = run_audit("check", "--no-cache", "--format", "json", "--jobs", "2", str(BBC))
    assert proc.returncode in (0, 1), proc.stderr.decode()[-2000:]
    return json.loads(proc.stdout)


def test_all_files_audited_without_errors(bbc_report):
    files = bbc_report["files"]
    assert len(files) == 2225
    assert [f["path"] for f in files if f["error"]] == []


def test_duplicate_and_near_duplicate_findings_are_rare(bbc_report):
    files = bbc_report["files"]
    hit = [
        f["path"]
        for f in files
        if any(x["code"] in ("REP002", "REP003", "REP004") and x["severity"] != "info"
               for x in f["findings"])
    ]  # fmt: skip
    assert len(hit) / len(files) < 0.01, hit


def test_promo_findings_are_rare(bbc_report):
    files = bbc_report["files"]
    hit = [
        f["path"]
        for f in files
        if any(x["category"] == "promo" and x["severity"] != "info" for x in f["findings"])
    ]
    assert len(hit) / len(files) < 0.01, hit


def test_scores_mostly_high(bbc_report):
    scores = [f["score"] for f in bbc_report["files"]]
    assert sum(s >= 80 for s in scores) / len(scores) >= 0.95


def test_no_absurd_readability(bbc_report):
    for f in bbc_report["files"]:
        m = f["metrics"]
        if "flesch_kincaid_grade" in m:
            assert -5 < m["flesch_kincaid_grade"] < 40, f["path"]
            assert -100 < m["flesch_reading_ease"] < 130, f["path"]
