"""Readers: blocks, offsets and what is never checked."""

from __future__ import annotations

from audit.engine import Auditor
from audit.inputs import parse


def _doc(text, path):
    return parse(text, path=path)


def test_plain_text_blocks_paragraphs_and_headings():
    text = "A Short Title Line\nFirst body sentence here.\n\n### Section\n- item one\nBody again.\n"
    doc = _doc(text, "a.txt")
    kinds = [(b.kind, b.line) for b in doc.blocks]
    assert kinds == [
        ("heading", 1),
        ("paragraph", 2),
        ("heading", 4),
        ("list", 5),
        ("paragraph", 6),
    ]
    assert doc.blocks[0].paragraph == doc.blocks[1].paragraph
    assert doc.blocks[1].paragraph != doc.blocks[2].paragraph
    assert doc.blocks[2].style == "atx" and doc.blocks[0].style == "plain"
    assert doc.blocks[3].text == "item one"


def test_offsets_map_back_to_original_columns():
    text = "Intro line here.\n\n> Quoted **bold** text with [a link](http://x.org) here.\n"
    doc = _doc(text, "a.md")
    block = doc.blocks[1]
    assert block.kind == "blockquote"
    assert block.text == "Quoted bold text with a link here."
    pos = block.text.index("link")
    line, col = doc.line_col(block.source_offset(pos))
    assert (line, col) == (3, text.splitlines()[2].index("link") + 1)
    assert block.links == ["http://x.org"]


def test_markdown_code_front_matter_and_comments_are_never_checked():
    text = (
        "---\ntitle: the the test\n---\n\n# Title\n\nA clean sentence about rail.\n\n"
        "```\nthe the the YOU MAY ALSO LIKE pic.twitter.com/abcdefghij\n```\n\n"
        "    indented code the the\n\nUse `the the` inline. <!-- the the -->\n"
    )
    report = Auditor({"cache": False}).audit_text(text, path="a.md")
    assert report.error is None
    assert [f.code for f in report.findings] == []
    texts = " ".join(b.text for b in parse(text, path="a.md").blocks)
    assert "YOU MAY" not in texts and "title:" not in texts


def test_html_script_style_nav_code_pre_are_skipped():
    html = (
        "<html><head><title>T</title><style>p { the the }</style></head><body>"
        "<nav>Subscribe now! Follow us on Twitter</nav><script>var a = 'the the';</script>"
        "<h1>Council approves budget</h1><p>The council approved the budget on Monday.</p>"
        "<pre>the the</pre><p>Use <code>the the</code> here.</p></body></html>"
    )
    doc = _doc(html, "a.html")
    texts = [b.text for b in doc.blocks]
    assert "Council approves budget" in texts
    assert not any("the the" in t or "Subscribe" in t for t in texts)
    report = Auditor({"cache": False}).audit_text(html, path="a.html")
    assert not [f for f in report.findings if f.code in ("REP001", "PRO001")]


def test_html_line_and_column_of_a_finding():
    html = "<html><body>\n<p>Intro text for the story.</p>\n<p>We went to the the shop.</p>\n</body></html>\n"
    report = Auditor({"select": ["REP001"], "cache": False}).audit_text(html, path="x.html")
    [f] = report.findings
    assert f.line == 3
    assert html.splitlines()[2][f.column - 1 :].startswith("the the")


def test_html_entities_keep_offsets():
    html = "<p>Tom &amp; Jerry went to the the park.</p>"
    doc = _doc(html, "e.html")
    assert doc.blocks[0].text == "Tom & Jerry went to the the park."
    report = Auditor({"select": ["REP001"], "cache": False}).audit_text(html, path="e.html")
    [f] = report.findings
    assert html[f.column - 1 :].startswith("the the")


def test_unclosed_fence_and_deep_html_do_not_crash():
    auditor = Auditor({"cache": False})
    r1 = auditor.audit_text("# T\n\nText here.\n\n```\nnever closed the the\n", path="u.md")
    assert r1.error is None and not any(f.code == "REP001" for f in r1.findings)
    deep = "<div>" * 5000 + "<p>Deep text that is fine to read.</p>" + "</div>" * 10
    r2 = auditor.audit_text(deep, path="d.html")
    assert r2.error is None
