"""Error types and process exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of the ``audit`` command."""

    OK = 0
    GATE_FAILED = 1
    USAGE = 2
    INTERNAL = 3
    INTERRUPTED = 130


class AuditError(Exception):
    """A mistake by the user (bad config, bad input); exits with code 2."""

    exit_code = ExitCode.USAGE


class ConfigError(AuditError):
    """Invalid configuration file, key or value."""


class InputError(AuditError):
    """An input file that cannot be audited."""


class RuleError(AuditError):
    """A malformed rule or lexicon file."""
