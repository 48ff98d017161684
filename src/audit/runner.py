"""Audit many inputs, in parallel worker processes when asked, streaming reports in order."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

from .config import Config
from .engine import Auditor
from .model import Report
from .reading import expand_paths

_WORKER: Auditor | None = None
# A batch allocates millions of short-lived tokens. Collecting less often, and never
# rescanning what start-up loaded (gc.freeze), roughly halves tokenization time.
BATCH_GC_THRESHOLD = (50_000, 20, 100)


def _init_worker(config: Config, auditor: Auditor | None = None) -> None:
    global _WORKER
    import signal

    # The parent handles Ctrl-C; workers just stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's auditor (checks and packs already loaded).
    _WORKER = auditor or Auditor(config, collect=config.format == "html")
    gc.freeze()
    gc.set_threshold(*BATCH_GC_THRESHOLD)


def _audit_one(path: str) -> Report:
    assert _WORKER is not None
    report = _WORKER.audit_file(path)
    _WORKER.release()
    return report


def plan(paths: list[str], config: Config) -> list[tuple[str, str | None]]:
    """The files a run will audit, with an error for each input that does not exist."""
    return expand_paths(paths, tuple(config.include), tuple(config.exclude))


def run(
    paths: list[str],
    config: Config,
    *,
    stdin_text: str | None = None,
    stdin_name: str = "<stdin>",
    jobs: int | None = None,
    auditor: Auditor | None = None,
) -> Iterator[Report]:
    """Yield one Report per input file, in input order."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(*BATCH_GC_THRESHOLD)
    try:
        yield from _run(paths, config, stdin_text, stdin_name, jobs, auditor)
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _run(paths, config, stdin_text, stdin_name, jobs, auditor) -> Iterator[Report]:
    items = plan(paths, config)
    collect = config.format == "html"
    auditor = auditor or Auditor(config, collect=collect)
    todo = [p for p, err in items if err is None and p != "-"]
    jobs = jobs if jobs is not None else (config.jobs or os.cpu_count() or 1)
    jobs = max(1, min(jobs, len(todo)))
    from .cache import Cache

    # HTML needs each article's text, which cached reports do not keep.
    cache = Cache(config) if config.cache and not collect else None
    results: Iterator[Report] | None = None
    pending = []
    if jobs > 1 and len(todo) > 1:
        import multiprocessing as mp

        # fork shares the already-imported pipeline with the workers; elsewhere, spawn.
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        ctx = mp.get_context(method)
        shared = auditor if method == "fork" else None
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(config, shared))
        pending = [p for p in todo if not (cache and cache.get(p))]
        # imap reads its input lazily from a feeder thread: give it its own copy.
        results = pool.imap(_audit_one, tuple(pending), chunksize=16)
    else:
        pool = None
    try:
        for path, error in items:
            if error:
                report = Report(path=path)
                report.error = error
                yield report
                continue
            if path == "-":
                yield auditor.audit_file(stdin_name, text=stdin_text or "")
                continue
            cached = cache.get(path) if cache else None
            if cached is not None:
                yield cached
                continue
            if results is not None and pending and pending[0] == path:
                pending.pop(0)
                report = next(results)
            else:
                report = auditor.audit_file(path)
                auditor.release()
            if cache:
                cache.put(path, report)
            yield report
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
