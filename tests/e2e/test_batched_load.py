"""A run that parses and loads its inputs in batches (``load_batch``) publishes what a run that
loads them at once publishes: the same raw rows (one load number for the run), the same manifest
decisions (an article repeated in a later batch is a duplicate of the first input, across the
batch boundary as inside a batch; rejected inputs recorded once), the same marts and summary."""

from __future__ import annotations

import json
import time
from pathlib import Path

import duckdb
import pytest

from flows.ingest.inbox import RACY_SECONDS
from flows.runs import RunSummary
from tests.conftest import SEEDS, run_pipeline
from tests.tables import differences, table_names

pytestmark = pytest.mark.slow


def _inbox(root: Path, n: int, start: int = 0) -> Path:
    """Seeds, ``n`` variants of one, a copy of a seed and of a variant under later names (found
    after them, in another batch), an empty file (rejected) and a JSON Lines file whose second
    line repeats an article of a file."""
    inbox = root / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    base = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    seeds = sorted(SEEDS.glob("*.txt"))
    for f in seeds:
        (inbox / f"a_{f.name}").write_bytes(f.read_bytes())
    for i in range(start, start + n):
        text = base.replace("30 межрегиональных соглашений", f"{31 + i} межрегиональных соглашений")
        (inbox / f"b_{i:03d}.txt").write_text(text.replace("Сегодня", f"В {i + 1}-й раз"), encoding="utf-8")
    (inbox / f"z_copy_{start}.txt").write_bytes(seeds[0].read_bytes())
    (inbox / f"z_copy_variant_{start}.txt").write_bytes((inbox / f"b_{start:03d}.txt").read_bytes())
    (inbox / f"c_empty_{start}.txt").write_bytes(b"")
    lines = [{"title": f"Лента {start}", "text": base.replace("Сегодня", f"Вчера ({start})")}]
    lines.append({"title": "Повтор", "text": (inbox / f"b_{start:03d}.txt").read_text(encoding="utf-8")})
    (inbox / f"d_feed_{start}.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8"
    )
    time.sleep(RACY_SECONDS + 0.1)  # both runs list the folder as settled (else the first relists it)
    return inbox


def _run(inbox: Path, wh: Path, batch: int):
    return run_pipeline(inbox, wh, settings_overrides={"load_batch": batch, "settle_seconds": 0})


# the run's counts; not its id, times, stages or where it built
SUMMARY = [
    f for f in RunSummary.__dataclass_fields__ if f.startswith(("files_", "articles_", "facts_", "people_"))
]


def test_a_run_in_batches_publishes_what_a_run_at_once_publishes(tmp_path, prefect_harness):
    once, batched = tmp_path / "once" / "dyad.duckdb", tmp_path / "batched" / "dyad.duckdb"
    inbox = _inbox(tmp_path, 6)
    for extra in (False, True):  # a cold run, then a run that adds inputs to a published warehouse
        if extra:
            _inbox(tmp_path, 4, start=10)
        a, b = _run(inbox, once, 0), _run(inbox, batched, 4)
        assert a.status == "published"
        assert [getattr(b, k) for k in SUMMARY] == [getattr(a, k) for k in SUMMARY] and b.status == a.status
        assert a.files_duplicate == 2 and a.files_rejected == 1  # the copies, the empty file
        assert sorted(b.rejected) == sorted(a.rejected)
    con_a, con_b = duckdb.connect(str(once), read_only=True), duckdb.connect(str(batched), read_only=True)
    try:
        assert differences(con_a, con_b, "raw") == []
        assert differences(con_a, con_b, "marts") == []  # the same near-duplicates lead: one load time
        # the folders discovery listed, once per run; the manifest names the same first inputs
        assert differences(con_a, con_b, "audit", ["inbox_folders", "rejected_files"]) == []
        assert con_b.execute("select list(distinct load_seq order by load_seq) from raw.articles").fetchone()[
            0
        ] == [1, 2]
        assert "file_manifest" in table_names(con_b, "raw")
        # every batch of a run carries the run's load time (ingested_at orders near-duplicates)
        assert con_b.execute("select count(distinct ingested_at) from raw.articles").fetchone()[0] == 2
    finally:
        con_a.close()
        con_b.close()


def test_a_loaded_batch_leaves_no_article_in_memory(tmp_path, prefect_harness, monkeypatch):
    """Prefect keeps what each task returned until the flow run ends: the parse results of a
    loaded batch are emptied, so the articles' metadata of a run in batches does not pile up
    batch after batch (by the dbt build, no parsed article is left in the flow process). Once
    the last batch is loaded, a run without an archive holds none of its inputs either (nor
    their results), and still counts them."""
    import gc

    from prefect import task
    from prefect.cache_policies import NO_CACHE

    import flows.pipeline
    from flows.ingest.documents import InputItem, ParseResult

    build = flows.pipeline.build_marts
    inbox = _inbox(tmp_path, 6)
    left: list[int] = []
    inputs: list[int] = []  # the inputs (InputItem) of the inbox alive when the build starts

    def ours(o: object) -> bool:  # this run's (earlier tests in the process may hold their own)
        return isinstance(o, ParseResult) and bool(o.articles) and str(inbox) in (o.item.path or "")

    def counting(*args, **kwargs):
        gc.collect()
        left.append(sum(1 for o in gc.get_objects() if ours(o)))
        inputs.append(
            sum(1 for o in gc.get_objects() if isinstance(o, InputItem) and o.path and str(inbox) in o.path)
        )
        return build.fn(*args, **kwargs)

    monkeypatch.setattr(
        flows.pipeline, "build_marts", task(cache_policy=NO_CACHE, name="build_marts")(counting)
    )
    once = _run(inbox, tmp_path / "once" / "dyad.duckdb", 0)
    summary = _run(inbox, tmp_path / "wh" / "dyad.duckdb", 4)
    assert summary.status == "published" and summary.articles_new >= 9
    # one batch keeps its results, loaded again on a lake another run published to: what counts
    # sees them; loaded in batches, none is left, articles or inputs
    assert left[0] > 0 and inputs[0] > 0
    assert left[1] == 0 and inputs[1] == 0, (left, inputs)
    assert [getattr(summary, k) for k in SUMMARY] == [getattr(once, k) for k in SUMMARY]
    assert summary.files_seen == 13
