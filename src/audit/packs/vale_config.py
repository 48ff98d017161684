"""Read a Vale ``.vale.ini`` and select the rules it enables."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .kinds import Rule
from .loader import load_style, make_check

LEVEL_ORDER = {"suggestion": 0, "info": 0, "warning": 1, "error": 2}


@dataclass
class ValeConfig:
    """The parts of a Vale config that decide which rules run where."""

    path: Path
    styles_path: Path
    min_level: int = 0
    vocab: list[str] = field(default_factory=list)
    sections: list[tuple[str, dict[str, str]]] = field(default_factory=list)


def parse(path: str) -> ValeConfig:
    """Parse ``path`` (INI with global keys before the first section)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read Vale config ({exc.strerror or exc})") from None
    glob: dict[str, str] = {}
    sections: list[tuple[str, dict[str, str]]] = []
    current = glob
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        m = re.match(r"^\[(.+)\]$", line)
        if m:
            current = {}
            sections.append((m.group(1).strip(), current))
            continue
        if "=" not in line:
            raise ConfigError(f"{path}:{lineno}: expected 'key = value', got {line!r}")
        key, value = (x.strip() for x in line.split("=", 1))
        current[key] = value
    styles = glob.get("StylesPath", ".")
    level = glob.get("MinAlertLevel", "suggestion").lower()
    if level not in LEVEL_ORDER:
        raise ConfigError(f"{path}: bad MinAlertLevel '{level}'")
    vocab = [v.strip() for v in glob.get("Vocab", "").split(",") if v.strip()]
    return ValeConfig(p, (p.parent / styles).resolve(), LEVEL_ORDER[level], vocab, sections)


def _expand(pattern: str) -> list[str]:
    m = re.search(r"\{([^}]*)\}", pattern)
    if not m:
        return [pattern]
    return [
        x
        for alt in m.group(1).split(",")
        for x in _expand(pattern[: m.start()] + alt + pattern[m.end() :])
    ]


def section_matches(glob_pattern: str, rel_path: str) -> bool:
    """Whether a Vale section glob such as ``*.{md,rst}`` applies to a file."""
    name = Path(rel_path).name
    return any(
        fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel_path, g) for g in _expand(glob_pattern)
    )


def _vocab(cfg: ValeConfig) -> tuple[tuple[str, ...], tuple[str, ...]]:
    accept, reject = [], []
    for name in cfg.vocab:
        for base in (
            cfg.styles_path / "config" / "vocabularies" / name,
            cfg.styles_path / "Vocab" / name,
        ):
            for fname, target in (("accept.txt", accept), ("reject.txt", reject)):
                f = base / fname
                if f.is_file():
                    target.extend(
                        ln.strip()
                        for ln in f.read_text().splitlines()
                        if ln.strip() and not ln.startswith("#")
                    )
    return tuple(accept), tuple(reject)


def rules_for(cfg: ValeConfig, rel_path: str, warn=None) -> list:
    """Check classes enabled for one file, with their configured levels."""
    accept, reject = _vocab(cfg)
    enabled: dict[str, str | None] = {}
    styles: list[str] = []
    for pattern, keys in cfg.sections:
        if not section_matches(pattern, rel_path):
            continue
        for key, value in keys.items():
            if key == "BasedOnStyles":
                styles.extend(s.strip() for s in value.split(",") if s.strip())
            elif "." in key:
                enabled[key] = value
    cache: dict[str, list[Rule]] = {}

    def style_rules(style: str) -> list[Rule]:
        if style not in cache:
            folder = cfg.styles_path / style
            cache[style] = load_style(folder, accept, warn) if folder.is_dir() else []
            if not folder.is_dir() and style != "Vale":
                raise ConfigError(f"{cfg.path}: style '{style}' not found in {cfg.styles_path}")
        return cache[style]

    chosen: dict[str, tuple[Rule, str]] = {}
    for style in styles:
        for rule in style_rules(style):
            chosen[rule.ident] = (rule, rule.level)
    for ident, value in enabled.items():
        style, _, name = ident.partition(".")
        v = value.strip().upper()
        if v == "NO":
            chosen.pop(ident, None)
            continue
        match = next((r for r in style_rules(style) if r.name == name), None)
        if match is None:
            if style != "Vale" and warn:
                warn(f"{cfg.path}: rule '{ident}' not found in {cfg.styles_path / style}; ignored")
            continue
        level = match.level if v == "YES" else {"SUGGESTION": "info"}.get(v, v.lower())
        chosen[ident] = (match, level)
    out = []
    for ident in sorted(chosen):
        rule, level = chosen[ident]
        if LEVEL_ORDER[level if level != "info" else "suggestion"] < cfg.min_level:
            continue
        rule.level = level
        out.append(make_check(rule))
    if reject:
        from .kinds import build

        avoid = build("Vale", "Avoid", str(cfg.path), {"extends": "existence", "message": "Avoid using '%s'.",
                      "level": "error", "tokens": list(reject)})  # fmt: skip
        out.append(make_check(avoid))
    return out
