"""Behaviour of each check on our own fixtures: positives, variants and negatives."""

from __future__ import annotations

import pytest

from audit.engine import Auditor


def run(text: str, select: list[str], path: str = "t.txt"):
    return Auditor({"select": select, "cache": False}).audit_text(text, path=path)


def codes(report) -> list[str]:
    return [f.code for f in report.findings]


BASE = (
    "The city council approved a new tram line for the northern suburbs on Thursday. "
    "The line will link the airport with the central station and three hospitals. "
    "Construction is planned to start next spring and last four years. "
    "The project will cost 900 million euros, shared by the region and the state.\n\n"
    "Fares will match the existing bus network.\n\n"
)


def test_spun_passage_with_synonyms_and_reordered_clauses():
    spun = (
        "On Thursday the municipal council backed a new tram route for the suburbs in the north. "
        "The route is to connect the central station and three hospitals with the airport. "
        "Building work should begin next spring and run for four years. "
        "Split between the state and the region, the project costs 900 million euros.\n"
    )
    report = run(BASE + spun, ["REP004", "REP006"])
    [section] = [f for f in report.findings if f.code == "REP004"]
    assert section.line == 5
    assert section.related and section.related[0].line == 1
    assert "REP006" in codes(report)


def test_exact_duplicates_sentence_and_block():
    text = BASE + "The line will link the airport with the central station and three hospitals.\n"
    report = run(text, ["REP002", "REP003"])
    assert [(f.code, f.line) for f in report.findings] == [("REP002", 5)] or [
        (f.code, f.line) for f in report.findings
    ] == [("REP003", 5)]
    text2 = "Budget talks resume. Ministers will meet at noon on Friday to agree the deal.\n\nOther news.\n\nBudget talks resume. Ministers will meet at noon on Friday to agree the deal.\n"
    assert codes(run(text2, ["REP002"])) == ["REP002"]


@pytest.mark.parametrize(
    "text",
    [
        # a quote repeated once on purpose (pull quote)
        '"Nobody will be left behind on this project," the mayor said.\n\nThe plan has critics.\n\n'
        '"Nobody will be left behind on this project," the mayor said.\n',
        # a list of similar items
        "The Acer Swift 3 costs 700 euros and weighs 1.2 kg.\n"
        "The Dell XPS 13 costs 999 euros and weighs 1.3 kg.\n"
        "The Lenovo Yoga 7 costs 850 euros and weighs 1.4 kg.\n"
        "The Asus Zenbook 14 costs 900 euros and weighs 1.2 kg.\n",
        # a refrain
        "Keep going.\n\nThe road was long and the rain did not stop.\n\nKeep going.\n\n"
        "The hills were steep and the wind was cold.\n\nKeep going.\n",
    ],
)
def test_repetition_negatives(text):
    report = run(text, ["REP002", "REP003", "REP004"])
    assert [f for f in report.findings if f.severity > 0] == []


def test_repeated_word_across_line_breaks_and_allowed_doubles():
    report = run(
        "We met in the\nthe morning. She had had enough. He said that that was fine.\n", ["REP001"]
    )
    assert [f.line for f in report.findings] == [1]
    assert report.findings[0].end_line == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flood warnings stay in place.\n\nread more: how to protect your home\n\nRivers rose.\n", True),
        ("Flood warnings stay in place.\n\nFollow Us On Instagram for daily updates\n\nRivers rose.\n", True),
        ("Flood warnings stay in place.\n\nJoin our free webinar on home insurance today\n\nRivers rose.\n", True),
        ("Flood warnings stay in place. The agency said residents can read more about it in "
         "the report published on its website.\n", False),
        ("The company's newsletter, which it started in 2019, now reaches a million readers.\n", False),
    ],
)  # fmt: skip
def test_call_to_action_variants_and_negatives(text, expected):
    assert ("PRO001" in codes(run(text, ["PRO001"]))) is expected


def test_embed_residue_single_is_info_repeated_is_warning():
    one = "Protests grew.\n\nWe are here. pic.twitter.com/AbCdEf1234\n— Jane Doe (@janedoe) March 3, 2024\n"
    report = run(one, ["PRO002"])
    assert report.findings and all(f.severity == 0 for f in report.findings)
    two = one + "\n" + one.split("\n\n", 1)[1]
    report = run(two, ["PRO002"])
    assert report.findings and all(f.severity == 1 for f in report.findings)


def test_instagram_and_youtube_residue():
    text = "The singer posted a photo.\n\nView this post on Instagram\n\nA post shared by Singer (@singer)\n"
    assert len(run(text, ["PRO002"]).findings) == 2


def test_shouting_ignores_acronyms():
    assert codes(run("The NATO, UN and EU envoys met BBC and CNN staff.\n", ["PRO005"])) == []
    assert codes(run("Prices rose. BUY NOW BEFORE IT IS TOO LATE friends.\n", ["PRO005"])) == [
        "PRO005"
    ]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The central bank said rates could rise next year.\n", False),
        ("Prices may double, according to the IMF's April outlook.\n", False),
        ('"Rates could rise," said Christine Moreau, the bank\'s chief economist.\n', False),
        (
            "A 2019 analysis published in the journal Circulation found that coffee may protect the heart.\n",
            False,
        ),
        ("Rates could rise next year [3].\n", False),
        ("Rates could rise next year (https://example.org/outlook).\n", False),
        ("Rates could rise next year.\n", True),
        ("Experts believe rates could rise.\n", True),
        ("Analysts speculate that the meeting will likely focus on trade.\n", True),
    ],
)
def test_attribution_rules(text, flagged):
    assert ("SRC001" in codes(run(text, ["SRC001"]))) is flagged


