"""Run Vale's own test suites (Google, write-good, proselint) through `audit`.

Usage: python benchmarks/vale_suite.py [--show]

For every scenario in ../shared/vale-styles/<Style>/features/rules.feature, runs
  cd fixtures/<Name> && audit check --vale-config .vale.ini --format vale-line .
and compares the output with Vale's recorded output exactly. Prints how many scenarios
match (target >= 90%) and, for each mismatch, the missing and extra lines.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shared import shared_path  # noqa: E402

AUDIT = str(Path(sys.executable).parent / "audit")


def scenarios(feature: Path) -> list[tuple[str, str, list[str]]]:
    text = feature.read_text(encoding="utf-8")
    out = []
    for block in re.split(r"\n\s*Scenario:", text)[1:]:
        title = block.strip().splitlines()[0].strip()
        name = re.search(r'When I test "([^"]+)"', block).group(1)
        m = re.search(r'"""\n(.*?)\n\s*"""', block, re.DOTALL)
        expected = [ln.strip() for ln in m.group(1).splitlines() if ln.strip()] if m else []
        out.append((title, name, expected))
    return out


def run_scenario(folder: Path) -> tuple[list[str], str]:
    proc = subprocess.run(
        [AUDIT, "check", "--vale-config", ".vale.ini", "--format", "vale-line", "."],
        cwd=folder, capture_output=True, text=True,
    )  # fmt: skip
    return [ln for ln in proc.stdout.splitlines() if ln.strip()], proc.stderr


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print matching scenarios too")
    args = ap.parse_args()
    root = shared_path("vale-styles")
    total = matched = 0
    for style in ("Google", "write-good", "proselint"):
        feature = root / style / "features" / "rules.feature"
        for title, name, expected in scenarios(feature):
            total += 1
            got, err = run_scenario(root / style / "fixtures" / name)
            ok = got == expected
            matched += ok
            if ok and not args.show:
                continue
            print(f"{'PASS' if ok else 'FAIL'} {style}/{name}: {title}")
            if not ok:
                for line in expected:
                    if line not in got:
                        print(f"   missing: {line}")
                for line in got:
                    if line not in expected:
                        print(f"   extra:   {line}")
                if err.strip():
                    print("   stderr:", err.strip().splitlines()[-1])
    print(
        f"scenarios matching Vale exactly: {matched}/{total} ({matched / total:.0%}; target >= 90%)"
    )


if __name__ == "__main__":
    main()
