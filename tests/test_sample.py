"""The canonical content-farm article (../shared/samples/shoigu-pyongyang.txt), end to end."""

from __future__ import annotations

import pytest

from conftest import SAMPLE, audit_json, need


@pytest.fixture(scope="module")
def report():
    from audit.engine import Auditor

    path = need(SAMPLE)
    return Auditor({"cache": False}).audit_file(str(path))


def _lines(report, *codes):
    return {f.line for f in report.findings if f.code in codes}


def test_every_exact_repeat_is_flagged(report):
    exact = _lines(report, "REP002", "REP003")
    assert {67, 69, 70, 71, 97, 98, 100} <= exact


def test_restatements_point_at_earlier_copies(report):
    sections = [f for f in report.findings if f.code == "REP004"]
    spans = {(f.line, f.end_line): f for f in sections}
    second = next(f for (a, b), f in spans.items() if 18 <= a <= 20 and 32 <= b <= 36)
    assert all(r.line >= 1 and r.end_line <= 16 for r in second.related)
    fourth = next(f for (a, b), f in spans.items() if 67 <= a <= 71 and 94 <= b <= 97)
    assert min(r.line for r in fourth.related) >= 18
    assert max(r.end_line for r in fourth.related) <= 65
    assert "similarity" in fourth.message


def test_near_duplicate_fraction(report):
    assert report.metrics["near_duplicate_char_frac"] >= 0.5


def test_promo_lines(report):
    promo = {f.line for f in report.findings if f.category == "promo"}
    assert {11, 19, 35, 36, 70, 97, 98} <= promo


def test_speculation(report):
    from audit.checks.sourcing import document_sourcing
    from audit.inputs import parse
    from audit.nlp import analyse

    doc = parse(SAMPLE.read_text(encoding="utf-8"), path=str(SAMPLE))
    analyse(doc)
    spec = [
        s.line
        for s, r in zip(doc.sentences, document_sourcing(doc), strict=True)
        if r.speculative and s.block.kind != "heading"
    ]
    flagged = _lines(report, "SRC001")
    hit = sum(1 for line in spec if line in flagged)
    assert hit / len(spec) >= 0.8
    assert {43, 82} <= flagged
    doc_level = [f for f in report.findings if f.code == "SRC004"]
    assert doc_level and "No named source" in doc_level[0].message


def test_headlines_cliches_headings_and_readability(report):
    assert {1, 18, 69} <= _lines(report, "STY002")
    assert {73, 78, 86, 94} <= _lines(report, "STY001")
    assert _lines(report, "STR002")
    for key in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                "coleman_liau_index", "automated_readability_index",
                "dale_chall_readability_score", "reading_time_minutes"):  # fmt: skip
        assert key in report.metrics


def test_scores_low(report):
    assert report.score <= 40
    assert report.grade == "F"


def test_cli_json_line_numbers_point_at_the_text():
    data = audit_json(str(need(SAMPLE)))
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    for f in data["files"][0]["findings"]:
        if f["code"] in ("PRO001", "PRO002", "PRO003", "REP001"):
            assert f["excerpt"].rstrip(" …") in lines[f["line"] - 1]
            assert lines[f["line"] - 1][f["column"] - 1 :].startswith(
                f["excerpt"].rstrip(" …")[:10]
            )
