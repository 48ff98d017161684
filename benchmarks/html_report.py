"""HTML report on the whole BBC corpus: size and time against the JSON report.

Usage: python benchmarks/html_report.py

Prints wall time of `--format json` and `--format html` on the 2,225 articles (targets:
HTML under 2x the JSON time, file under 30 MB), and writes the sample article's report to
/tmp/article-audit-sample.html with a Chromium screenshot beside it when Chromium exists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import SHARED, shared_path  # noqa: E402

AUDIT = str(Path(sys.executable).parent / "audit")


def timed(args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run([AUDIT, *args], capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    return time.perf_counter() - t


def main() -> None:
    corpus = str(shared_path("corpus", "bbc"))
    tmp = Path(tempfile.mkdtemp(prefix="audit-html-"))
    try:
        tj = timed(
            [
                "check",
                "--no-cache",
                "--jobs",
                "2",
                "--format",
                "json",
                "--output",
                str(tmp / "r.json"),
                corpus,
            ]
        )
        th = timed(
            [
                "check",
                "--no-cache",
                "--jobs",
                "2",
                "--format",
                "html",
                "--output",
                str(tmp / "r.html"),
                corpus,
            ]
        )
        size = (tmp / "r.html").stat().st_size / 1e6
        print(
            f"json {tj:.2f} s, html {th:.2f} s, ratio {th / tj:.2f} (target < 2); html size {size:.1f} MB (target < 30)"
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sample = SHARED / "samples" / "shoigu-pyongyang.txt"
    out = Path(tempfile.gettempdir()) / "article-audit-sample.html"
    subprocess.run(
        [AUDIT, "check", "--format", "html", "--output", str(out), str(sample)], capture_output=True
    )
    chrome = shutil.which("chromium")
    if chrome:
        shot = out.with_suffix(".png")
        profile = tempfile.mkdtemp()
        subprocess.run(
            [chrome, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--no-first-run", f"--user-data-dir={profile}", "--window-size=1400,1000",
             f"--screenshot={shot}", out.as_uri()],
            capture_output=True, timeout=120,
        )  # fmt: skip
        shutil.rmtree(profile, ignore_errors=True)
        print(f"sample report: {out}; screenshot: {shot}")


if __name__ == "__main__":
    main()
