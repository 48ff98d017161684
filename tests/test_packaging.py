"""Packaging: the wheel ships the rule packs; plugins register through entry points."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, run_audit


def test_wheel_contains_rule_packs(tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    [wheel] = list(tmp_path.glob("article_audit-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    packs = sorted(n for n in names if n.startswith("audit/rules/") and n.endswith(".yml"))
    expected = sorted(
        f"audit/rules/{p.relative_to(ROOT / 'rules')}" for p in (ROOT / "rules").rglob("*.yml")
    )
    assert packs == expected and packs
    assert "audit/schema/report.schema.json" in names
    meta = next(n for n in names if n.endswith("entry_points.txt"))
    entry_points = zipfile.ZipFile(wheel).read(meta).decode()
    assert "[audit.checks]" in entry_points and "audit.checks.repetition:CHECKS" in entry_points


def test_editable_install_finds_rule_packs():
    from audit.lexicons import builtin_rules_dir

    assert (builtin_rules_dir() / "lexicons" / "cta.yml").is_file()


def test_third_party_check_registers_through_entry_point(tmp_path):
    (tmp_path / "houseplug.py").write_text(
        "from audit.checks.base import Check, Example\n"
        "from audit.model import Severity\n"
        "class NoWidgets(Check):\n"
        "    code = 'HSE001'\n    name = 'no-widgets'\n    category = 'style'\n"
        "    severity = Severity.WARNING\n"
        "    summary = 'House style: never say widget.'\n"
        "    examples = [Example('A widget.', True), Example('A gadget.', False)]\n"
        "    def run(self, doc, ctx):\n"
        "        for b in doc.blocks:\n"
        "            i = b.text.find('widget')\n"
        "            if i >= 0:\n"
        "                yield ctx.at_block(b, i, i + 6, 'Say gadget, not widget.')\n"
    )
    dist = tmp_path / "houseplug-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: houseplug\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[audit.checks]\nhouse = houseplug:NoWidgets\n")
    env = {"PYTHONPATH": str(tmp_path)}
    assert "HSE001" in run_audit("rules", env=env).stdout.decode()
    art = tmp_path / "a.txt"
    art.write_text("Buy a widget today for the office party next week.\n")
    proc = run_audit(
        "check", "--no-cache", "--format", "concise", "--select", "HSE001", str(art), env=env
    )
    assert f"{art}:1:7: HSE001 [warning] Say gadget, not widget." in proc.stdout.decode()


def test_missing_trained_pipeline_is_a_clear_config_error(tmp_path):
    (tmp_path / "audit.toml").write_text('model = "en_core_web_nonexistent"\n')
    art = tmp_path / "a.txt"
    art.write_text("Some words here for the test.\n")
    proc = run_audit("check", "--no-cache", str(art))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "en_core_web_nonexistent" in err and "spacy download" in err and "Traceback" not in err


def test_trained_pipeline_path_when_installed(tmp_path):
    pytest.importorskip("en_core_web_sm", reason="en_core_web_sm is not installed here")
    from audit.engine import Auditor

    report = Auditor({"model": "en_core_web_sm", "cache": False}).audit_text(
        "Rates could rise next year, Christine Moreau told Reuters.\n", path="m.txt"
    )
    assert not [f for f in report.findings if f.code == "SRC001"]
