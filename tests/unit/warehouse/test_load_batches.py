"""A run parses and loads its inputs in batches: how they are cut, what a loaded batch leaves
for the rest of the run, and how the batches' counts add up."""

from __future__ import annotations

import pytest

from flows.ingest.documents import InputItem, ParsedArticle, ParseResult
from flows.ingest.load import LoadBatch, LoadStats
from flows.pipeline import input_batches, recorded_only
from flows.settings import load_settings


def _items(n: int) -> list[InputItem]:
    return [InputItem(f"/inbox/{i}.txt", "txt", path=f"/inbox/{i}.txt") for i in range(n)]


@pytest.mark.parametrize(
    ("n", "size", "lengths"), [(10, 3, [3, 3, 3, 1]), (9, 3, [3, 3, 3]), (3, 3, [3]), (2, 5, [2])]
)
def test_input_batches_are_consecutive_and_cover_every_input_once(n, size, lengths):
    items = _items(n)
    batches = input_batches(items, size)
    assert [len(b) for b in batches] == lengths
    assert [i for b in batches for i in b] == items


def test_size_0_and_no_inputs_make_one_batch():
    items = _items(7)
    assert input_batches(items, 0) == [items]
    assert input_batches([], 5) == [[]]


def test_a_loaded_batch_leaves_its_inputs_and_their_deferral_only():
    items = _items(3)
    art = ParsedArticle("a1", "/inbox/1.txt", "", "", 0, 1, "t", None, None, None, "ru", None)
    parsed = [
        ParseResult(InputItem("/inbox/1.txt", "txt"), content_hash="h", articles=[art], item_idx=1),
        ParseResult(InputItem("/inbox/0.txt", "txt"), deferred="changed while read", item_idx=0),
    ]
    left = recorded_only(parsed, items)
    assert [r.item for r in left] == [items[1], items[0]]  # the batch's own items, not copies
    assert left[0].item is items[1]
    assert [r.deferred for r in left] == [None, "changed while read"]
    assert all(not r.articles for r in left)


def test_batch_counts_add_up_and_keep_the_load_number():
    first = LoadStats(files_new=2, articles_new=3, facts_new=5, load_seq=4, rejected=[("a", "empty")])
    later = LoadStats(
        files_new=1, files_duplicate=1, articles_new=1, facts_new=2, load_seq=4, deferred=[("b", "x")]
    )
    total = first.add(later)
    assert total is first
    assert (total.files_new, total.files_duplicate, total.articles_new, total.facts_new) == (3, 1, 4, 7)
    assert total.load_seq == 4
    assert total.rejected == [("a", "empty")] and total.deferred == [("b", "x")]
    with pytest.raises(ValueError, match="load_seq"):
        first.add(LoadStats(load_seq=5))


def test_load_batch_is_a_setting_0_or_more(monkeypatch):
    assert load_settings({}).load_batch == 5000
    monkeypatch.setenv("DYAD_LOAD_BATCH", "200")
    assert load_settings({}).load_batch == 200
    monkeypatch.setenv("DYAD_LOAD_BATCH", "-1")
    with pytest.raises(Exception, match="DYAD_LOAD_BATCH: input should be greater than or equal to 0"):
        load_settings({})


def test_a_lake_loads_in_one_batch(tmp_path):
    from flows.warehouses.ducklake import DuckLake

    settings = load_settings({"warehouse": str(tmp_path / "w.duckdb"), "warehouse_mode": "ducklake"})
    lake = DuckLake(settings)
    assert lake.batch_inputs == 0
    with pytest.raises(ValueError, match="one batch"):
        lake.load([], tmp_path, None, "r1", LoadBatch(earlier=LoadStats()))
