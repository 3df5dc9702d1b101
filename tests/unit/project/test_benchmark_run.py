"""The throughput report's DuckLake section and the DuckLake rows of its targets
(benchmarks/run.py), rendered from a small fixed set of runs shaped as ``benchmarks.e2e --lake``
writes them."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from benchmarks import run
from benchmarks.e2e import FIRST_RUN


def _run(label: str, seconds: float, **fields) -> dict:
    """A run of ``benchmarks.e2e --lake`` (the fields the report reads)."""
    return {
        "label": label,
        "status": "Completed",
        "seconds": seconds,
        "cpu_seconds": seconds * 1.5,
        "peak_rss_mb": 900.0,
        "worker_peak_rss_mb": 0.0,
        "summary_articles_new": 1,
        "summary_dbt_build": "incremental: the loads after load 1",
        "summary_working_copy": "model tables kept from the last run (lake snapshot 3)",
        "summary_lake_publish": "by the keys the build rewrote: 30 keys in 24 tables",
        "parquet_bytes_added": 27_639,
        "lake_disk_mb": {"data": 2.14, "catalog": 0.5, "working_file": 20.0, "total": 22.64},
        "tasks": [{"task": "begin_run", "run_s": 0.4, "wall_s": 0.5}],
        "load_after": 1.2,
        **fields,
    }


def _lake(
    large: int, one_file_s: float = 7.0, cold_peak: float = 1200.0, worker: float = 700.0, pss: float = 1500.0
) -> dict:
    """A first run, then a lake of 500 and one of ``large`` articles: cold, nothing new, +1 twice."""
    runs = [_run(FIRST_RUN, 20.0, summary_dbt_build="full: first build", articles=1)]
    for n, steady in ((500, 6.0), (large, one_file_s)):
        runs += [
            _run(
                f"cold {n}",
                60.0,
                articles=n,
                summary_articles_new=n,
                summary_dbt_build="full: first build of this warehouse",
                peak_rss_mb=cold_peak,
                worker_peak_rss_mb=worker,
                parquet_bytes_added=3 * 2**20,
                stage_memory_mb={
                    "parse": {"total_pss_mb": pss},
                    "dbt build": {"total_pss_mb": 1300.0},
                },
            ),
            _run(
                f"nothing new on {n}",
                3.0,
                articles=0,
                warehouse_articles=n,
                summary_articles_new=0,
                summary_dbt_build="skip: no new articles",
                parquet_bytes_added=0,
            ),
            _run(f"+1 file on {n}", 9.0, articles=1, warehouse_articles=n),
            _run(f"+1 more file on {n}", steady, articles=1, warehouse_articles=n + 1),
        ]
    return {"runs": runs, "sizes": [500, large], "mode": "ducklake", "harness_seconds": 6.4}


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)


def _rows(lines: list[str]) -> dict[str, str]:
    """Table rows by their first two cells."""
    return {" | ".join(line.split(" | ")[:2]): line for line in lines if line.startswith("| ")}


def test_lake_section_has_a_row_per_run_with_time_cpu_memory_parquet_disk_build_and_status():
    lines = run._lake_section(_lake(50000))
    assert lines[:3] == ["", "## DuckLake mode", ""]
    header = next(line for line in lines if line.startswith("| run |"))
    assert header == (
        "| run | lake | time (wall) | CPU s (flow + parse workers) | peak: flow process | peak: largest "
        "parse worker | Parquet added | disk: data + catalog + working file | dbt build | status | notes |"
    )
    rows = _rows(lines)
    assert rows["| cold, a new lake | 50000 files"] == (
        "| cold, a new lake | 50000 files | 60.0 s | 90.0 | 1200 MB | 700 MB | 3.0 MB "
        "| 22.6 MB = 2.1 + 0.5 + 20.0 | full | done | model tables kept from the last run (lake snapshot 3); "
        "published: by the keys the build rewrote: 30 keys in 24 tables |"
    )
    # no parse worker (a one-file run parses in the flow process): a dash, not a stale figure
    assert rows["| nothing new | 500 articles"].startswith(
        "| nothing new | 500 articles | 3.0 s | 4.5 | 900 MB | — | 0 B | 22.6 MB = 2.1 + 0.5 + 20.0 | skip | done |"
    )
    first_incremental = "| one new file, the first incremental build after the full one | 500 articles"
    assert rows[first_incremental].startswith(f"{first_incremental} | 9.0 s | 13.5 | 900 MB | — | 27 KB |")
    assert "| incremental | done |" in rows[first_incremental]
    assert rows["| one new file, the steady state | 50000 articles"].startswith(
        "| one new file, the steady state | 50000 articles | 7.0 s |"
    )
    assert rows["| first run in a fresh process, a new lake | 1 file"].startswith(
        "| first run in a fresh process, a new lake | 1 file | 20.0 s |"
    )
    table = lines[lines.index(header) + 2 :]
    assert len(table[: table.index("")]) == 9  # a row per run
    assert "Prefect test harness start: 6.4 s, once for the runs above, not included in them." in lines
    # the per-task table: a column per run
    task_header = next(line for line in lines if line.startswith("| task |"))
    assert task_header.count(" | ") == 9  # the task's name, then nine runs


def test_lake_section_says_when_a_run_failed_or_added_other_than_one_article():
    lake = _lake(50000)
    lake["runs"][3] = _run("+1 file on 500", 9.0, status="Failed", error="LakeConflict: lost twice")
    lake["runs"][4] = _run("+1 more file on 500", 6.0, summary_articles_new=0)
    rows = _rows(run._lake_section(lake))
    failed = rows["| one new file, the first incremental build after the full one | 500 articles"]
    assert failed.endswith("| incremental | failed | LakeConflict: lost twice |")
    assert (
        "| incremental | 0 new articles (expected 1) |"
        in rows["| one new file, the steady state | 500 articles"]
    )


def test_lake_section_when_not_measured():
    assert run._lake_section(None) == []
    assert run._lake_section({"error": "skipped (--no-lake)"}) == [
        "",
        "## DuckLake mode",
        "",
        "Not measured: skipped (--no-lake)",
    ]


def test_lake_targets_are_met_only_at_the_targets_size():
    sizes = replace(run.FULL, scale=200_000)
    lines = run._targets({"error": "skipped"}, sizes, None, _lake(200_000, one_file_s=7.0))
    assert lines[:5] == ["", "## Targets", "", "| target | reached | met |", "|---|---|---|"]
    assert lines[5:] == [
        "| DuckLake mode: one new file into 200000 articles ≤ 1.2× into 500 | 7.0 s vs 6.0 s: 1.17× | yes |",
        "| DuckLake mode: one new file into 200000 articles ≤ 10 s | 7.0 s | yes |",
        "| DuckLake mode: peak memory ≤ 2 GB at 200000 articles | all processes together 1500 MB at most "
        "(proportional sets, in the parse stage); bound by the peaks apart: flow process 1200 MB + 2 parse "
        "workers ≤ 700 MB each = 2600 MB | yes |",
    ]
    # judged by what the processes held together when sampled (as the embedded row), else by the bound
    slow = run._targets({"error": "skipped"}, sizes, None, _lake(200_000, one_file_s=12.0, pss=2100.0))
    assert [line.rsplit(" | ", 1)[1] for line in slow[5:]] == ["**no** |", "**no** |", "**no** |"]
    lake = _lake(200_000)
    next(r for r in lake["runs"] if r["label"] == "cold 200000")["stage_memory_mb"] = {}
    assert run._targets({"error": "skipped"}, sizes, None, lake)[-1].endswith("= 2600 MB | **no** |")


def test_lake_targets_measured_at_a_smaller_lake_say_so_and_are_not_judged():
    lines = run._targets({"error": "skipped"}, run.FULL, None, _lake(50000))
    at = " (measured into 50000: the target's size needs --scale 200000)"
    assert lines[5:] == [
        f"| DuckLake mode: one new file into 200000 articles ≤ 1.2× into 500 | 7.0 s vs 6.0 s: 1.17×{at} | — |",
        f"| DuckLake mode: one new file into 200000 articles ≤ 10 s | 7.0 s{at} | — |",
        "| DuckLake mode: peak memory ≤ 2 GB at 200000 articles | all processes together 1500 MB at most "
        "(proportional sets, in the parse stage); bound by the peaks apart: flow process 1200 MB + 2 parse "
        f"workers ≤ 700 MB each = 2600 MB{at} | — |",
    ]


def test_lake_targets_follow_the_embedded_ones_and_stay_out_when_the_lake_was_not_measured():
    e2e = {
        "runs": [
            {"label": label, "status": "Completed", "seconds": seconds}
            for label, seconds in (
                ("cold 500", 13.4),
                ("cold 5000", 25.4),
                ("+1 more file on 500", 6.1),
                ("+1 more file on 50000", 7.1),
            )
        ]
    }
    embedded = run._targets(e2e, run.FULL, None)
    assert [line.split(" | ")[0] for line in embedded[5:]] == [
        "| marginal cold rate ≥ 400 articles/s end to end",
        "| fixed overhead per run ≤ 10 s",
        "| one new file into 200000 articles ≤ 1.2× into 500",
        "| one new file into 200000 articles ≤ 10 s",
    ]
    assert run._targets(e2e, run.FULL, None, {"error": "skipped (--no-lake)"}) == embedded
    both = run._targets(e2e, run.FULL, None, _lake(50000))
    assert both[: len(embedded)] == embedded
    assert [line.split(" | ")[0] for line in both[len(embedded) :]] == [
        "| DuckLake mode: one new file into 200000 articles ≤ 1.2× into 500",
        "| DuckLake mode: one new file into 200000 articles ≤ 10 s",
        "| DuckLake mode: peak memory ≤ 2 GB at 200000 articles",
    ]
    assert run._targets({"error": "skipped"}, run.FULL, None, {"error": "skipped"}) == []


def test_a_cold_lake_parsed_in_the_flow_process_states_no_parse_worker():
    lake = _lake(50000)
    cold = next(r for r in lake["runs"] if r["label"] == "cold 50000")
    cold.update(worker_peak_rss_mb=0.0, stage_memory_mb={})
    peak = run._targets({"error": "skipped"}, run.FULL, None, lake)[-1]
    assert peak.startswith(
        "| DuckLake mode: peak memory ≤ 2 GB at 200000 articles | bound by the peaks apart: flow process "
        "1200 MB (no parse worker: parsed in the flow process) (measured into 50000"
    )


def test_the_lakes_are_those_of_the_one_new_file_targets():
    assert run.lake_sizes(run.QUICK) == (20, 100)
    assert run.lake_sizes(run.FULL) == (500, 50000)
    assert run.lake_sizes(replace(run.FULL, scale=200_000)) == (500, 200_000)


def test_task_table_adds_up_a_task_run_once_per_batch():
    tasks = [
        {"task": "begin_run", "run_s": 0.1, "wall_s": 0.2},
        {"task": "parse_articles", "run_s": 10.0, "wall_s": 10.1},
        {"task": "load_raw_tables", "run_s": 2.0, "wall_s": 2.1},
        {"task": "parse_articles", "run_s": 9.0, "wall_s": 9.2},
        {"task": "load_raw_tables", "run_s": 1.5, "wall_s": 1.5},
        {"task": "build_marts", "run_s": 30.0, "wall_s": 30.0},
    ]
    batched = _run("cold 10000", 60.0, tasks=tasks)
    single = _run("+1 file on 10000", 8.0, tasks=[{"task": "build_marts", "run_s": 5.0, "wall_s": 5.1}])
    rows = {line.split(" | ")[0]: line for line in run._task_table([batched, single])}
    assert rows["| `parse_articles`"] == "| `parse_articles` | 19.0 / 19.3 (×2) | — |"
    assert rows["| `load_raw_tables`"] == "| `load_raw_tables` | 3.5 / 3.6 (×2) | — |"
    assert rows["| `build_marts`"] == "| `build_marts` | 30.0 / 30.0 | 5.0 / 5.1 |"


def test_one_file_targets_take_the_median_of_the_steady_state_runs():
    runs = [("+1 file on 500", 9.0), ("+1 file on 200000", 30.0)]  # first incremental builds: left out
    runs += [
        (f"{label} on 500", s)
        for label, s in (("+1 more file", 6.0), ("+1 file (3)", 7.4), ("+1 file (4)", 6.2))
    ]
    runs += [
        (f"{label} on 200000", s)
        for label, s in (("+1 more file", 9.9), ("+1 file (3)", 7.3), ("+1 file (4)", 7.1))
    ]
    by_label = {label: {"label": label, "status": "Completed", "seconds": s} for label, s in runs}
    rows: list[tuple[str, str, bool | None]] = []
    run._one_file_targets(lambda *r: rows.append(r), by_label, 500, 200_000)
    (_, ratio, ratio_met), (_, wall, wall_met) = rows
    assert ratio == "7.3 s (median of 7.1, 7.3, 9.9) vs 6.2 s (median of 6.0, 6.2, 7.4): 1.18×"
    assert ratio_met is True and wall_met is True
    assert wall == "7.3 s (median of 7.1, 7.3, 9.9)"
    assert [r["label"] for r in run._steady_runs(by_label, 500)] == [
        "+1 more file on 500",
        "+1 file (3) on 500",
        "+1 file (4) on 500",
    ]
    assert run._lake_run("+1 file (3) on 500") == ("one new file, the steady state (3)", 500)