def test_adjacent_sentence_attribution_in_same_paragraph():
    text = "Rates could rise next year. That is the view of Christine Moreau, the bank's economist, who told reporters on Monday.\n"
    assert "SRC001" not in codes(run(text, ["SRC001"]))
    apart = "Rates could rise next year.\n\nChristine Moreau told reporters on Monday that she was worried.\n"
    assert "SRC001" in codes(run(apart, ["SRC001"]))


def test_vague_attribution():
    assert "SRC002" in codes(run("Experts believe the plan will fail.\n", ["SRC002"]))
    assert "SRC002" in codes(run("Some studies suggest coffee helps.\n", ["SRC002"]))
    assert "SRC002" not in codes(
        run("Analysts at Barclays said the plan would fail.\n", ["SRC002"])
    )


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("According to some officials, Kowalski doubled the budget.\n", True),
        ("According to Anna Kowalski, the budget doubled.\n", False),
        ("The merger has been questioned.\n", True),
        ("The merger has been questioned by the competition regulator.\n", False),
        ("It is alleged that the firm hid its losses.\n", True),
        ("It was argued that the vote came too early.\n", True),
        ("The treaty was signed in Oslo and some have suggested it was rushed.\n", True),
        ("The treaty was signed in Oslo and Norway's envoy said it was rushed.\n", False),
    ],
)
def test_vague_attribution_constructions(text, vague):
    assert ("SRC002" in codes(run(text, ["SRC002"]))) is vague


def test_modal_verbs_option_for_reference_prose():
    def flagged(text: str, modal_verbs: bool) -> bool:
        config = {"select": ["SRC001"], "cache": False}
        config["rules"] = {"unsourced-speculation": {"modal-verbs": modal_verbs}}
        return bool(Auditor(config).audit_text(text, path="t.txt").findings)

    permission = "Members may vote by post or in person.\n"
    assert flagged(permission, True)
    assert not flagged(permission, False)
    # A guess about the past and the other hedges still count in the reference register.
    assert flagged("The ship may have sunk in a storm.\n", False)
    assert flagged("The ship probably sank in a storm.\n", False)
    assert flagged("It is unclear whether the bridge will reopen.\n", False)


@pytest.mark.parametrize(
    ("text", "passive"),
    [
        ("The bridge was built in 1890.\n", True),
        ("The letters were written by hand.\n", True),
        ("The vase was broken.\n", True),
        ("He got arrested at the border.\n", True),
        ("The results were quickly published.\n", True),
        ("She was tired.\n", False),
        ("He is interested in art.\n", False),
        ("They were worried about the cost.\n", False),
        ("The shop is closed on Sundays.\n", False),
        ("The council built the bridge.\n", False),
    ],
)
def test_passive_voice(text, passive):
    assert ("RDB005" in codes(run(text, ["RDB005"]))) is passive


def test_readability_does_not_apply_without_sentence_punctuation():
    text = "\n".join(["word salad without any punctuation at all here"] * 30) + "\n"
    report = run(text, ["RDB001"])
    assert report.metrics.get("readability_applicable") == 0
    assert "flesch_reading_ease" not in report.metrics


def test_target_grade_config_changes_the_verdict():
    dense = (
        "Notwithstanding considerable institutional reluctance, the intergovernmental commission "
        "recommended comprehensive administrative reorganisation encompassing jurisdictional "
        "consolidation and strengthened parliamentary accountability mechanisms.\n"
    )
    assert "RDB001" in codes(
        Auditor({"select": ["RDB001"], "cache": False}).audit_text(dense, path="d.txt")
    )
    lenient = Auditor({"select": ["RDB001"], "target-grade": 40, "cache": False})
    assert "RDB001" not in codes(lenient.audit_text(dense, path="d.txt"))


def test_structure_checks():
    md = "# One\n\n### Skipped\n\nText.\n\n## Same\n\nA.\n\n## Same\n\nB.\n\nSetext\n------\n\nC.\n"
    found = codes(run(md, ["STR002", "STR003", "STR004"], path="s.md"))
    assert found.count("STR002") == 1 and "STR003" in found and "STR004" in found


def test_suppression_scopes_and_unused_report():
    md = (
        "<!-- audit: ignore REP001 -->\nWe saw the the cat.\n\nWe saw the the dog.\n\n"
        "<!-- audit: disable REP001 -->\nA the the bird.\n\nA the the fish.\n<!-- audit: enable REP001 -->\n\n"
        "A the the cow.\n\n<!-- audit: ignore PRO001 -->\nNothing to suppress here.\n"
    )
    report = run(md, ["REP001", "PRO001", "AUD001"], path="s.md")
    rep = sorted(f.line for f in report.findings if f.code == "REP001")
    assert rep == [4, 12]
    assert [f.line for f in report.findings if f.code == "AUD001"] == [14]
    whole = "<!-- audit: disable-file REP001 -->\nWe saw the the cat.\n\nAnd the the dog.\n"
    assert codes(run(whole, ["REP001"], path="w.md")) == []
    plain = "audit: ignore REP001\nWe saw the the cat.\nWe saw the the dog.\n"
    assert [f.line for f in run(plain, ["REP001"]).findings] == [3]
