"""The ``audit`` command line: parses options, calls the library, picks a formatter."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import AuditError, ExitCode

FORMATS = (
    "text", "concise", "json", "json-lines", "sarif", "github", "junit", "markdown", "vale-line",
    "html",
)  # fmt: skip


def _split(values: tuple[str, ...]) -> list[str] | None:
    out = [v.strip() for raw in values for v in raw.split(",") if v.strip()]
    return out or None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="audit")
def cli() -> None:
    """Audit articles for spun repetition, promo insertions, unsourced claims and more."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None, help="Output format.")
@click.option("--select", multiple=True, help="Only these codes, prefixes, names or categories.")
@click.option("--ignore", multiple=True, help="Skip these codes, prefixes, names or categories.")
@click.option(
    "--fail-under", type=click.FloatRange(0, 100), default=None, help="Fail below this score."
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Fail when a finding has this severity or worse.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when the gate fails.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Config file.")
@click.option("--quiet", "-q", is_flag=True, help="Only findings of warning or worse.")
@click.option("--stdin-filename", default=None, help="Name (and type) of the text read from '-'.")
@click.option("--exclude", multiple=True, help="Glob of files or folders to skip.")
@click.option("--max-size", type=click.IntRange(1), default=None, help="Largest file in bytes.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None, help="Worker processes.")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache.")
@click.option("--target-grade", type=float, default=None, help="Reading grade the text aims at.")
@click.option("--rules-path", multiple=True, help="Extra folder of rules and lexicons.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files (atomically).")
@click.option("--diff", is_flag=True, help="Show the fixes as a diff; write nothing.")
@click.option(
    "--unsafe-fixes", is_flag=True, help="Also remove restated sections and off-topic lines."
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    help="Report only findings not in this file (created when missing).",
)
@click.option("--update-baseline", is_flag=True, help="Rewrite the baseline with today's findings.")
@click.option(
    "--vale-config",
    type=click.Path(dir_okay=False),
    help="Run exactly the rules a .vale.ini enables.",
)
def check(paths, fmt, select, ignore, fail_under, fail_on, exit_zero, config_file, quiet,
          stdin_filename, exclude, max_size, jobs, no_cache, target_grade, rules_path,
          output, fix, diff, unsafe_fixes, baseline, update_baseline, vale_config) -> None:  # fmt: skip
    """Audit PATHS (files, folders or '-' for stdin) and print a scored report."""
    from .config import resolve
    from .formatters import get_formatter
    from .gate import Tally
    from .model import Severity
    from .runner import run

    first = next((p for p in paths if p != "-"), None)
    overrides = {
        "select": _split(select),
        "ignore": _split(ignore),
        "fail_under": fail_under,
        "format": fmt,
        "exclude": _split(exclude),
        "max_size": max_size,
        "jobs": jobs,
        "cache": False if no_cache else None,
        "target_grade": target_grade,
        "rules_path": list(rules_path) or None,
    }
    if fail_on and fail_on != "never":
        overrides["fail_on"] = Severity.parse(fail_on)
    config = resolve(config_file, first, overrides)
    if fail_on == "never":
        config.fail_on = None
    stdin_text = None
    if "-" in paths:
        data = sys.stdin.buffer.read()
        from .reading import decode

        stdin_name = stdin_filename or "<stdin>"
        try:
            stdin_text = decode(data, stdin_name)
        except AuditError as exc:
            click.echo(f"audit: error: {exc}", err=True)
            stdin_text = ""
    if vale_config:
        sys.exit(int(_vale(list(paths), config, vale_config, output)))
    if fix or diff:
        sys.exit(int(_fix(list(paths), config, unsafe_fixes, write=fix and not diff)))
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    color = False if os.environ.get("NO_COLOR") or output else None
    formatter = get_formatter(config.format)(stream, quiet=quiet, color=color)
    tally = Tally(config, exit_zero=exit_zero)
    known = None
    recorded: list = []
    if baseline and Path(baseline).exists() and not update_baseline:
        from .baseline import load

        known = load(baseline)
    formatter.start()
    reports = run(
        list(paths), config, stdin_text=stdin_text, stdin_name=stdin_filename or "<stdin>"
    )
    progress = _progress(paths, config)
    if progress is not None:
        reports = progress(reports)
    try:
        for report in reports:
            if baseline and known is None:
                recorded.append(report)
            elif known is not None:
                from .baseline import filter_new
                from .scoring import score_report

                filter_new(report, known)
                if not report.error:
                    score_report(report)
            if report.error:
                click.echo(f"audit: error: {report.error}", err=True)
            for msg in report.internal_errors:
                click.echo(f"audit: internal error: {msg}", err=True)
            tally.add(report)
            formatter.file(report)
        formatter.finish(tally.summary())
    finally:
        if output:
            stream.close()
    if baseline and known is None:
        from .baseline import save

        save(baseline, recorded)
        click.echo(f"audit: baseline of {tally.findings} findings written to {baseline}", err=True)
        sys.exit(0 if not tally.failed else 2)
    sys.exit(int(tally.exit_code()))


def _vale(paths: list[str], config, vale_config: str, output: str | None):
    """--vale-config: run only the rules a Vale config enables, on the files it covers."""
    import os as _os

    from .engine import Auditor
    from .formatters import get_formatter
    from .gate import Tally
    from .packs.vale_config import parse, rules_for
    from .reading import expand_paths

    cfg = parse(vale_config)
    warned: set[str] = set()

    def warn(msg: str) -> None:
        if msg not in warned:
            warned.add(msg)
            click.echo(f"audit: warning: {msg}", err=True)

    everything = ("*",)
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    fmt = config.format if config.format != "text" else "vale-line"
    formatter = get_formatter(fmt)(stream)
    tally = Tally(config)
    auditors: dict[tuple, Auditor] = {}
    formatter.start()
    for path, error in expand_paths(paths, everything, tuple(config.exclude)):
        rel = _os.path.relpath(path) if not error else path
        if error:
            click.echo(f"audit: error: {error}", err=True)
            tally.failed += 1
            continue
        checks = rules_for(cfg, rel, warn)
        if not checks or not any(
            __import__("audit.packs.vale_config", fromlist=["x"]).section_matches(g, rel)
            for g, _ in cfg.sections
        ):
            continue
        key = tuple(c.vale_name for c in checks)
        auditor = auditors.get(key)
        if auditor is None:
            auditor = auditors[key] = Auditor(config, checks=checks, language_check=False)
        report = auditor.audit_file(path)
        report.path = rel
        if report.error and "nothing to audit" in report.error:
            continue
        for note in report.notices:
            click.echo(f"audit: warning: {note}", err=True)
        if report.error:
            click.echo(f"audit: error: {report.error}", err=True)
        tally.add(report)
        formatter.file(report)
    formatter.finish(tally.summary())
    if output:
        stream.close()
    return tally.exit_code()


def _progress(paths, config):
    """A rich progress bar on a terminal's stderr when auditing many files (else None)."""
    if not sys.stderr.isatty():
        return None
    from .runner import plan

    total = sum(1 for _ in plan(list(paths), config))
    if total < 20:
        return None

    def wrap(reports):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task("auditing", total=total)
            for report in reports:
                bar.advance(task)
                yield report

    return wrap


def _fix(paths: list[str], config, unsafe: bool, write: bool):
    """--fix / --diff: edit files (or print diffs), then report what remains."""
    from .engine import Auditor
    from .errors import ExitCode
    from .fixing import fix_path
    from .formatters import get_formatter
    from .gate import Tally
    from .runner import plan

    auditor = Auditor(config)
    tally = Tally(config)
    formatter = get_formatter(config.format)(sys.stdout)
    changed = 0
    if not write:
        formatter = None
    else:
        formatter.start()
    for path, error in plan(paths, config):
        if path == "-":
            click.echo("audit: notice: stdin is never fixed; pass a file", err=True)
            continue
        if error:
            click.echo(f"audit: error: {error}", err=True)
            tally.failed += 1
            continue
        result, report = fix_path(auditor, path, unsafe=unsafe, write=write)
        for note in report.notices:
            click.echo(f"audit: notice: {note}", err=True)
        if report.error:
            click.echo(f"audit: error: {report.error}", err=True)
        if result is not None and result.changed:
            changed += 1
            if write:
                click.echo(f"audit: fixed {result.applied} problems in {path}", err=True)
            else:
                sys.stdout.write(result.diff())
        tally.add(report)
        if formatter:
            formatter.file(report)
    if formatter:
        formatter.finish(tally.summary())
    if not write:
        return ExitCode.GATE_FAILED if changed else ExitCode.OK
    return tally.exit_code()


@cli.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False),
    help="File listing article paths, one per line.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    help="Where the per-article work runs.",
)
@click.option("--scheduler", help="Dask scheduler address for --engine dask (tcp://host:8786).")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None, help="Local worker processes.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "json-lines", "csv"]), default="text"
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report here.")
@click.option("--min-boilerplate", type=click.IntRange(2), default=None,
              help="Articles a line must appear in to count as site-wide boilerplate.")  # fmt: skip
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Config file.")
def corpus(
    paths, manifest, engine, scheduler, jobs, fmt, output, min_boilerplate, config_file
) -> None:
    """Audit an archive: every article, plus cross-article duplicates and site-wide boilerplate."""
    import glob

    from .config import resolve
    from .corpus.analysis import analyse
    from .corpus.engines import run as run_engine
    from .corpus.output import write
    from .runner import plan

    inputs = []
    for p in paths:
        # Shell-style globs, as given on the command line (e.g. "site/**/*.md").
        inputs.extend(sorted(glob.glob(p, recursive=True)) if any(c in p for c in "*?[") else [p])  # noqa: PTH207
    if manifest:
        base = Path(manifest).parent
        for line in Path(manifest).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                inputs.append(str(base / line.strip()))
    if not inputs:
        raise click.UsageError("give folders, globs or --manifest")
    config = resolve(config_file, inputs[0], {"jobs": jobs})
    files, errors = [], []
    for path, error in plan(inputs, config):
        (errors if error else files).append(error or path)
    for err in errors:
        click.echo(f"audit: error: {err}", err=True)
    result = analyse(run_engine(files, config, engine, scheduler, jobs), config, min_boilerplate)
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        write(result, fmt, stream)
    finally:
        if output:
            stream.close()
        Path(result.reports_path).unlink(missing_ok=True)
    sys.exit(2 if errors or result.failed else 0)


