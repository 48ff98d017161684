"""False positives on clean journalism: audit the BBC corpus and count findings per rule.

Usage: python benchmarks/clean_corpus.py [--list CODE ...] [--limit N]

Prints, per rule, how many articles get a finding of severity warning or above, the
median findings per 1,000 words for selected rules, the score distribution, and (with
--list) every article and message of the named rules.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter, defaultdict
from multiprocessing import Pool

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from _shared import bbc_files  # noqa: E402
from audit.engine import Auditor  # noqa: E402

_AUDITOR = None


def _init():
    global _AUDITOR
    _AUDITOR = Auditor({"cache": False})


def _one(path):
    r = _AUDITOR.audit_file(str(path))
    return (
        str(path),
        r.error,
        r.words,
        r.score,
        [(f.code, int(f.severity), f.line, f.message[:140], f.excerpt[:80]) for f in r.findings],
        {k: v for k, v in r.metrics.items()},
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", nargs="*", default=[], help="rule codes whose hits to print")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    files = bbc_files()
    if args.limit:
        files = files[: args.limit]
    with Pool(2, initializer=_init) as pool:
        results = pool.map(_one, files, chunksize=16)
    n = len(results)
    errors = [r for r in results if r[1]]
    warn_articles: dict[str, set[str]] = defaultdict(set)
    any_articles: dict[str, set[str]] = defaultdict(set)
    per_k: dict[str, list[float]] = defaultdict(list)
    for path, err, words, _score, findings, _ in results:
        if err:
            continue
        counts = Counter(code for code, *_ in findings)
        for code, sev, *_ in findings:
            any_articles[code].add(path)
            if sev >= 1:
                warn_articles[code].add(path)
        for code in {"SRC001", "SRC002", "RDB001", "RDB002", "RDB003", "STY001"} | set(counts):
            per_k[code].append(counts.get(code, 0) * 1000 / max(words, 1))
    print(f"articles: {n}, errors: {len(errors)}")
    for e in errors[:10]:
        print("  error:", e[1])
    print(
        f"{'rule':<8} {'articles ≥warning':>18} {'share':>7} {'articles any':>13} {'median /1k words':>17}"
    )
    for code in sorted(set(any_articles) | set(per_k)):
        w = len(warn_articles.get(code, ()))
        a = len(any_articles.get(code, ()))
        med = statistics.median(per_k[code]) if per_k[code] else 0
        print(f"{code:<8} {w:>18} {w / n:>7.2%} {a:>13} {med:>17.2f}")
    spec = sorted(per_k["SRC001"])
    qs = statistics.quantiles(spec, n=20)
    print(
        f"SRC001 unsourced-speculation per 1,000 words: median {statistics.median(spec):.2f} "
        f"p75 {qs[14]:.2f} p90 {qs[17]:.2f} p95 {qs[18]:.2f} max {spec[-1]:.2f} (target median <= 1)"
    )
    rdb = sorted(sum(1 for f in r[4] if f[0].startswith("RDB")) for r in results if not r[1])
    print(
        f"readability findings per article: median {statistics.median(rdb):.1f} "
        f"p90 {statistics.quantiles(rdb, n=10)[8]:.1f} max {rdb[-1]}"
    )
    fk = [
        r[5]["flesch_kincaid_grade"] for r in results if not r[1] and "flesch_kincaid_grade" in r[5]
    ]
    fre = [
        r[5]["flesch_reading_ease"] for r in results if not r[1] and "flesch_reading_ease" in r[5]
    ]
    print(
        f"Flesch-Kincaid grade: min {min(fk):.1f} median {statistics.median(fk):.1f} max {max(fk):.1f}; "
        f"reading ease: min {min(fre):.1f} median {statistics.median(fre):.1f} max {max(fre):.1f}; "
        f"not applicable: {sum(1 for r in results if not r[1] and 'flesch_kincaid_grade' not in r[5])}"
    )
    dup = sorted(
        r[0]
        for r in results
        if any(f[0] in ("REP002", "REP003", "REP004") and f[1] >= 1 for f in r[4])
    )
    print(
        f"duplicate-sentence/block/near-duplicate >= warning: {len(dup)} articles ({len(dup) / n:.2%}; target < 1%)"
    )
    for p in dup:
        print("  ", p)
    promo = sorted(r[0] for r in results if any(f[0].startswith("PRO") and f[1] >= 1 for f in r[4]))
    print(f"promo >= warning: {len(promo)} articles ({len(promo) / n:.2%}; target < 1%)")
    for p in promo:
        print("  ", p)
    scores = sorted(r[3] for r in results if not r[1])
    q = statistics.quantiles(scores, n=20)
    print(f"scores: min {scores[0]:.1f} p5 {q[0]:.1f} p50 {statistics.median(scores):.1f}")
    print(f"share scoring >= 80: {sum(s >= 80 for s in scores) / len(scores):.2%}")
    for path, _err, _words, _score, findings, _ in results:
        for code, sev, line, msg, excerpt in findings:
            if code in args.list:
                print(f"{path}:{line}: {code} [{sev}] {msg} | {excerpt}")


if __name__ == "__main__":
    main()
