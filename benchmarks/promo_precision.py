"""Promo check on real published text and on labelled boilerplate snippets.

Usage: python benchmarks/promo_precision.py [--list]

1. The 181 gold article bodies of the scrapinghub extraction benchmark
   (../shared/eval/extraction-benchmark/ground-truth.json): share of articles with a promo
   finding of severity warning or above (target under 3%), and what fired.
2. trafilatura's evaldata snippets (../shared/eval/trafilatura/evaldata.json): the share of
   main-text ('with') snippets flagged (false positives; precision = 1 - that share of all
   flags), and the share of boilerplate ('without') snippets that contain a call to action
   and get flagged (recall on CTA boilerplate).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import shared_path  # noqa: E402
from audit.engine import Auditor  # noqa: E402
from audit.lexicons import compiled  # noqa: E402

CTA_HINT = re.compile(
    r"\b(?:read more|related|share|subscribe|sign up|newsletter|follow us|trending|recommended|"
    r"you may also|also read|click here|advertisement|sponsored|download|watch)\b",
    re.IGNORECASE,
)


def gold_bodies(auditor: Auditor, show: bool) -> None:
    truth = json.loads(shared_path("eval", "extraction-benchmark", "ground-truth.json").read_text())
    flagged = []
    for key in sorted(truth):
        body = truth[key]["articleBody"]
        report = auditor.audit_text(body, path=f"{key[:12]}.txt")
        hits = [f for f in report.findings if f.category == "promo" and f.severity >= 1]
        if hits:
            flagged.append((key[:12], hits))
    share = len(flagged) / len(truth)
    print(
        f"gold bodies: {len(truth)} articles, {len(flagged)} with promo >= warning ({share:.1%}; target < 3%)"
    )
    if show:
        for key, hits in flagged:
            for f in hits:
                print(f"  {key}:{f.line}: {f.code} {f.excerpt[:90]!r}")


def snippets(auditor: Auditor, show: bool) -> None:
    data = json.loads(shared_path("eval", "trafilatura", "evaldata.json").read_text())
    with_total = with_flagged = 0
    cta_total = cta_flagged = 0
    fp_examples, missed = [], []
    for page in data.values():
        for snip in page.get("with", []):
            with_total += 1
            r = auditor.audit_text(snip + "\n", path="snippet.txt")
            if any(f.category == "promo" and f.severity >= 1 for f in r.findings):
                with_flagged += 1
                fp_examples.append(snip)
        for snip in page.get("without", []):
            if not (CTA_HINT.search(snip) or compiled("cta").search(snip)):
                continue
            cta_total += 1
            r = auditor.audit_text(snip + "\n", path="snippet.txt")
            if any(f.category == "promo" for f in r.findings):
                cta_flagged += 1
            else:
                missed.append(snip)
    flags = with_flagged + cta_flagged
    precision = cta_flagged / flags if flags else 1.0
    print(
        f"snippets: 'with' {with_total}, flagged {with_flagged} ({with_flagged / with_total:.2%}); "
        f"CTA 'without' {cta_total}, flagged {cta_flagged} ({cta_flagged / max(cta_total, 1):.1%}); "
        f"precision over these flags {precision:.3f}"
    )
    if show:
        for s in fp_examples[:20]:
            print("  main text flagged:", s[:100])
        for s in missed[:20]:
            print("  CTA missed:", s[:100])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    auditor = Auditor({"select": ["promo"], "cache": False})
    gold_bodies(auditor, args.list)
    snippets(auditor, args.list)


if __name__ == "__main__":
    main()
