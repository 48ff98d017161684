"""Stress: audit 1,000 generated files of random sizes, a share of them deliberately bad.

Usage: python benchmarks/stress.py [--files 1000] [--seed 1]

Prints files audited, errors reported (bad input, exit-2 class) and crashes (internal
errors, tracebacks or exit code 3). Crashes must be 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

WORDS = (
    "the council said rates could rise analysts speculate experts believe mayor bridge budget "
    "YOU MAY ALSO LIKE pic.twitter.com/abcdefghij — (@desk) May 3, 2024 # ``` > - * [x](y) "
    "<!-- --> <p> </p> <script> é 中文 🙂 ! ? . ,"
).split()


def make(rng: random.Random, i: int, folder: Path) -> None:
    kind = rng.choices(
        ["prose", "markdown", "html", "binary", "badutf8", "empty", "utf16", "longline", "random"],
        weights=[40, 15, 10, 5, 5, 5, 5, 5, 10],
    )[0]
    ext = {"markdown": ".md", "html": ".html"}.get(kind, ".txt")
    path = folder / f"{i:04d}-{kind}{ext}"
    n = rng.randint(0, 3000)
    text = " ".join(rng.choice(WORDS) for _ in range(n))
    text = text.replace(" . ", ".\n\n")
    if kind == "binary":
        path.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randint(1, 5000))))
    elif kind == "badutf8":
        path.write_bytes(text.encode() + b"\xc3\x28\x81")
    elif kind == "empty":
        path.write_text(rng.choice(["", "   \n\n\t"]))
    elif kind == "utf16":
        path.write_bytes(text.encode("utf-16"))
    elif kind == "longline":
        path.write_text("x" * rng.randint(10_000, 300_000))
    elif kind == "random":
        path.write_text(
            "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 3000))),
            encoding="utf-8",
            errors="replace",
        )
    elif kind == "html":
        path.write_text(
            "<html><body>" + "<div>" * rng.randint(0, 300) + f"<p>{text}</p></body></html>"
        )
    else:
        path.write_text(text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="audit-stress-"))
    try:
        for i in range(args.files):
            make(rng, i, folder)
        proc = subprocess.run(
            [str(Path(sys.executable).parent / "audit"), "check", "--no-cache", "--format", "json",
             "--jobs", "2", str(folder)],
            capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
        )  # fmt: skip
        data = json.loads(proc.stdout)
        errors = sum(1 for f in data["files"] if f["error"])
        crashes = proc.stderr.count("internal error") + proc.stderr.count("Traceback")
        crashes += int(proc.returncode == 3)
        print(f"files generated: {args.files}")
        print(f"files audited:   {len(data['files']) - errors}")
        print(f"errors reported: {errors} (exit code {proc.returncode})")
        print(f"crashes:         {crashes} (must be 0)")
        if crashes:
            print(proc.stderr[-3000:])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
