"""Parsing and fetching on a Dask cluster, through Prefect's DaskTaskRunner (prefect-dask).

With ``dask_address`` set, the parse stage submits chunks of inputs as Prefect tasks to a
DaskTaskRunner instead of this machine's process pool, and URLs are fetched by tasks on the
cluster too. ``local:N`` starts a LocalCluster of N worker processes on this machine (for trying
it out and for tests); ``tcp://host:8786`` uses a running scheduler (``dask scheduler`` and
``dask worker tcp://host:8786`` on each machine, from a checkout of this project's .venv).

Workers need no access to the inbox folders nor to this machine's disk: the submitting machine
reads each file and ships its bytes with the task; the worker parses the chunk exactly as a
local worker does (``flows.ingest.staging.parse_chunk``, into a temporary folder of its own) and
sends back the light results with the chunk's Parquet files as bytes, which are written into
this run's stage folder. The rows loaded are the same as with local parsing, in the same order.
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows.ingest import staging
from flows.ingest.documents import InputItem, ParseResult, Unsettled, read_stable
from flows.settings import Settings

CHUNK_BYTES = 8_000_000  # per parse task: big enough to amortise a task, small enough to spread
CHUNK_ITEMS = 64


def task_runner(address: str):
    """A DaskTaskRunner for ``local``/``local:N`` (a LocalCluster here) or a scheduler address."""
    from prefect_dask import DaskTaskRunner

    address = address.strip()
    if address == "local" or address.startswith("local:"):
        workers = int(address.partition(":")[2] or 2)
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={
                "n_workers": workers,
                "threads_per_worker": 1,
                "processes": True,
                "dashboard_address": ":0",  # any free port
            },
        )
    return DaskTaskRunner(address=address)


@contextmanager
def running(address: str) -> Iterator[Any]:
    with task_runner(address) as runner:
        yield runner


@task(cache_policy=NO_CACHE)
def parse_chunk(
    chunk: list[tuple[int, InputItem]], max_bytes: int, chunk_id: int
) -> tuple[list[ParseResult], dict[str, bytes]]:
    """Parse a chunk of inputs on a Dask worker: (light results, Parquet files by name)."""
    with tempfile.TemporaryDirectory(prefix="dyad-stage-") as tmp:
        staged = staging.parse_chunk(chunk, max_bytes, tmp, chunk_id)
        files = {p.name: p.read_bytes() for p in Path(tmp).glob("*.parquet")}
    return staged.results, files


def _with_content(item: InputItem) -> InputItem:
    """The item with its bytes read here, so a worker elsewhere can parse it. Raises Unsettled
    for a file that changes while it is read (flows.ingest.documents.read_stable)."""
    if item.content is not None or not item.path:
        return item
    try:
        data = read_stable(item)
    except OSError:
        return item  # the worker reports the same error as a local parse would
    return dataclasses.replace(item, content=data)


def parse_on_dask(items: list[InputItem], settings: Settings, stage_dir: Path) -> list[ParseResult]:
    """Parse every item on the cluster; the Parquet files land in ``stage_dir``; results in the
    order of ``items``."""
    if not items:
        return []
    results: list[ParseResult] = []
    with running(settings.dask_address) as runner:
        futures = []
        waiting: dict[int, ParseResult] = {}  # still being written: left for the next run
        for chunk_id, chunk in enumerate(staging.chunks(items, CHUNK_ITEMS, CHUNK_BYTES)):
            shipped, originals = [], []
            for idx, i in chunk:
                try:
                    shipped.append((idx, _with_content(i)))
                except Unsettled as exc:
                    waiting[idx] = ParseResult(i, deferred=exc.reason, item_idx=idx)
                    continue
                originals.append(i)
            if not shipped:
                continue
            params = {"chunk": shipped, "max_bytes": settings.max_file_bytes, "chunk_id": chunk_id}
            futures.append((originals, runner.submit(parse_chunk, params)))
        for originals, future in futures:
            parsed, files = future.result()
            for name, data in files.items():
                (stage_dir / name).write_bytes(data)
            for original, res in zip(originals, parsed, strict=True):
                res.item = original  # drop the shipped bytes; keep path, size and mtime
                results.append(res)
    return sorted([*results, *waiting.values()], key=lambda r: r.item_idx)


def fetch_all(
    fetch_task: Any, urls: list[str], settings: Settings, run_deadline: float | None = None
) -> list[tuple[str, Any]]:
    """Fetch every URL: (url, response or the exception) in order. On the Dask cluster when
    ``dask_address`` is set, else one after another here (as before).

    ``run_deadline`` (seconds since the epoch) is passed to every fetch; here, a URL whose turn
    comes after it is not started (its exception says it was deferred)."""
    if not settings.dask_address or not urls:
        from flows.ingest.fetch import run_time_used_up

        out: list[tuple[str, Any]] = []
        for url in urls:
            if run_deadline is not None and time.time() >= run_deadline:
                out.append((url, run_time_used_up(settings.fetch_run_timeout)))
                continue
            try:
                out.append((url, fetch_task(url, settings, run_deadline)))
            except Exception as exc:
                out.append((url, exc))
        return out
    with running(settings.dask_address) as runner:
        futures = [
            (url, runner.submit(fetch_task, {"url": url, "settings": settings, "run_deadline": run_deadline}))
            for url in urls
        ]
        out = []
        for url, future in futures:
            try:
                out.append((url, future.result()))
            except Exception as exc:
                out.append((url, exc))
        return out
