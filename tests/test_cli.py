"""The command line: formats, gates, exit codes, config errors, stdin, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from conftest import ROOT, audit_json, run_audit

SCHEMA = json.loads((ROOT / "src" / "audit" / "schema" / "report.schema.json").read_text())
BAD = ROOT / "examples" / "content-farm.txt"
CLEAN = ROOT / "examples" / "clean-news.md"


def test_json_validates_and_points_at_lines():
    data = audit_json(str(BAD))
    jsonschema.validate(data, SCHEMA)
    lines = BAD.read_text().splitlines()
    for f in data["files"][0]["findings"]:
        line = lines[f["line"] - 1]
        if f["excerpt"] and not f["excerpt"].endswith("…"):
            assert f["excerpt"].split("\n")[0].rstrip(" …") in line + "\n".join(lines[f["line"] :])


def test_exit_codes_gate_and_exit_zero(tmp_path):
    assert run_audit("check", "--no-cache", str(CLEAN)).returncode == 0
    assert run_audit("check", "--no-cache", str(BAD)).returncode == 1
    assert run_audit("check", "--no-cache", "--exit-zero", str(BAD)).returncode == 0
    relaxed = run_audit("check", "--no-cache", "--fail-on", "never", "--fail-under", "0", str(BAD))
    assert relaxed.returncode == 0


def test_missing_file_is_exit_2_and_others_still_audited(tmp_path):
    proc = run_audit(
        "check", "--no-cache", "--format", "json", str(tmp_path / "nope.txt"), str(CLEAN)
    )
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    assert [f["path"] for f in data["files"]][1] == str(CLEAN)
    assert data["files"][1]["error"] is None
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "nope.txt" in err[0] and "Traceback" not in proc.stderr.decode()


def test_invalid_utf8_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Hello \x81\x8d world\x00".replace(b"\x00", b""))
    proc = run_audit("check", "--no-cache", str(bad))
    assert proc.returncode == 2
    assert "bad.txt" in proc.stderr.decode() and "UTF-8" in proc.stderr.decode()


def test_config_unknown_key_and_bad_value(tmp_path):
    (tmp_path / "audit.toml").write_text('select = ["REP"]\nbogus-key = 1\n')
    (tmp_path / "a.txt").write_text("Some text here.\n")
    proc = run_audit("check", "--no-cache", str(tmp_path / "a.txt"))
    assert proc.returncode == 2
    msg = proc.stderr.decode()
    assert "audit.toml:2" in msg and "bogus-key" in msg
    (tmp_path / "audit.toml").write_text('fail-on = "sometimes"\n')
    proc = run_audit("check", "--no-cache", str(tmp_path / "a.txt"))
    assert proc.returncode == 2 and "fail-on" in proc.stderr.decode()
    (tmp_path / "audit.toml").write_text("select = [\n")
    proc = run_audit("check", "--no-cache", str(tmp_path / "a.txt"))
    assert proc.returncode == 2 and "invalid TOML" in proc.stderr.decode()


def test_pyproject_config_is_found_and_cli_overrides(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.audit]\nselect = ["REP001"]\nfail-under = 0\n')
    art = tmp_path / "a.txt"
    art.write_text("We walked to the the station and back home again today.\n")
    data = audit_json(str(art))
    assert {f["code"] for f in data["files"][0]["findings"]} == {"REP001"}
    data = audit_json("--select", "PRO", str(art))
    assert data["files"][0]["findings"] == []


def test_unknown_selector_is_a_usage_error():
    proc = run_audit("check", "--no-cache", "--select", "NOPE999", str(CLEAN))
    assert proc.returncode == 2 and "NOPE999" in proc.stderr.decode()


def test_stdin_with_filename_picks_the_format():
    md = b"# Title\n\n```\nthe the\n```\n\nA clean line of text.\n"
    proc = run_audit(
        "check", "--no-cache", "--format", "json", "-", "--stdin-filename", "x.md", input=md
    )
    data = json.loads(proc.stdout)
    assert data["files"][0]["path"] == "x.md"
    assert data["files"][0]["findings"] == []


def test_concise_format():
    proc = run_audit("check", "--no-cache", "--format", "concise", "--select", "PRO003", str(BAD))
    out = proc.stdout.decode().splitlines()
    assert out and all(":" in ln and "PRO003 [warning]" in ln for ln in out)
    assert out[0].startswith(f"{BAD}:11:1: PRO003")


def test_text_report_has_header_categories_findings_and_metrics():
    proc = run_audit("check", "--no-cache", str(BAD))
    out = proc.stdout.decode()
    assert "score" in out and "grade F" in out
    assert "repetition" in out and "flesch_reading_ease" in out
    assert "\x1b[" not in out  # NO_COLOR / not a TTY


def test_rules_and_explain_commands():
    proc = run_audit("rules")
    assert proc.returncode == 0 and "REP004" in proc.stdout.decode()
    proc = run_audit("explain", "restated-passage")
    assert proc.returncode == 0 and "Flagged" in proc.stdout.decode()
    assert run_audit("explain", "XYZ123").returncode == 2


def test_json_is_deterministic_across_runs_jobs_and_hash_seeds(tmp_path):
    for i, src in enumerate([BAD, CLEAN] * 3):
        (tmp_path / f"{i}{src.suffix}").write_text(src.read_text())
    outs = set()
    for jobs, seed in (("1", "1"), ("2", "2"), ("2", "12345")):
        proc = run_audit(
            "check", "--no-cache", "--format", "json", "--jobs", jobs, str(tmp_path),
            env={"PYTHONHASHSEED": seed},
        )  # fmt: skip
        outs.add(proc.stdout)
    assert len(outs) == 1


def test_check_crash_is_exit_3_and_other_files_are_audited(tmp_path):
    plugin = tmp_path / "crashplug.py"
    plugin.write_text(
        "from audit.checks.base import Check\n"
        "class Boom(Check):\n"
        "    code = 'ZZZ001'\n    name = 'boom'\n    category = 'style'\n"
        "    summary = 'Always crashes.'\n"
        "    def run(self, doc, ctx):\n        raise RuntimeError('kaboom')\n"
    )
    _install_fake_plugin(tmp_path, "crashplug:Boom")
    proc = run_audit(
        "check", "--no-cache", "--format", "json", str(CLEAN), str(BAD),
        env={"PYTHONPATH": str(tmp_path)},
    )  # fmt: skip
    assert proc.returncode == 3
    err = proc.stderr.decode()
    assert "ZZZ001" in err and "clean-news.md" in err and "content-farm.txt" in err
    data = json.loads(proc.stdout)
    assert len(data["files"]) == 2 and data["files"][1]["findings"]


def _install_fake_plugin(folder: Path, value: str) -> None:
    dist = folder / "fakeplugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fakeplugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(f"[audit.checks]\nfake = {value}\n")


def test_cache_reuses_results_and_notices_rule_changes(tmp_path):
    lex = tmp_path / "house" / "lexicons"
    lex.mkdir(parents=True)
    (lex / "cliches.yml").write_text("terms: [blue sky thinking]\n")
    art = tmp_path / "a.txt"
    art.write_text("The plan needs some fresh perspective, the manager said on Monday.\n")
    cfg = tmp_path / "audit.toml"
    cfg.write_text(f'cache-dir = "{tmp_path / "cache"}"\nrules-path = ["house"]\n')
    first = audit_json_cached(cfg, art)
    assert not [f for f in first if f["code"] == "STY001"]
    assert any((tmp_path / "cache").rglob("*"))
    (lex / "cliches.yml").write_text("terms: [fresh perspective]\n")
    second = audit_json_cached(cfg, art)
    assert [f["code"] for f in second if f["code"] == "STY001"] == ["STY001"]


def audit_json_cached(cfg, art):
    proc = run_audit("check", "--format", "json", "--config", str(cfg), str(art))
    return json.loads(proc.stdout)["files"][0]["findings"]


def test_every_format_name_has_a_formatter():
    from audit.cli import FORMATS
    from audit.formatters import Formatter, get_formatter

    for name in FORMATS:
        assert issubclass(get_formatter(name), Formatter), name


def test_builtin_checks_load_the_same_with_or_without_entry_points(monkeypatch):
    import tomllib

    from audit import registry

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]
    assert {v.split(":")[0].rsplit(".", 1)[1] for v in declared[registry.GROUP].values()} == set(
        registry._BUILTIN_MODULES
    )
    assert not registry.plugins_installed()  # this environment has no plugin
    direct = registry.load_checks()
    monkeypatch.setattr(registry, "plugins_installed", lambda: True)
    assert registry.load_checks() == direct


def test_plugin_scan_sees_a_declared_group(tmp_path, monkeypatch):
    from audit import registry

    _install_fake_plugin(tmp_path, "nowhere:CHECKS")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert registry.plugins_installed()
