"""CI formats: SARIF 2.1.0, GitHub annotations, JUnit XML, JSON Lines and a Markdown summary."""

from __future__ import annotations

import hashlib
import json
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from ..model import Finding, Report
from . import Formatter

SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def fingerprint(report: Report, f: Finding) -> str:
    """A content fingerprint: rule, normalised excerpt and occurrence, not the line number."""
    basis = f"{f.code}:{' '.join(f.excerpt.lower().split())}"
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


class JsonLinesFormatter(Formatter):
    """One JSON object per finding (and one per file error), for log pipelines."""

    def file(self, report: Report) -> None:
        if report.error:
            row = {"path": report.path, "error": report.error}
            self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        for f in report.findings:
            row = {"path": report.path, **f.to_dict()}
            self.stream.write(json.dumps(row, ensure_ascii=False) + "\n")


class GithubFormatter(Formatter):
    """GitHub Actions workflow commands (``::warning file=…,line=…::message``)."""

    @staticmethod
    def _esc(value: str, prop: bool = False) -> str:
        value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        if prop:
            value = value.replace(":", "%3A").replace(",", "%2C")
        return value

    def file(self, report: Report) -> None:
        if report.error:
            self.stream.write(
                f"::error file={self._esc(report.path, True)}::{self._esc(report.error)}\n"
            )
            return
        for f in report.findings:
            level = GITHUB_LEVEL[str(f.severity)]
            props = (
                f"file={self._esc(report.path, True)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},"
                f"title={self._esc(f'{f.code} {f.name}', True)}"
            )
            self.stream.write(f"::{level} {props}::{self._esc(f.message)}\n")


class SarifFormatter(Formatter):
    """SARIF 2.1.0 for GitHub code scanning and other SAST dashboards."""

    def _known(self) -> dict:
        if self._checks is None:
            from ..registry import all_checks

            self._checks = {cls.code: cls for cls in all_checks()}
        return self._checks

    def start(self) -> None:
        self._checks: dict | None = None
        self.results: list[dict] = []
        self.rules: dict[str, dict] = {}
        self.notifications: list[dict] = []

    def file(self, report: Report) -> None:
        if report.error:
            self.notifications.append(
                {"level": "error", "message": {"text": report.error},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": report.path}}}]}
            )  # fmt: skip
            return
        seen: dict[str, int] = {}
        for f in report.findings:
            if f.code not in self.rules:
                self.rules[f.code] = _rule(f.code, self._known())
            fp = fingerprint(report, f)
            seen[fp] = seen.get(fp, 0) + 1
            self.results.append(
                {
                    "ruleId": f.code,
                    "level": SARIF_LEVEL[str(f.severity)],
                    "message": {"text": f.message},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": report.path},
                                "region": {
                                    "startLine": f.line,
                                    "startColumn": f.column,
                                    "endLine": f.end_line,
                                    "endColumn": f.end_column,
                                    "snippet": {"text": f.excerpt},
                                },
                            }
                        }
                    ],
                    "relatedLocations": [
                        {
                            "id": i,
                            "physicalLocation": {
                                "artifactLocation": {"uri": report.path},
                                "region": {"startLine": r.line, "endLine": r.end_line},
                            },
                        }
                        for i, r in enumerate(f.related)
                    ],
                    "partialFingerprints": {"primaryLocationLineHash": f"{fp}:{seen[fp]}"},
                }
            )

    def finish(self, summary: dict) -> None:
        run = {
            "tool": {
                "driver": {
                    "name": "article-audit",
                    "version": __version__,
                    "informationUri": "https://pypi.org/project/article-audit/",
                    "rules": [self.rules[k] for k in sorted(self.rules)],
                }
            },
            "results": self.results,
            "invocations": [
                {
                    "executionSuccessful": not self.notifications,
                    "toolExecutionNotifications": self.notifications,
                }
            ],  # fmt: skip
        }
        doc = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        }
        self.stream.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def _rule(code: str, known: dict) -> dict:
    cls = known.get(code)
    if cls is None:
        return {"id": code}
    return {
        "id": cls.code,
        "name": cls.name,
        "shortDescription": {"text": cls.summary},
        "fullDescription": {"text": cls.describe()},
        "help": {"text": cls.describe()},
        "defaultConfiguration": {"level": SARIF_LEVEL[str(cls.severity)]},
        "properties": {"category": cls.category},
    }


class JunitFormatter(Formatter):
    """JUnit XML: one test case per file, failing when it has warning or error findings."""

    def start(self) -> None:
        self.cases: list[str] = []
        self.failures = self.errors = 0

    def file(self, report: Report) -> None:
        name = quoteattr(report.path)
        if report.error:
            self.errors += 1
            self.cases.append(
                f'  <testcase classname="audit" name={name}>\n'
                f"    <error message={quoteattr(report.error)}/>\n  </testcase>"
            )
            return
        bad = [f for f in report.findings if f.severity >= 1]
        if not bad:
            self.cases.append(f'  <testcase classname="audit" name={name}/>')
            return
        self.failures += 1
        body = "\n".join(
            f"{report.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}" for f in bad
        )
        msg = quoteattr(f"score {report.score:.1f} ({report.grade}), {len(bad)} findings")
        self.cases.append(
            f'  <testcase classname="audit" name={name}>\n'
            f"    <failure message={msg}>{escape(body)}</failure>\n  </testcase>"
        )

    def finish(self, summary: dict) -> None:
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(
            f'<testsuites><testsuite name="article-audit" tests="{len(self.cases)}" '
            f'failures="{self.failures}" errors="{self.errors}">\n'
        )
        self.stream.write("\n".join(self.cases) + "\n</testsuite></testsuites>\n")


class MarkdownFormatter(Formatter):
    """A summary table for pull-request comments and ``$GITHUB_STEP_SUMMARY``."""

    def start(self) -> None:
        self.rows: list[str] = []
        self.details: list[str] = []

    def file(self, report: Report) -> None:
        if report.error:
            self.rows.append(f"| `{report.path}` | — | — | — | ⚠️ {report.error} |")
            return
        by = {"error": 0, "warning": 0, "info": 0}
        for f in report.findings:
            by[str(f.severity)] += 1
        self.rows.append(
            f"| `{report.path}` | {report.score:.1f} | {report.grade} | "
            f"{by['error']} / {by['warning']} / {by['info']} | |"
        )
        worst = [f for f in report.findings if f.severity >= 1][:10]
        if worst:
            self.details.append(f"<details><summary><code>{report.path}</code></summary>\n")
            for f in worst:
                self.details.append(f"- line {f.line}: **{f.code}** {f.message}")
            self.details.append("\n</details>\n")

    def finish(self, summary: dict) -> None:
        out = [
            "## article-audit",
            "",
            f"{summary['files']} files, {summary['findings']} findings, "
            f"{summary['failed']} could not be audited.",
            "",
            "| file | score | grade | errors / warnings / info | note |",
            "|---|---:|:---:|---|---|",
            *self.rows,
            "",
            *self.details,
        ]
        self.stream.write("\n".join(out) + "\n")


class ValeLineFormatter(Formatter):
    """``path:line:col:Style.Rule:message``, sorted, as ``vale --output=line --sort``."""

    def start(self) -> None:
        self.lines: list[tuple] = []

    def file(self, report: Report) -> None:
        for f in report.findings:
            rule = f.ident or f.code
            self.lines.append((report.path, f.line, f.column, rule, f.message))

    def finish(self, summary: dict) -> None:
        for path, line, col, rule, message in sorted(self.lines):
            self.stream.write(f"{path}:{line}:{col}:{rule}:{message}\n")
