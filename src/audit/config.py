"""Configuration: ``[tool.audit]`` in pyproject.toml or ``audit.toml``, merged with CLI options."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .model import Severity
from .reading import DEFAULT_INCLUDE, DEFAULT_MAX_SIZE

DEFAULT_FAIL_UNDER = 60.0


@dataclass
class Config:
    """Resolved settings for one run. Field names are the config keys in snake_case."""

    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    fail_under: float | None = DEFAULT_FAIL_UNDER
    fail_on: Severity | None = Severity.ERROR
    format: str = "text"
    target_grade: float = 9.0
    model: str | None = None
    rules_path: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    max_size: int = DEFAULT_MAX_SIZE
    jobs: int = 0
    cache: bool = True
    cache_dir: str = ".audit_cache"
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    source: str | None = None  # the file this config came from

    def rule_settings(self, code: str, name: str) -> dict[str, Any]:
        """Settings for one rule, looked up by code or by name."""
        merged: dict[str, Any] = {}
        for key in (name, code):
            merged.update(self.rules.get(key, {}))
        return merged


_TYPES: dict[str, Any] = {
    "select": list,
    "ignore": list,
    "fail-under": (int, float, type(None)),
    "fail-on": str,
    "format": str,
    "target-grade": (int, float),
    "model": str,
    "rules-path": list,
    "include": list,
    "exclude": list,
    "max-size": int,
    "jobs": int,
    "cache": bool,
    "cache-dir": str,
    "rules": dict,
}
KNOWN_KEYS = tuple(_TYPES)


def _line_of(path: Path, key: str) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    m = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.MULTILINE)
    return f":{text.count(chr(10), 0, m.start()) + 1}" if m else ""


def validate(data: dict[str, Any], path: Path | None) -> dict[str, Any]:
    """Check keys and value types; return snake_case settings."""
    where = str(path) if path else "config"
    out: dict[str, Any] = {}
    for key, value in data.items():
        loc = f"{where}{_line_of(path, key) if path else ''}"
        if key not in _TYPES:
            known = ", ".join(KNOWN_KEYS)
            raise ConfigError(f"{loc}: unknown key '{key}' (known keys: {known})")
        if not isinstance(value, _TYPES[key]) or (
            isinstance(value, bool) and _TYPES[key] in ((int, float), int)
        ):
            raise ConfigError(f"{loc}: bad value for '{key}': {value!r}")
        if key == "fail-on":
            if value.lower() in ("none", "never"):
                value = None
            else:
                try:
                    value = Severity.parse(value)
                except ValueError as exc:
                    raise ConfigError(f"{loc}: bad value for 'fail-on': {exc}") from None
        if key == "fail-under" and value is not None and not 0 <= value <= 100:
            raise ConfigError(f"{loc}: bad value for 'fail-under': {value!r} (use 0–100)")
        if key == "rules":
            for rule, settings in value.items():
                if not isinstance(settings, dict):
                    raise ConfigError(f"{loc}: [rules.{rule}] must be a table")
                sev = settings.get("severity")
                if sev is not None:
                    try:
                        Severity.parse(sev)
                    except ValueError as exc:
                        raise ConfigError(f"{loc}: rules.{rule}.severity: {exc}") from None
        if key in ("select", "ignore", "rules-path", "include", "exclude") and not all(
            isinstance(v, str) for v in value
        ):
            raise ConfigError(f"{loc}: '{key}' must be a list of strings")
        out[key.replace("-", "_")] = value
    return out


def load_file(path: Path) -> dict[str, Any]:
    """Load settings from an ``audit.toml`` or a ``pyproject.toml``."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("audit", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.audit] must be a table")
    settings = validate(data, path)
    base = path.parent
    if "rules_path" in settings:
        settings["rules_path"] = [str((base / p).resolve()) for p in settings["rules_path"]]
    settings["source"] = str(path)
    return settings


def discover(start: str | None) -> Path | None:
    """Find the nearest audit.toml or pyproject.toml with [tool.audit], walking up."""
    here = Path(start or ".").resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "audit.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                with candidate.open("rb") as fh:
                    data = tomllib.load(fh)
            except (tomllib.TOMLDecodeError, OSError):
                return candidate  # let load_file report the problem
            if "audit" in data.get("tool", {}):
                return candidate
    return None


def resolve(
    config_file: str | None = None,
    first_input: str | None = None,
    overrides: dict[str, Any] | None = None,
) -> Config:
    """Build the run's Config: defaults, then the config file, then CLI overrides."""
    settings: dict[str, Any] = {}
    if config_file:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{config_file}: config file not found")
        settings.update(load_file(path))
    else:
        found = discover(first_input)
        if found:
            settings.update(load_file(found))
    for key, value in (overrides or {}).items():
        if value is not None:
            settings[key] = value
    names = {f.name for f in fields(Config)}
    return Config(**{k: v for k, v in settings.items() if k in names})


def from_mapping(data: dict[str, Any] | None) -> Config:
    """Build a Config from a kebab- or snake-case mapping (library use)."""
    if not data:
        return Config()
    if isinstance(data, Config):
        return data
    kebab = {k.replace("_", "-"): v for k, v in data.items()}
    return Config(**validate(kebab, None))
