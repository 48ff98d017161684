"""Read and decode input files; collect paths from files and folders."""

from __future__ import annotations

import codecs
import fnmatch
import os
import re
from pathlib import Path

from .errors import InputError

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")
DEFAULT_MAX_SIZE = 10 * 1024 * 1024


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; reject binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in data[:65536] or b"\x00" in data:
        raise InputError(f"{path}: binary file (contains NUL bytes); not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        legacy = _legacy(data)
        if legacy is not None:
            return legacy
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at line {line}); "
            "re-save the file as UTF-8"
        ) from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _legacy(data: bytes) -> str | None:
    """Decode old Windows-1252 text (e.g. a lone 0xA3 pound sign) when it is clean.

    Only text with no control characters and no undefined Windows-1252 bytes is accepted;
    anything else stays an invalid-UTF-8 error.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else text


def read_file(path: str, max_size: int = DEFAULT_MAX_SIZE) -> str:
    """Read and decode one input file, raising InputError for the user's mistakes."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        size = p.stat().st_size
        if max_size and size > max_size:
            raise InputError(
                f"{path}: file is {size / 1048576:.1f} MB, over the {max_size / 1048576:.0f} MB "
                "limit; raise it with --max-size"
            )
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, path)


def _excluded(rel: str, name: str, exclude: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(name, g) for g in exclude)


def expand_paths(
    paths: list[str],
    include: tuple[str, ...] = DEFAULT_INCLUDE,
    exclude: tuple[str, ...] = (),
) -> list[tuple[str, str | None]]:
    """Expand inputs into (path, error) pairs; folders are walked recursively and sorted.

    Symlinked folders are followed once: a folder already visited (a loop) is skipped.
    """
    out: list[tuple[str, str | None]] = []
    # One compiled pattern for the include globs (fnmatch's own matching, case rules kept).
    pattern = re.compile("|".join(fnmatch.translate(os.path.normcase(g)) for g in include))

    def included(name: str) -> bool:
        return bool(include) and pattern.match(os.path.normcase(name)) is not None

    for raw in paths:
        if raw == "-":
            out.append(("-", None))
            continue
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            out.append((raw, f"{raw}: no such file or directory"))
            continue
        if not p.is_dir():
            out.append((raw, None))
            continue
        seen: set[tuple[int, int]] = set()
        found: list[str] = []
        for root, dirs, files in os.walk(raw, followlinks=True):
            try:
                st = os.stat(root)
            except OSError:
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                dirs[:] = []
                continue
            seen.add(key)
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".")
                and not _excluded(os.path.relpath(os.path.join(root, d), raw), d, exclude)
            )
            for name in files:
                if not included(name):
                    continue
                full = os.path.join(root, name)
                if exclude and (
                    _excluded(os.path.relpath(full, raw), name, exclude)
                    or _excluded(full, name, exclude)
                ):
                    continue
                found.append(full)
        out.extend((f, None) for f in sorted(found))
    return out
