"""Bad input: one-line errors naming the file, exit code 2, other files still audited."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import BBC, ROOT, run_audit

CLEAN = ROOT / "examples" / "clean-news.md"


def _check_error(path, expect: str, *extra: str):
    proc = run_audit("check", "--no-cache", "--format", "json", *extra, str(path), str(CLEAN))
    assert proc.returncode == 2, proc.stderr.decode()
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1, err
    assert str(path) in err[0] and expect in err[0], err[0]
    assert "Traceback" not in proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["files"][-1]["path"] == str(CLEAN) and data["files"][-1]["error"] is None
    assert data["summary"]["failed"] == 1


def test_binary_file_with_nul_bytes(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    _check_error(f, "binary file")


def test_invalid_utf8(tmp_path):
    f = tmp_path / "bad.md"
    f.write_bytes("Café ".encode() + b"\xc3\x28 and \x81\x8d more\n")
    _check_error(f, "not valid UTF-8")


def test_utf16_with_bom_is_decoded(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Council approves budget\n\nWe went to the the shop.\n".encode("utf-16"))
    proc = run_audit("check", "--no-cache", "--format", "json", "--select", "REP001", str(f))
    data = json.loads(proc.stdout)
    assert [x["line"] for x in data["files"][0]["findings"]] == [3]


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  \n"])
def test_empty_and_whitespace_only(tmp_path, content):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    _check_error(f, "nothing to audit")


def test_huge_file_is_refused_with_a_clear_limit(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: costs no disk
    _check_error(f, "--max-size")


def test_one_megabyte_line_without_spaces(tmp_path):
    f = tmp_path / "line.txt"
    f.write_text("x" * 1_000_000 + "\n")
    proc = run_audit("check", "--no-cache", "--format", "json", str(f))
    assert proc.returncode in (0, 1, 2)
    assert "Traceback" not in proc.stderr.decode()


def test_missing_path_and_unreadable_file(tmp_path):
    _check_error(tmp_path / "missing.md", "no such file")
    f = tmp_path / "secret.md"
    f.write_text("Some text.\n")
    f.chmod(0)
    if os.access(f, os.R_OK):
        pytest.skip("running as a user who can read mode-000 files (root)")
    _check_error(f, "permission denied")


def test_directory_named_like_a_file_is_walked(tmp_path):
    d = tmp_path / "notes.md"
    d.mkdir()
    (d / "inner.md").write_text("# Title\n\nA clean sentence.\n")
    data = json.loads(run_audit("check", "--no-cache", "--format", "json", str(d)).stdout)
    assert [f["path"] for f in data["files"]] == [str(d / "inner.md")]


def test_symlink_loop_in_tree(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.md").write_text("# T\n\nFine text here.\n")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    proc = run_audit("check", "--no-cache", "--format", "json", str(tmp_path))
    assert proc.returncode in (0, 1)
    paths = [f["path"] for f in json.loads(proc.stdout)["files"]]
    assert paths == [str(tmp_path / "a" / "x.md")]


def test_non_english_text(tmp_path):
    f = tmp_path / "de.txt"
    f.write_text(
        "Die Bundesregierung hat am Montag neue Maßnahmen beschlossen. Nach Angaben des "
        "Ministeriums sollen die Regeln ab Januar gelten. Kritiker bemängeln fehlende "
        "Details, während Unternehmen mehr Planungssicherheit fordern. Die Opposition "
        "kündigte Widerstand im Bundestag an und verlangte eine Anhörung.\n"
    )
    _check_error(f, "does not look like English")


def test_malformed_lexicon_gives_file_and_line(tmp_path):
    (tmp_path / "house" / "lexicons").mkdir(parents=True)
    (tmp_path / "house" / "lexicons" / "cta.yml").write_text("terms: [buy now,\n  - oops: [\n")
    art = tmp_path / "a.txt"
    art.write_text("Buy now for less.\n")
    proc = run_audit("check", "--no-cache", "--rules-path", str(tmp_path / "house"), str(art))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "cta.yml:" in err and "invalid YAML" in err and "Traceback" not in err


def test_interrupt_exits_130_without_traceback():
    if not BBC.exists():
        pytest.skip(f"{BBC} not found: the ../shared research data sits beside the checkout")
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "audit", "check", "--no-cache", "--jobs", "2", str(BBC)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env,
    )  # fmt: skip
    time.sleep(2.5)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()[-2000:]
    assert b"Traceback" not in err


def test_permission_denied_message_without_root_privileges(tmp_path, monkeypatch):
    """Root can read mode-000 files, so the refusal is simulated at the read call."""
    from pathlib import Path

    from audit.engine import Auditor

    f = tmp_path / "locked.md"
    f.write_text("Some text.\n")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    report = Auditor({"cache": False}).audit_file(str(f))
    assert report.error == f"{f}: permission denied"
