"""``parse_pool``: the batches of one run are parsed by the same worker processes, which stop on
leaving the block or when a batch fails; outside a block each batch has workers of its own."""

from __future__ import annotations

import gc
import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from flows.ingest import parallel
from flows.ingest.documents import InputItem
from flows.settings import Settings

TEXT = "Беларусь и Китай подписали соглашение. Министр Сергей Алейник встретился с послом Китая."


def _items(n: int, tag: str) -> list[InputItem]:
    """``n`` inputs (at least ``PARALLEL_THRESHOLD``: parsed by a pool), each its own article."""
    return [
        InputItem(f"{tag}-{i}.txt", "txt", content=f"Новость {tag} {i}\n\n{TEXT} Номер {i}.\n".encode())
        for i in range(n)
    ]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return not Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")


def _gone(pids: set[int], seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.05)
    return False


def test_the_batches_of_a_block_share_their_workers(tmp_path: Path) -> None:
    settings = Settings(workers=2)
    n = parallel.PARALLEL_THRESHOLD
    with parallel.parse_pool():
        first = parallel.parse_articles.fn(_items(n, "a"), settings, tmp_path / "a")
        held = parallel._run_pool
        assert held is not None and held.pool is not None
        pids = set(held.pool._processes)
        assert len(pids) == 2
        assert gc.get_freeze_count() > 0  # this process's objects out of the collector's passes
        second = parallel.parse_articles.fn(_items(n, "b"), settings, tmp_path / "b")
        assert parallel._run_pool is held and set(held.pool._processes) == pids
        with parallel.parse_pool():  # a nested block: the same workers
            parallel.parse_articles.fn(_items(n, "c"), settings, tmp_path / "c")
            assert set(held.pool._processes) == pids
    assert parallel._run_pool is None and held.pool is None and gc.get_freeze_count() == 0
    assert _gone(pids), "the workers stop when the block ends"
    assert [len(r.articles) for r in first] == [1] * n and [len(r.articles) for r in second] == [1] * n
    assert [r.articles[0].source_uri for r in second] == [f"b-{i}.txt" for i in range(n)]
    assert len(list((tmp_path / "b").glob("tokens-*.parquet"))) >= 2


def test_without_a_block_each_batch_has_its_own_workers(tmp_path: Path) -> None:
    got = parallel.parse_articles.fn(_items(parallel.PARALLEL_THRESHOLD, "d"), Settings(workers=2), tmp_path)
    assert parallel._run_pool is None
    assert sum(len(r.articles) for r in got) == parallel.PARALLEL_THRESHOLD


def test_a_failed_batch_stops_the_workers(tmp_path: Path) -> None:
    settings = Settings(workers=2)
    n = parallel.PARALLEL_THRESHOLD
    with parallel.parse_pool():
        parallel.parse_articles.fn(_items(n, "e"), settings, tmp_path / "e")
        held = parallel._run_pool
        assert held is not None and held.pool is not None
        pids = set(held.pool._processes)
        os.kill(next(iter(pids)), signal.SIGKILL)  # a worker killed between batches (out of memory)
        with pytest.raises(BrokenProcessPool):
            parallel.parse_articles.fn(_items(n, "f"), settings, tmp_path / "f")
        assert held.pool is None and _gone(pids)
        # the next batch of the block starts new workers
        again = parallel.parse_articles.fn(_items(n, "g"), settings, tmp_path / "g")
        assert held.pool is not None and not set(held.pool._processes) & pids
    assert sum(len(r.articles) for r in again) == n
