"""Readability works with no network and no NLTK data, and downloads nothing."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

from conftest import BBC, need


def test_readability_offline_without_nltk_data(tmp_path):
    script = textwrap.dedent(
        """
        import socket, sys
        def refuse(*a, **k):
            raise OSError("network disabled by test")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from audit.engine import Auditor
        text = "The council met on Monday. It approved the budget after a long debate. " * 5
        report = Auditor({"select": ["readability"], "cache": False}).audit_text(text, path="a.txt")
        assert report.metrics["flesch_reading_ease"] > 0, report.metrics
        assert "nltk" not in sys.modules, "nltk must not be imported"
        print("ok", round(report.metrics["flesch_kincaid_grade"], 2))
        """
    )
    env = {"NLTK_DATA": str(tmp_path / "none"), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")
    assert not any(tmp_path.rglob("cmudict*"))


def textstat_counts(text: str) -> dict[str, int]:
    """textstat 0.7.4's own counters, the reference for ours."""
    import textstat

    return {
        "words": textstat.lexicon_count(text),
        "syllables": textstat.syllable_count(text),
        "polysyllables": textstat.polysyllabcount(text),
        "difficult": textstat.difficult_words(text),
        "letters": textstat.letter_count(text),
    }


def test_counts_match_textstat_0_7_4():
    import textstat

    from audit.readability_metrics import counts

    assert textstat.__version__ if hasattr(textstat, "__version__") else True
    samples = [
        "The quick brown fox jumps over the lazy dog. It wasn't amused!",
        "Notwithstanding considerable reluctance, the intergovernmental commission recommended "
        "comprehensive reorganisation — effective immediately (or so they said).",
        "Co-operation between singer-songwriters isn't always easy; they'd argue about 3.5% royalties.",
    ]
    for text in samples:
        assert counts(text) == textstat_counts(text)


def test_counts_match_textstat_on_bbc_articles():
    import pyphen
    import textstat

    from audit.readability_metrics import counts, syllable_count, word_syllables

    dic = pyphen.Pyphen(lang="en_US")
    for path in sorted(need(BBC).rglob("*.txt"))[::25]:
        text = path.read_text(encoding="utf-8", errors="replace")
        for word in set(re.sub(r"[^\w\s]", "", text.lower()).split()):
            assert word_syllables(word) == len(dic.positions(word)) + 1, word
        assert counts(text) == textstat_counts(text), path
        for line in text.splitlines():
            assert syllable_count(line) == textstat.syllable_count(line), line


def test_hyphenation_patterns_read_as_pyphen_reads_them():
    from audit.readability_metrics import _pyphen_patterns, _read_patterns

    ours = _read_patterns()
    assert len(ours) > 1000
    assert ours == _pyphen_patterns()
