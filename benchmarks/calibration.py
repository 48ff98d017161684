"""Calibrate the score: clean BBC articles against the same articles with seeded corruptions.

Usage: python benchmarks/calibration.py [--n 600] [--seed 7]

Corruptions (each alone, then all combined), applied to a copy of a clean article:
  duplicate    an existing paragraph is pasted again further down;
  reword       a paragraph is re-inserted with synonym swaps, clause reordering and
               dropped words;
  promo        a call-to-action line and a repeated tweet embed are inserted mid-article;
  speculation  attributed sentences ("X said ...") are rewritten into unattributed
               speculation ("Analysts speculate that ... could ...");
  cliche       cliché padding sentences are added.
Prints the score distributions, the ROC AUC between clean and corrupted per kind
(target >= 0.95 alone, >= 0.99 combined), the share of clean articles under the default
--fail-under, and the scores of the sample article and of examples/content-farm.txt.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import SHARED, bbc_files  # noqa: E402
from audit.config import DEFAULT_FAIL_UNDER  # noqa: E402
from audit.engine import Auditor  # noqa: E402
from audit.reading import read_file  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SYNONYMS = {
    "said": "stated", "says": "states", "big": "large", "rise": "increase", "rose": "climbed",
    "fell": "dropped", "buy": "purchase", "help": "assist", "show": "demonstrate",
    "start": "begin", "started": "began", "end": "finish", "ended": "finished",
    "new": "fresh", "plan": "scheme", "plans": "schemes", "people": "individuals",
    "firm": "company", "company": "firm", "government": "administration", "cut": "reduce",
    "increase": "rise", "year": "twelve months", "also": "additionally", "but": "however",
    "many": "numerous", "important": "significant", "major": "key", "talks": "discussions",
    "deal": "agreement", "report": "study", "warned": "cautioned", "added": "noted",
}  # fmt: skip
CTA_LINES = [
    "YOU MAY ALSO LIKE: Ten Celebrity Homes You Have To See To Believe",
    "Sign up for our newsletter to get the latest stories in your inbox.",
    "Read more: Shocking Photos From The Red Carpet",
]
EMBED = ["Big news today! pic.twitter.com/Ab12Cd34Ef", "— News Desk (@newsdesk) May 3, 2025"]
CLICHES = [
    "In summary, only time will tell what this means for years to come.",
    "One thing is clear: this sends shockwaves through the industry.",
    "It remains to be seen whether this is a game changer or just the tip of the iceberg.",
]
SAID = re.compile(
    r"^(?P<body>.+?),?\s+(?:he|she|they|it|[A-Z][\w.' -]{1,40})\s+(?:said|told \w+|added)\.?$"
)


def paragraphs(text: str) -> tuple[str, list[str]]:
    title, _, body = text.partition("\n")
    return title, [p.strip() for p in body.split("\n\n") if p.strip()]


def join(title: str, paras: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def reword(p: str, rng: random.Random) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", p)
    out = []
    for s in sentences:
        words = s.split()
        words = [SYNONYMS.get(w, w) for w in words]
        words = [
            w
            for w in words
            if not (w.lower() in {"the", "a", "very", "just"} and rng.random() < 0.4)
        ]
        s2 = " ".join(words)
        if ", " in s2 and rng.random() < 0.6:
            a, b = s2.split(", ", 1)
            s2 = b.rstrip(".") + ", " + a[0].lower() + a[1:] + "."
        out.append(s2[:1].upper() + s2[1:])
    return " ".join(out)


def corrupt(kind: str, text: str, rng: random.Random) -> str:
    title, paras = paragraphs(text)
    if len(paras) < 3:
        paras = paras * 2
    if kind in ("duplicate", "all"):
        i = rng.randrange(len(paras))
        paras.insert(rng.randrange(i + 1, len(paras) + 1), paras[i])
    if kind in ("reword", "all"):
        i = rng.randrange(max(1, len(paras) - 1))
        paras.insert(min(len(paras), i + 2 + rng.randrange(3)), reword(paras[i], rng))
    if kind in ("promo", "all"):
        mid = len(paras) // 2
        paras.insert(mid, rng.choice(CTA_LINES))
        paras.insert(mid + 2, EMBED[0] + "\n" + EMBED[1])
        paras.append(EMBED[0] + "\n" + EMBED[1])
    if kind in ("speculation", "all"):
        new = []
        for p in paras:
            m = SAID.match(p.replace("\u201c", "").replace("\u201d", "").replace('"', ""))
            if m:
                body = m.group("body").rstrip(".")
                new.append(
                    f"Analysts speculate that {body[0].lower() + body[1:]} could matter, and it may well."
                )
            else:
                new.append(p)
        new.insert(
            1, "Experts believe the move could change everything and may reshape the sector."
        )
        paras = new
    if kind in ("cliche", "all"):
        for c in rng.sample(CLICHES, 2):
            paras.insert(rng.randrange(1, len(paras) + 1), c)
    return join(title, paras)


KINDS = ("duplicate", "reword", "promo", "speculation", "cliche", "all")
_AUD = None


def _init() -> None:
    global _AUD
    _AUD = Auditor({"cache": False})


def _score(args: tuple[str, str, int]) -> tuple[str, float]:
    kind, path, seed = args
    text = read_file(path)
    if kind != "clean":
        text = corrupt(kind, text, random.Random(f"{seed}:{path}:{kind}"))
    report = _AUD.audit_text(text, path="x.txt")
    return kind, report.score if not report.error else float("nan")


def auc(clean: list[float], bad: list[float]) -> float:
    """P(clean scores higher than corrupted), ties counted half."""
    wins = 0.0
    sorted_bad = sorted(bad)
    import bisect

    for c in clean:
        lo = bisect.bisect_left(sorted_bad, c)
        hi = bisect.bisect_right(sorted_bad, c)
        wins += lo + 0.5 * (hi - lo)
    return wins / (len(clean) * len(bad))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    files = [str(p) for p in bbc_files()]
    rng = random.Random(args.seed)
    sample = sorted(rng.sample(files, min(args.n, len(files))))
    jobs = [("clean", p, args.seed) for p in files]
    jobs += [(k, p, args.seed) for k in KINDS for p in sample]
    with Pool(2, initializer=_init) as pool:
        results = pool.map(_score, jobs, chunksize=16)
    scores: dict[str, list[float]] = {}
    for kind, s in results:
        if s == s:
            scores.setdefault(kind, []).append(s)
    clean = scores["clean"]
    q = statistics.quantiles(clean, n=20)
    print(f"clean BBC: {len(clean)} articles; p5 {q[0]:.1f} median {statistics.median(clean):.1f}")
    print(f"  share scoring >= 80: {sum(s >= 80 for s in clean) / len(clean):.1%} (target >= 95%)")
    print(f"  share under the default --fail-under {DEFAULT_FAIL_UNDER:g}: "
          f"{sum(s < DEFAULT_FAIL_UNDER for s in clean) / len(clean):.2%}")  # fmt: skip
    for kind in KINDS:
        bad = scores[kind]
        qb = statistics.quantiles(bad, n=20)
        target = 0.99 if kind == "all" else 0.95
        print(
            f"{kind:<12} n={len(bad):<4} median {statistics.median(bad):5.1f} p95 {qb[18]:5.1f}  "
            f"AUC {auc(clean, bad):.3f} (target >= {target})"
        )
    auditor = Auditor({"cache": False})
    sample_article = SHARED / "samples" / "shoigu-pyongyang.txt"
    for path in (sample_article, ROOT / "examples" / "content-farm.txt"):
        if path.exists():
            r = auditor.audit_file(str(path))
            cats = ", ".join(f"{c} -{v.cost:.1f}" for c, v in r.categories.items() if v.cost)
            print(f"{path.name}: score {r.score:.1f} ({r.grade}); {cats}")


if __name__ == "__main__":
    main()
