"""Corpus-level findings: cross-article duplicates (MinHash/LSH, then alignment), site-wide
boilerplate, and a summary. Per-article reports stream to a file, so memory stays bounded.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..config import Config
from .articles import ArticleResult
from .minhash import bands, estimate

CANDIDATE_MIN_ESTIMATE = 0.4
PAIR_MIN_SHARE = 0.5  # share of the shorter article's sentences that restate the other
SENTENCE_SIM = 0.4


@dataclass
class CorpusResult:
    """What `audit corpus` reports."""

    articles: int = 0
    failed: int = 0
    scores: list[float] = field(default_factory=list)
    worst: list[tuple[float, str]] = field(default_factory=list)
    rule_counts: Counter = field(default_factory=Counter)
    duplicates: list[dict] = field(default_factory=list)
    clusters: list[list[str]] = field(default_factory=list)
    boilerplate: list[dict] = field(default_factory=list)
    reports_path: str = ""

    def summary(self) -> dict:
        s = sorted(self.scores)

        def pct(q: float) -> float:
            return s[min(len(s) - 1, int(q * (len(s) - 1)))] if s else 0.0

        return {
            "articles": self.articles,
            "failed": self.failed,
            "score": {
                "min": pct(0),
                "p10": pct(0.1),
                "median": pct(0.5),
                "p90": pct(0.9),
                "max": pct(1),
            },
            "grades": dict(sorted(Counter(_grade(x) for x in s).items())),
            "worst": [{"path": p, "score": sc} for sc, p in sorted(self.worst)[:10]],
            "rules": dict(sorted(self.rule_counts.most_common(15), key=lambda kv: (-kv[1], kv[0]))),
            "duplicate_pairs": len(self.duplicates),
            "exact_duplicate_files": _exact_files(self.duplicates),
            "duplicate_clusters": self.clusters,
            "boilerplate": len(self.boilerplate),
        }


def _exact_files(pairs: list[dict]) -> int:
    """Articles that are exact copies of an earlier one (cluster size minus one, summed)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for p in pairs:
        if p["kind"] == "exact":
            a, b = find(p["a"]), find(p["b"])
            if a != b:
                parent[max(a, b)] = min(a, b)
    roots = {find(x) for x in parent}
    return len(parent) - len(roots)


def _grade(score: float) -> str:
    from ..scoring import grade

    return grade(score)


def analyse(
    results: Iterable[ArticleResult], config: Config, min_boilerplate: int | None = None
) -> CorpusResult:
    """Consume per-article results (in order) and compute the corpus findings."""
    out = CorpusResult()
    fd, reports_path = tempfile.mkstemp(prefix="audit-corpus-", suffix=".jsonl")
    out.reports_path = reports_path
    paths: list[str] = []
    sigs: list[array] = []
    band_index: dict[int, int | list[int]] = {}
    block_counts: dict[int, int] = {}  # first place of each block: idx * 100000 + line
    block_texts: dict[int, tuple[str, list, list]] = {}  # repeated blocks only
    with os.fdopen(fd, "w", encoding="utf-8") as sink:
        for res in results:
            idx = len(paths)
            paths.append(res.path)
            sink.write(json.dumps(res.report, ensure_ascii=False) + "\n")
            out.articles += 1
            if res.report.get("error"):
                out.failed += 1
                sigs.append(array("I"))
                continue
            out.scores.append(res.report["score"])
            out.worst.append((res.report["score"], res.path))
            out.worst = sorted(out.worst)[:10]
            out.rule_counts.update(f["code"] for f in res.report["findings"])
            sigs.append(array("I", res.signature))
            if res.signature:
                for key in bands(res.signature):
                    # Most band keys are unique: store a bare index until a second one comes.
                    seen = band_index.get(key)
                    if seen is None:
                        band_index[key] = idx
                    elif isinstance(seen, int):
                        band_index[key] = [seen, idx]
                    else:
                        seen.append(idx)
            for digest, line, text in dict.fromkeys(res.blocks):
                key = int(digest, 16)
                first = block_counts.get(key)
                if first is None:
                    # Most blocks occur once: keep only where (one int), no text.
                    block_counts[key] = idx * 100_000 + min(line, 99_999)
                    continue
                if key not in block_texts:
                    block_texts[key] = (text, [divmod(first, 100_000)], [1])
                _text, places, count = block_texts[key]
                count[0] += 1
                if len(places) < 1000:
                    places.append((idx, line))
    out.duplicates, out.clusters = _duplicates(paths, sigs, band_index, config)
    # Many articles: 1 % of the archive, but never more than 50 (large archives) or fewer than 3.
    threshold = min_boilerplate or max(3, min(50, math.ceil(0.01 * max(out.articles, 1))))
    out.boilerplate = _boilerplate(paths, block_texts, threshold, out.articles)
    return out


