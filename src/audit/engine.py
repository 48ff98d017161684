"""Run the selected checks over documents and build scored reports (no printing here)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from typing import Any

from . import suppress
from .checks.base import Check, Context
from .config import Config, from_mapping
from .document import IS_STOP, Document
from .errors import AuditError, ConfigError
from .inputs import parse
from .model import Finding, Report, Severity
from .reading import read_file
from .registry import select, validate_selectors
from .scoring import score_report

MIN_ENGLISH_FUNCTION_SHARE = 0.12
UNUSED_SUPPRESSION = "AUD001"


class Auditor:
    """Holds the configured checks; audits texts and files one at a time."""

    def __init__(
        self,
        config: Config | dict[str, Any] | None = None,
        *,
        checks: list[type[Check]] | None = None,
        language_check: bool = True,
        collect: bool = False,
    ) -> None:
        self.config = config if isinstance(config, Config) else from_mapping(config)
        self.language_check = language_check
        self.collect = collect
        self.last_document: Document | None = None
        if checks is None:
            from .registry import all_checks

            classes = all_checks(self.config.rules_path)
        else:
            classes = list(checks)
        where = self.config.source or "options"
        validate_selectors(self.config.select, classes, where)
        validate_selectors(self.config.ignore, classes, where)
        for key in self.config.rules:
            if not any(key in (c.code, c.name) for c in classes):
                raise ConfigError(f"{where}: [rules.{key}] names no rule; see 'audit rules'")
        self.checks: list[tuple[Check, Context]] = []
        for cls in select(classes, self.config.select, self.config.ignore):
            settings = dict(self.config.rule_settings(cls.code, cls.name))
            explicit = any(
                s.upper() == cls.code or s.lower() == cls.name for s in self.config.select
            )
            if settings.pop("enabled", cls.default_enabled or explicit) is False:
                continue
            sev = settings.pop("severity", None)
            unknown = set(settings) - set(cls.options)
            if unknown:
                raise ConfigError(
                    f"{where}: unknown option(s) {', '.join(sorted(unknown))} for rule "
                    f"{cls.code} ({cls.name}); known: {', '.join(sorted(cls.options)) or 'none'}"
                )
            check = cls()
            ctx = Context(check, self.config, settings, Severity.parse(sev) if sev else None)
            self.checks.append((check, ctx))
        self._unused = next((c for c in self.checks if c[0].code == UNUSED_SUPPRESSION), None)

    # -- documents -------------------------------------------------------------------------
    def audit_document(self, doc: Document) -> Report:
        """Run every check on an already parsed document."""
        from .nlp import analyse

        report = Report(path=doc.path)
        analyse(doc, self.config.model)
        report.words = doc.words
        if report.words == 0:
            report.error = f"{doc.path}: nothing to audit (no words found)"
            return report
        if self.language_check and report.words >= 30:
            # Stop words are words, so counting them over all tokens gives the same share.
            stops = sum(sum(map(IS_STOP, s.tokens)) for s in doc.sentences)
            share = stops / report.words
            if share < MIN_ENGLISH_FUNCTION_SHARE:
                report.error = (
                    f"{doc.path}: text does not look like English ({share:.0%} English function "
                    "words); the English checks do not apply"
                )
                return report
        findings: list[Finding] = []
        metrics: dict[str, float | int] = {}
        for check, ctx in self.checks:
            if check.code == UNUSED_SUPPRESSION:
                continue
            ctx.metrics = metrics
            try:
                findings.extend(check.run(doc, ctx))
            except AuditError:
                raise
            except Exception as exc:  # one broken check must not stop the others
                report.internal_errors.append(
                    f"{doc.path}: check {check.code} ({check.name}) crashed: "
                    f"{type(exc).__name__}: {exc}"
                )
        report.notices.extend(doc.model_doc_cache.get("notices", []))
        if doc.directives:
            findings = suppress.apply(doc, findings, self._make_unused(doc))
        findings = sorted(set_unique(findings), key=Finding.sort_key)
        report.findings = findings
        report.metrics = {
            k: (round(v, 6) if isinstance(v, float) else v) for k, v in sorted(metrics.items())
        }
        report.metrics["words"] = report.words
        report.metrics["sentences"] = len(doc.sentences)
        score_report(report)
        if self.collect:
            from .similarity import report_extras

            report.extras = report_extras(doc)
        return report

    def _make_unused(self, doc: Document):
        enabled = {c.code for c, _ in self.checks}

        def make(directive, codes, severity):
            if self._unused is None:
                return None
            if directive.codes and not all(
                any(code.startswith(c) for code in enabled) for c in directive.codes
            ):
                return None  # a rule that is not enabled cannot be shown to be unneeded
            _, ctx = self._unused
            start = directive.offset
            end = doc.text.find("\n", start)
            end = len(doc.text) if end < 0 else end
            return ctx._make(
                doc,
                start,
                end,
                f"Suppression '{directive.action}' for {codes} suppresses nothing; an unused "
                "suppression hides future problems. Remove it.",
                severity=severity,
            )

        return make

    def audit_text(self, text: str, *, path: str | None = None, fmt: str | None = None) -> Report:
        """Parse and audit a decoded text."""
        # A long article holds hundreds of thousands of live token objects; cyclic
        # collections during its parse and audit would rescan them again and again (cost
        # growing faster than the text). Nothing an audit creates needs collecting before
        # it ends.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._audit_text(text, path=path, fmt=fmt)
        finally:
            if enabled:
                gc.enable()

    def _audit_text(self, text: str, *, path: str | None, fmt: str | None) -> Report:
        name = path or "<text>"
        self.last_document = None
        try:
            doc = parse(text, path=name, fmt=fmt)
        except RecursionError:
            report = Report(path=name)
            report.error = f"{name}: document is nested too deeply to parse"
            return report
        self.last_document = doc
        return self.audit_document(doc)

    def release(self) -> None:
        """Free the last audited document now (batch runs call this after each file)."""
        if self.last_document is not None:
            self.last_document.release()
            self.last_document = None

    def audit_file(self, path: str, *, text: str | None = None, fmt: str | None = None) -> Report:
        """Audit one file (or stdin text); user errors end up in ``report.error``."""
        try:
            if text is None:
                text = read_file(path, self.config.max_size)
            if not text.strip():
                report = Report(path=path)
                report.error = f"{path}: nothing to audit (the file is empty or only whitespace)"
                return report
            return self.audit_text(text, path=path, fmt=fmt)
        except ConfigError:
            raise
        except AuditError as exc:
            report = Report(path=path)
            report.error = str(exc)
            return report


def set_unique(findings: Iterable[Finding | None]) -> list[Finding]:
    """Drop None and exact duplicate findings, keeping the first."""
    seen = set()
    out = []
    for f in findings:
        if f is None:
            continue
        key = (f.code, f.start, f.end, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def audit_text(
    text: str, *, path: str | None = None, config: Config | dict[str, Any] | None = None
) -> Report:
    """Audit one text and return its scored :class:`~audit.model.Report`.

    ``path`` names the text in findings and picks the format by suffix (``.md``, ``.html``,
    otherwise plain text). ``config`` is a :class:`~audit.config.Config` or a mapping of
    config keys (``{"select": ["sourcing"]}``).
    """
    return Auditor(config).audit_text(text, path=path)


def audit_paths(
    paths: Iterable[str | os.PathLike[str]], *, config: Config | dict[str, Any] | None = None
) -> Iterator[Report]:
    """Audit files and folders (recursively), yielding one Report per file in path order."""
    from .reading import expand_paths

    auditor = Auditor(config)
    cfg = auditor.config
    for path, error in expand_paths(
        [os.fspath(p) for p in paths], tuple(cfg.include), tuple(cfg.exclude)
    ):
        if error:
            report = Report(path=path)
            report.error = error
            yield report
        else:
            yield auditor.audit_file(path)
