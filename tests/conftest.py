"""Shared test helpers: paths to fixtures and to the optional ../shared research data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "shoigu-pyongyang.txt"
BBC = SHARED / "corpus" / "bbc"


def need(path: Path) -> Path:
    """Skip the test with a clear reason when ../shared data is absent."""
    if not path.exists():
        pytest.skip(f"{path} not found: the ../shared research data sits beside the checkout")
    return path


def run_audit(*args: str, input: bytes | None = None, cwd: Path | None = None, env=None):
    """Run the real ``audit`` command in a subprocess; returns CompletedProcess."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    full_env.setdefault("NO_COLOR", "1")
    return subprocess.run(
        [sys.executable, "-m", "audit", *args],
        input=input,
        capture_output=True,
        cwd=cwd or ROOT,
        env=full_env,
        timeout=600,
    )


def audit_json(*args: str, **kw) -> dict:
    """Run ``audit check --format json`` and parse the report."""
    proc = run_audit("check", "--format", "json", "--no-cache", *args, **kw)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return json.loads(proc.stdout)


@pytest.fixture(scope="session")
def auditor():
    from audit.engine import Auditor

    return Auditor({"cache": False})


def codes_at(report, code: str) -> set[int]:
    """Lines where ``code`` fires."""
    return {f.line for f in report.findings if f.code == code}