def _duplicates(paths, sigs, band_index, config) -> tuple[list[dict], list[list[str]]]:
    candidates: set[tuple[int, int]] = set()
    for members in band_index.values():
        if isinstance(members, int):
            continue
        if len(members) > 200:
            members = members[:200]  # a degenerate band (e.g. empty texts) is not evidence
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :]:
                candidates.add((a, b) if a < b else (b, a))
    pairs = []
    for a, b in sorted(candidates):
        est = estimate(list(sigs[a]), list(sigs[b]))
        if est < CANDIDATE_MIN_ESTIMATE:
            continue
        aligned = align(paths[a], paths[b], config)
        if aligned and aligned["share"] >= PAIR_MIN_SHARE:
            pairs.append({"a": paths[a], "b": paths[b], "estimate": round(est, 3), **aligned})
    # Clusters of articles linked by duplicate pairs (union-find), sorted for determinism.
    parent = {p: p for pair in pairs for p in (pair["a"], pair["b"])}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        ra, rb = find(pair["a"]), find(pair["b"])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for p in parent:
        groups[find(p)].append(p)
    clusters = sorted(sorted(g) for g in groups.values() if len(g) > 1)
    return pairs, clusters


def align(path_a: str, path_b: str, config: Config) -> dict | None:
    """Align the sentences of two articles (content-word Jaccard, as the repetition check)."""
    from ..inputs import parse
    from ..nlp import analyse as nlp_analyse
    from ..reading import read_file
    from ..textutil import content_words, normalise

    try:
        da = parse(read_file(path_a, config.max_size), path=path_a)
        db = parse(read_file(path_b, config.max_size), path=path_b)
    except Exception:
        return None
    nlp_analyse(da)
    nlp_analyse(db)
    exact = normalise(da.text) == normalise(db.text)
    sa = [(s, frozenset(content_words(s.tokens))) for s in da.sentences]
    sb = [(s, frozenset(content_words(s.tokens))) for s in db.sentences]
    sa = [(s, w) for s, w in sa if len(w) >= 3]
    sb = [(s, w) for s, w in sb if len(w) >= 3]
    if not sa or not sb:
        return None
    index: dict[str, list[int]] = defaultdict(list)
    for i, (_, w) in enumerate(sa):
        for word in w:
            index[word].append(i)
    matched_a, matched_b, sims = [], [], []
    for s, w in sb:
        shared = Counter(i for word in w for i in index.get(word, ()))
        best, best_i = 0.0, None
        for i, n in shared.items():
            sim = n / (len(sa[i][1]) + len(w) - n)
            if sim > best:
                best, best_i = sim, i
        if best >= SENTENCE_SIM and best_i is not None:
            matched_b.append(s)
            matched_a.append(sa[best_i][0])
            sims.append(best)
    if not matched_b:
        return None
    share = len(matched_b) / min(len(sa), len(sb))
    return {
        "kind": "exact" if exact else "restated",
        "similarity": round(1.0 if exact else sum(sims) / len(sims), 3),
        "share": round(min(1.0, share), 3),
        "lines_a": [min(s.line for s in matched_a), max(s.end_line for s in matched_a)],
        "lines_b": [min(s.line for s in matched_b), max(s.end_line for s in matched_b)],
    }


def _boilerplate(paths, block_texts, threshold, total) -> list[dict]:
    from ..lexicons import compiled

    out = []
    cta = compiled("cta")
    for key, (text, where, counter) in block_texts.items():
        count = counter[0]
        if count < threshold:
            continue
        digest = f"{key:016x}"
        shouting = sum(1 for w in text.split() if len(w) > 1 and w.isupper()) >= 4
        out.append({
            "text": text,
            "articles": count,
            "share": round(count / max(total, 1), 4),
            "promo": bool(cta.search(text)) or shouting,
            "where": [{"path": paths[i], "line": line} for i, line in sorted(where)[:50]],
            "hash": digest,
        })  # fmt: skip
    return sorted(out, key=lambda b: (-b["articles"], b["text"]))