@cli.command("rules")
def rules_cmd() -> None:
    """List every rule with its code, category and default severity."""
    from .registry import all_checks as load_checks

    for cls in load_checks():
        click.echo(
            f"{cls.code}  {cls.name:<28} {cls.category:<12} {cls.severity!s:<8} {cls.summary}"
        )


@cli.command()
@click.argument("code")
def explain(code: str) -> None:
    """Explain a rule (by code or name) with its examples."""
    from .explain import explain_text
    from .registry import all_checks as load_checks

    for cls in load_checks():
        if code.upper() == cls.code or code.lower() == cls.name:
            click.echo(explain_text(cls))
            return
    raise click.UsageError(f"unknown rule '{code}'; see 'audit rules'")


def main() -> None:
    """Console entry point: maps user errors to exit 2 and crashes to exit 3."""
    debug = "--debug" in sys.argv or os.environ.get("AUDIT_DEBUG")
    if "--debug" in sys.argv:
        sys.argv.remove("--debug")
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("audit: interrupted", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(ExitCode.USAGE)
    except AuditError as exc:
        click.echo(f"audit: error: {exc}", err=True)
        sys.exit(ExitCode.USAGE)
    except KeyboardInterrupt:
        click.echo("audit: interrupted", err=True)
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        sys.exit(ExitCode.OK)
    except Exception as exc:
        if debug:
            raise
        click.echo(
            f"audit: internal error: {type(exc).__name__}: {exc} (re-run with --debug for a "
            "traceback)",
            err=True,
        )
        sys.exit(ExitCode.INTERNAL)
    sys.exit(ExitCode.OK)
