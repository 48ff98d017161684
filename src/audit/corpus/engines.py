"""Run the per-article stage on local processes or on a Dask cluster; same results either way."""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..config import Config
from ..errors import ConfigError
from .articles import ArticleResult, analyse_article

_CONFIG: Config | None = None


def _init(config: Config) -> None:
    global _CONFIG
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _CONFIG = config


def _one(path: str) -> ArticleResult:
    assert _CONFIG is not None
    return analyse_article(path, _CONFIG)


def run_local(paths: list[str], config: Config, jobs: int) -> Iterator[ArticleResult]:
    """Results in input order from ``jobs`` worker processes (or this process)."""
    if jobs <= 1 or len(paths) < 2:
        for p in paths:
            yield analyse_article(p, config)
        return
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with mp.get_context(method).Pool(jobs, initializer=_init, initargs=(config,)) as pool:
        yield from pool.imap(_one, paths, chunksize=8)


def run_dask(
    paths: list[str], config: Config, scheduler: str, batch: int = 512
) -> Iterator[ArticleResult]:
    """Results in input order from an existing Dask cluster at ``scheduler``.

    Work is submitted in batches so the client never holds more than ``batch`` results.
    """
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError("--engine dask needs Dask: pip install 'article-audit[dask]'") from None
    try:
        client = Client(scheduler, timeout="10s")
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        for start in range(0, len(paths), batch):
            chunk = paths[start : start + batch]
            futures = client.map(analyse_article, chunk, config=config, pure=False)
            yield from client.gather(futures)
    finally:
        client.close()


def run(paths: list[str], config: Config, engine: str = "local", scheduler: str | None = None,
        jobs: int | None = None) -> Iterator[ArticleResult]:  # fmt: skip
    """Dispatch to an engine."""
    if engine == "local":
        return run_local(paths, config, jobs or config.jobs or os.cpu_count() or 1)
    if engine == "dask":
        if not scheduler:
            raise ConfigError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
        return run_dask(paths, config, scheduler)
    raise ConfigError(f"unknown engine '{engine}' (use local or dask)")
