"""Helpers for benchmark scripts: locate ../shared and skip cleanly when it is absent."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path under ../shared, or exit 0 with a clear reason when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        print(f"skipped: {path} not found (the ../shared research data sits beside the checkout)")
        sys.exit(0)
    return path


def bbc_files() -> list[Path]:
    """The 2,225 BBC articles, sorted."""
    return sorted(shared_path("corpus", "bbc").rglob("*.txt"))
