"""Paragraph-by-paragraph similarity, for the HTML report's similarity map."""

from __future__ import annotations

from .document import Document
from .textutil import block_content

MAX_BLOCKS = 400  # beyond this the map is not drawn (it would be unreadable anyway)
MIN_SIMILARITY = 0.2


def block_similarity(doc: Document) -> list[tuple[int, int, float]]:
    """Content-word Jaccard between non-heading blocks: (i, j, similarity) with i < j.

    Uses an inverted index so only blocks sharing a word are compared.
    """
    blocks = [b for b in doc.blocks if b.kind != "heading"][:MAX_BLOCKS]
    bags = [block_content(doc, b) for b in blocks]
    index: dict[str, list[int]] = {}
    out = []
    for j, bag in enumerate(bags):
        shared: dict[int, int] = {}
        for w in bag:
            for i in index.get(w, ()):
                shared[i] = shared.get(i, 0) + 1
        for i, n in shared.items():
            sim = n / (len(bags[i]) + len(bag) - n)
            if sim >= MIN_SIMILARITY:
                out.append((i, j, round(sim, 3)))
        for w in bag:
            index.setdefault(w, []).append(j)
    return sorted(out)


def report_extras(doc: Document) -> dict:
    """What the HTML report needs besides the findings: text, blocks and the map."""
    blocks = [b for b in doc.blocks if b.kind != "heading"][:MAX_BLOCKS]
    return {
        "text": doc.text,
        "blocks": [
            [b.line, b.end_line, b.source_offset(0), b.source_offset(max(0, len(b.text) - 1)) + 1]
            for b in blocks
        ],
        "similarity": block_similarity(doc),
    }
