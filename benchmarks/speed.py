"""Whole-process speed of `audit` against proselint on the same files.

Usage: python benchmarks/speed.py [--runs 5] [--full-runs 3] [--skip-full]

Measures, as separate processes (wall clock, median of --runs):
  * one ~1,000-word article (cold process);
  * 200 BBC articles (~115k words);
  * the full 2,225-article BBC corpus (audit with --jobs 2), alternating with proselint
    --full-runs times (median ratio of the pairs);
  * the second run on the unchanged corpus with the cache;
and the peak RSS of any one process (from /usr/bin/time or resource). Prints medians,
ratios to proselint and words per second. Also prints how a cold single-article run
splits between imports and work.

Equivalent manual commands (public tools):
  hyperfine 'audit check --no-cache a1000.txt' 'proselint check a1000.txt'
  /usr/bin/time -v audit check --no-cache --jobs 2 ../shared/corpus/bbc
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import bbc_files  # noqa: E402

BIN = Path(sys.executable).parent


def words_of(paths: list[Path]) -> int:
    return sum(len(p.read_bytes().split()) for p in paths)


def run(cmd: list[str], runs: int) -> tuple[float, int]:
    """Median wall seconds and max peak RSS (KiB) of a command over ``runs`` runs."""
    times, peaks = [], []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, env=ENV
        )
        times.append(time.perf_counter() - t)
        last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "0"
        peaks.append(int(last) if last.isdigit() else 0)
    return statistics.median(times), max(peaks)


def audit_cmd(*args: str) -> list[str]:
    return [str(BIN / "audit"), "check", "--format", "concise", "--exit-zero", *args]


def proselint_cmd(*files: str) -> list[str] | None:
    exe = BIN / "proselint"
    if not exe.exists():
        return None
    return [str(exe), "check", *files]


def one_article(files: list[Path], tmp: Path) -> Path:
    """A ~1,000-word article made of whole BBC articles (deterministic)."""
    text, count = [], 0
    for p in files:
        body = p.read_text(encoding="utf-8", errors="replace")
        text.append(body)
        count += len(body.split())
        if count >= 1000:
            break
    out = tmp / "a1000.txt"
    out.write_text("\n\n".join(text))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--skip-full", action="store_true")
    ap.add_argument("--full-runs", type=int, default=3, help="audit/proselint pairs on the corpus")
    args = ap.parse_args()
    files = bbc_files()
    tmp = Path(tempfile.mkdtemp(prefix="audit-bench-"))
    try:
        a1 = one_article(files, tmp)
        w1 = words_of([a1])
        print(f"one article: {w1} words")
        ta, ma = run(audit_cmd("--no-cache", str(a1)), args.runs)
        line = f"  audit      {ta:.3f} s  peak {ma / 1024:.0f} MiB"
        pl = proselint_cmd(str(a1))
        if pl:
            tp, mp = run(pl, args.runs)
            line += f"   proselint {tp:.3f} s  peak {mp / 1024:.0f} MiB   ratio {ta / tp:.2f}x"
        print(line)
        imp, _ = run(
            [sys.executable, "-c", "import audit.cli, audit.engine, spacy, pyphen"], args.runs
        )
        print(
            f"  of which imports (python + click + spaCy + pyphen): {imp:.3f} s; work {ta - imp:.3f} s"
        )

        subset = files[:200]
        w200 = words_of(subset)
        print(f"200 articles: {w200} words")
        t200, m200 = run(audit_cmd("--no-cache", "--jobs", "2", *map(str, subset)), args.runs)
        line = f"  audit -j2  {t200:.2f} s ({w200 / t200:,.0f} words/s) peak {m200 / 1024:.0f} MiB"
        pl = proselint_cmd(*map(str, subset))
        if pl:
            tp200, _ = run(pl, max(1, args.runs // 2))
            line += f"   proselint {tp200:.2f} s ({w200 / tp200:,.0f} words/s)   speed ratio {tp200 / t200:.2f}x"
        print(line)
        if args.skip_full:
            return
        wall = words_of(files)
        corpus = str(files[0].parent.parent)
        print(f"full corpus: {len(files)} files, {wall} words")
        # audit and proselint alternate, so a machine that slows down mid-run slows both;
        # the ratio reported is the median of the per-pair ratios.
        pl = proselint_cmd(*map(str, files))
        fulls, peaks, pls = [], [], []
        for _ in range(args.full_runs):
            t, m = run(audit_cmd("--no-cache", "--jobs", "2", corpus), 1)
            fulls.append(t)
            peaks.append(m)
            if pl:
                pls.append(run(pl, 1)[0])
        tfull, mfull = statistics.median(fulls), max(peaks)
        line = f"  audit -j2  {tfull:.2f} s ({wall / tfull:,.0f} words/s) peak RSS per process {mfull / 1024:.0f} MiB"
        if pls:
            tpf = statistics.median(pls)
            ratios = sorted(p / a for p, a in zip(pls, fulls, strict=True))
            line += (
                f"   proselint {tpf:.2f} s ({wall / tpf:,.0f} words/s)   speed ratio "
                f"{statistics.median(ratios):.2f}x (median of {len(ratios)} pairs; "
                f"{ratios[0]:.2f}-{ratios[-1]:.2f})"
            )
        print(line)
        # Start-up of a --jobs 2 run: the same command on two one-line files (process,
        # worker pool, pipeline and rule loading in each worker; almost no auditing).
        tiny = []
        for i in (1, 2):
            path = tmp / f"tiny{i}.txt"
            path.write_text("The council met on Monday and approved the budget.\n")
            tiny.append(str(path))
        start, _ = run(audit_cmd("--no-cache", "--jobs", "2", *tiny), args.runs)
        expected = 11.1 * (t200 - start)
        print(
            f"  linearity: start-up of a -j2 run {start:.2f} s; full work {tfull - start:.2f} s "
            f"vs 11.1 x 200-article work {expected:.2f} s ({(tfull - start) / expected - 1:+.0%}; "
            "target within ±20%)"
        )
        cache = tmp / "cache"
        cold, _ = run(
            audit_cmd("--jobs", "2", corpus) + ["--config", str(write_cfg(tmp, cache))], 1
        )
        warm, _ = run(
            audit_cmd("--jobs", "2", corpus) + ["--config", str(write_cfg(tmp, cache))], 1
        )
        print(
            f"  cache: first run {cold:.2f} s, second run {warm:.2f} s ({cold / warm:.1f}x faster; target >= 10x)"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_cfg(tmp: Path, cache: Path) -> Path:
    cfg = tmp / "audit.toml"
    cfg.write_text(f'cache-dir = "{cache}"\n')
    return cfg


ENV = {**os.environ, "NO_COLOR": "1"}

if __name__ == "__main__":
    main()
