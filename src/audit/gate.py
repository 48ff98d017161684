"""Decide the exit code of a run from its reports."""

from __future__ import annotations

from .config import Config
from .errors import ExitCode
from .model import Report


def failed_gate(report: Report, config: Config) -> bool:
    """Whether one audited file fails the configured gate."""
    if report.error:
        return False
    if config.fail_under is not None and report.score < config.fail_under:
        return True
    if config.fail_on is not None:
        return any(f.severity >= config.fail_on for f in report.findings)
    return False


class Tally:
    """Accumulates the run summary and the exit code as reports stream past."""

    def __init__(self, config: Config, exit_zero: bool = False) -> None:
        self.config = config
        self.exit_zero = exit_zero
        self.files = self.failed = self.findings = self.gate_failures = 0
        self.internal_errors: list[str] = []

    def add(self, report: Report) -> None:
        self.files += 1
        if report.error:
            self.failed += 1
        self.findings += len(report.findings)
        self.internal_errors.extend(report.internal_errors)
        if failed_gate(report, self.config):
            self.gate_failures += 1

    def summary(self) -> dict:
        return {"files": self.files, "failed": self.failed, "findings": self.findings}

    def exit_code(self) -> ExitCode:
        if self.internal_errors:
            return ExitCode.INTERNAL
        if self.failed:
            return ExitCode.USAGE
        if self.gate_failures and not self.exit_zero:
            return ExitCode.GATE_FAILED
        return ExitCode.OK
