"""Every rule's documented examples: 'fail' examples trigger it, 'pass' examples do not."""

from __future__ import annotations

import pytest

from audit.engine import Auditor
from audit.registry import all_checks as load_checks

CASES = [
    pytest.param(cls, i, ex, id=f"{cls.code}-{'fail' if ex.fails else 'pass'}-{i}")
    for cls in load_checks()
    for i, ex in enumerate(cls.examples)
]


def test_every_rule_has_fail_and_pass_examples():
    for cls in load_checks():
        kinds = {e.fails for e in cls.examples}
        assert kinds == {True, False}, f"{cls.code} needs both fail and pass examples"


@pytest.mark.parametrize(("cls", "i", "example"), CASES)
def test_rule_example(cls, i, example):
    auditor = Auditor({"select": [cls.code, *example.also], "cache": False})
    suffix = {"md": "md", "html": "html"}.get(example.fmt, "txt")
    report = auditor.audit_text(example.text, path=f"example.{suffix}")
    assert report.error is None, report.error
    hits = [f for f in report.findings if f.code == cls.code]
    if example.fails:
        assert hits, f"{cls.code} should flag:\n{example.text}"
    else:
        assert not hits, f"{cls.code} should not flag:\n{example.text}\n{hits}"


def test_explain_shows_examples():
    from click.testing import CliRunner

    from audit.cli import cli

    for cls in load_checks():
        result = CliRunner().invoke(cli, ["explain", cls.code])
        assert result.exit_code == 0
        assert cls.summary in result.output
        first_fail = next(e for e in cls.examples if e.fails).text.splitlines()[0]
        assert first_fail in result.output


def test_readme_rule_reference_is_current():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, str(root / "scripts" / "gen_rule_docs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
