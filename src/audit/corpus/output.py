"""Write a corpus result as a rich table, JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
from typing import IO

from .analysis import CorpusResult


def as_json(result: CorpusResult) -> dict:
    """The corpus report as one JSON-able object (deterministic)."""
    return {
        "version": 1,
        "summary": result.summary(),
        "duplicates": result.duplicates,
        "boilerplate": result.boilerplate,
    }


def write(result: CorpusResult, fmt: str, stream: IO[str]) -> None:
    if fmt == "json":
        stream.write(json.dumps(as_json(result), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "json-lines":
        stream.write(json.dumps({"type": "summary", **result.summary()}, ensure_ascii=False) + "\n")
        for d in result.duplicates:
            stream.write(json.dumps({"type": "duplicate", **d}, ensure_ascii=False) + "\n")
        for b in result.boilerplate:
            stream.write(json.dumps({"type": "boilerplate", **b}, ensure_ascii=False) + "\n")
        with open(result.reports_path, encoding="utf-8") as fh:
            for line in fh:
                stream.write('{"type": "article", ' + line.lstrip()[1:])
    elif fmt == "csv":
        dup_of: dict[str, str] = {}
        for d in result.duplicates:
            dup_of.setdefault(d["b"], d["a"])
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["path", "score", "grade", "words", "findings", "error", "duplicate_of"])
        with open(result.reports_path, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                writer.writerow([r["path"], r["score"], r["grade"], r["words"], len(r["findings"]),
                                 r["error"] or "", dup_of.get(r["path"], "")])  # fmt: skip
    else:
        _rich(result, stream)


def _rich(result: CorpusResult, stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, width=None if stream.isatty() else 120, highlight=False)
    s = result.summary()
    console.print(
        f"[bold]{s['articles']} articles[/] ({s['failed']} could not be audited); score median "
        f"{s['score']['median']:.1f}, p10 {s['score']['p10']:.1f}; grades {s['grades']}"
    )
    t = Table(title="Worst articles", box=None)
    t.add_column("score", justify="right")
    t.add_column("path")
    for w in s["worst"]:
        t.add_row(f"{w['score']:.1f}", w["path"])
    console.print(t)
    t = Table(title="Most frequent findings", box=None)
    t.add_column("rule")
    t.add_column("count", justify="right")
    for code, n in s["rules"].items():
        t.add_row(code, str(n))
    console.print(t)
    t = Table(title=f"Duplicate pairs ({len(result.duplicates)})", box=None)
    for col in ("kind", "sim", "share", "article", "lines", "repeats", "lines"):
        t.add_column(col)
    for d in result.duplicates[:50]:
        t.add_row(d["kind"], f"{d['similarity']:.2f}", f"{d['share']:.2f}", d["b"],
                  "{}–{}".format(*d["lines_b"]), d["a"], "{}–{}".format(*d["lines_a"]))  # fmt: skip
    console.print(t)
    t = Table(title=f"Site-wide boilerplate ({len(result.boilerplate)})", box=None)
    t.add_column("articles", justify="right")
    t.add_column("promo")
    t.add_column("text")
    for b in result.boilerplate[:30]:
        t.add_row(str(b["articles"]), "yes" if b["promo"] else "", b["text"][:90])
    console.print(t)
