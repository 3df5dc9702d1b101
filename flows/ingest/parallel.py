"""Parsing the run's inputs: in this process for small batches, across this machine's cores
(a process pool) for large ones, or on a Dask cluster when ``dask_address`` is set."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import warehouse
from flows.ingest.documents import InputItem, ParseResult, load_models
from flows.ingest.staging import chunks, parse_chunk
from flows.settings import Settings

PARALLEL_THRESHOLD = 64  # below this many inputs, parsing in-process beats starting workers
CHUNK_MAX = 256  # inputs per parse chunk (one set of Parquet files each)


def _init_parse_worker(parent: int) -> None:
    """In a forked parse worker: exit when the run's process (pid ``parent``) dies, also when it
    died while this worker was starting (a pool worker would otherwise wait for work forever),
    and stop shipping logs to the Prefect API."""
    warehouse.WorkerWatch(parent).start()
    _detach_api_logging()


def _new_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` forked parse workers, each told this process's pid (``_init_parse_worker``)."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_parse_worker, initargs=(os.getpid(),))


def _detach_api_logging() -> None:
    """In a forked parse worker: drop the handlers that ship log records to the Prefect API.

    They belong to the flow process (their background thread was not forked); a record sent to
    them from a worker would never be delivered and fails at the worker's exit."""
    import logging

    for logger in [logging.getLogger(), *map(logging.getLogger, list(logging.root.manager.loggerDict))]:
        for handler in list(getattr(logger, "handlers", [])):
            if type(handler).__name__ == "APILogHandler":
                logger.removeHandler(handler)


class _RunPool:
    """The parse workers of one run (``parse_pool``), created by its first parallel batch."""

    def __init__(self) -> None:
        self.pool: ProcessPoolExecutor | None = None
        self.workers = 0

    def executor(self, workers: int) -> ProcessPoolExecutor:
        if self.pool is None or self.workers != workers:
            self.close()
            # The objects of this process so far are kept out of its garbage collector's passes
            # while the workers live: a pass writes to every object it visits, and each page it
            # writes to would stop being shared with the workers (as much memory again for each,
            # over a run's batches). The workers inherit them frozen too.
            gc.collect()
            gc.freeze()
            self.pool = _new_pool(workers)
            self.workers = workers
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
            gc.unfreeze()


_run_pool: _RunPool | None = None


@contextmanager
def parse_pool() -> Iterator[None]:
    """Within this block, ``parse_articles`` keeps its worker processes from one batch to the
    next instead of starting new ones per batch: a worker's word caches, filled by one batch,
    serve the next (a fresh worker parses its first thousand generated articles about 20% slower,
    and news with a wider vocabulary more). The workers are shut down on leaving the block, and
    at once when a batch fails; they exit by themselves if this process dies. Nested blocks use
    the outermost block's workers."""
    global _run_pool
    if _run_pool is not None:
        yield
        return
    _run_pool = held = _RunPool()
    try:
        yield
    finally:
        _run_pool = None
        held.close()


@task(cache_policy=NO_CACHE)
def parse_articles(items: list[InputItem], settings: Settings, stage_dir: Path) -> list[ParseResult]:
    """Decode, clean and analyse every input, in parallel across cores for large batches, or on
    a Dask cluster when ``dask_address`` is set.

    Each chunk writes its articles, sentences, tokens, facts, people and bands to Parquet in
    ``stage_dir``; only the light per-article results come back to this process.
    """
    stage_dir.mkdir(parents=True, exist_ok=True)
    if settings.dask_address:
        from flows.distributed import parse_on_dask

        return parse_on_dask(items, settings, stage_dir)
    workers = settings.workers or os.cpu_count() or 1
    if len(items) < PARALLEL_THRESHOLD or workers == 1:
        size = max(len(items), 1)
        return [
            r
            for i, c in enumerate(chunks(items, size))
            for r in parse_chunk(c, settings.max_file_bytes, str(stage_dir), i).results
        ]
    size = max(16, min(CHUNK_MAX, len(items) // (workers * 4) or 1))
    results: list[ParseResult] = []
    load_models()  # once here, inherited by the forked workers rather than loaded by each
    held = _run_pool
    pool = held.executor(workers) if held is not None else _new_pool(workers)  # else one for this batch alone
    try:
        futures = [
            pool.submit(parse_chunk, c, settings.max_file_bytes, str(stage_dir), i)
            for i, c in enumerate(chunks(items, size))
        ]
        done = as_completed(futures)
        if sys.stderr.isatty():
            from rich.progress import Progress

            with Progress(transient=True) as progress:  # long ingests show how far they are
                bar = progress.add_task(f"parsing {len(items)} inputs", total=len(items))
                for f in done:
                    progress.advance(bar, len(f.result().results))
        else:
            for f in done:
                f.result()
        for f in futures:  # batch order: the first input that holds an article wins it
            results.extend(f.result().results)
    except BaseException:
        if held is not None:  # a failed batch may have left a broken pool: none for the next
            held.close()
        raise
    finally:
        if held is None:
            pool.shutdown(wait=True)
    return results
