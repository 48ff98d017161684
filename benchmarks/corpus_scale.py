"""Archive scale: `audit corpus` on a synthetic archive built from the BBC texts.

Usage: python benchmarks/corpus_scale.py [--n 100000] [--keep DIR]

Builds N articles by shuffling BBC paragraphs (seeded), plants 1% exact duplicates and a
promo line in 0.5% of them, runs `audit corpus --jobs 2 --format json` under
/usr/bin/time, and prints wall time, peak memory, articles per second, what was found,
and the extrapolated time for 10 million articles on a 50-worker cluster (linear in
articles: per-article work dominates; the LSH and boilerplate passes are near-linear).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import bbc_files  # noqa: E402

PROMO = "YOU MAY ALSO LIKE: Ten Celebrity Homes You Have To See To Believe"


def build(n: int, folder: Path, seed: int) -> None:
    rng = random.Random(seed)
    paras = []
    for p in bbc_files():
        body = p.read_bytes().decode("utf-8", "replace").split("\n", 1)[-1]
        paras.extend(x.strip() for x in body.split("\n\n") if len(x.split()) > 8)
    texts: list[str] = []
    for i in range(n):
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        if texts and rng.random() < 0.01:
            text = rng.choice(texts[-500:])  # planted exact duplicate
        else:
            picked = rng.sample(paras, rng.randint(5, 12))
            text = f"Synthetic article {i}\n\n" + "\n\n".join(picked) + "\n"
            if rng.random() < 0.005:
                parts = text.split("\n\n")
                parts.insert(len(parts) // 2, PROMO)
                text = "\n\n".join(parts)
        texts.append(text)
        (sub / f"{i:07d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--keep", help="build the archive here and keep it")
    args = ap.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="audit-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        build(args.n, folder, args.seed)
        print(f"built {args.n} articles in {time.perf_counter() - t:.0f} s")
        audit = str(Path(sys.executable).parent / "audit")
        out = folder / "corpus.json"
        t = time.perf_counter()
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M", audit, "corpus", "--jobs", "2", "--format", "json",
             "--output", str(out), str(folder)],
            capture_output=True, text=True,
        )  # fmt: skip
        wall = time.perf_counter() - t
        peak = int(proc.stderr.strip().splitlines()[-1]) / 1024
        data = json.loads(out.read_text())
        s = data["summary"]
        print(
            f"audit corpus: {wall:.0f} s wall, {args.n / wall:.0f} articles/s, peak RSS {peak:.0f} MiB (main process)"
        )
        print(f"  duplicate pairs {s['duplicate_pairs']}, exact duplicate files {s['exact_duplicate_files']}, "
              f"boilerplate lines {s['boilerplate']}")  # fmt: skip
        promo = [b for b in data["boilerplate"] if b["promo"]]
        print(
            f"  planted promo line found: {bool(promo)} ({promo[0]['articles'] if promo else 0} articles)"
        )
        per_article = wall * 2 / args.n  # core-seconds per article
        est = 10_000_000 * per_article / 50
        print(
            f"  extrapolated: 10M articles on 50 workers ≈ {est / 3600:.1f} h ({per_article * 1000:.1f} core-ms per article)"
        )
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
