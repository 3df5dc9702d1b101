"""The one way inputs are cut into parse chunks (flows/ingest/staging.py ``chunks``): by count
for the local process pool, by count and bytes for a Dask cluster."""

from __future__ import annotations

import random

import pytest

from flows.ingest.documents import InputItem
from flows.ingest.staging import chunks
from flows.settings import PROJECT_ROOT


def items(*sizes: int | None) -> list[InputItem]:
    return [InputItem(source_uri=f"{i}.txt", kind="txt", size_bytes=s) for i, s in enumerate(sizes)]


def positions(cut) -> list[list[int]]:
    return [[idx for idx, _ in chunk] for chunk in cut]


def test_by_count_the_chunks_keep_the_batch_order_and_positions():
    batch = items(*[1] * 7)
    cut = list(chunks(batch, 3))
    assert positions(cut) == [[0, 1, 2], [3, 4, 5], [6]]
    assert [item for chunk in cut for _, item in chunk] == batch
    assert positions(chunks(batch, 100)) == [list(range(7))]
    assert list(chunks([], 3)) == []


def test_a_chunk_ends_when_its_bytes_reach_the_bound():
    assert positions(chunks(items(5, 5, 5, 20, 1, 1), 64, max_bytes=10)) == [[0, 1], [2, 3], [4, 5]]
    assert positions(chunks(items(30, 1, 1), 64, max_bytes=10)) == [[0], [1, 2]]  # a large input alone
    assert positions(chunks(items(None, None, 9, 1), 64, max_bytes=10)) == [[0, 1, 2, 3]]  # unknown size: 0
    assert positions(chunks(items(1, 1, 1, 1, 1), 2, max_bytes=10)) == [[0, 1], [2, 3], [4]]  # count first


@pytest.mark.parametrize("seed", range(5))
def test_every_chunk_but_the_last_is_full_by_count_or_bytes(seed):
    rng = random.Random(seed)
    sizes = [rng.choice([None, 0, 1, 500, 4_000, 9_000]) for _ in range(rng.randrange(1, 300))]
    batch = items(*sizes)
    size, max_bytes = rng.randrange(1, 20), rng.randrange(1, 20_000)
    cut = list(chunks(batch, size, max_bytes))
    assert [idx for chunk in cut for idx, _ in chunk] == list(range(len(batch)))
    for chunk in cut:
        weights = [item.size_bytes or 0 for _, item in chunk]
        assert len(chunk) <= size and sum(weights[:-1]) < max_bytes  # ended no later than needed
    for chunk in cut[:-1]:
        assert len(chunk) == size or sum(item.size_bytes or 0 for _, item in chunk) >= max_bytes


@pytest.mark.parametrize("size, max_bytes", [(0, None), (-1, None), (3, 0)])
def test_a_bound_below_one_is_refused(size, max_bytes):
    with pytest.raises(ValueError, match="size >= 1 and max_bytes >= 1"):
        list(chunks(items(1, 2), size, max_bytes))


def test_the_process_pool_and_dask_share_the_chunker():
    for path in ("flows/distributed.py", "flows/ingest/parallel.py"):
        text = (PROJECT_ROOT / path).read_text(encoding="utf-8")
        assert "chunks(items" in text and "def _chunks" not in text and "def chunks" not in text, path
