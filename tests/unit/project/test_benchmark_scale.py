"""The report of the targets' size alone (benchmarks/scale.py), rendered from runs shaped as
``benchmarks.e2e`` writes them into ``<work>/scale-<size>/``."""

from __future__ import annotations

import json
import os

import pytest

from benchmarks import scale
from benchmarks.e2e import FIRST_RUN


@pytest.fixture(autouse=True)
def two_cores(monkeypatch):
    monkeypatch.setattr(os, "cpu_count", lambda: 2)


def _run(label: str, seconds: float, **fields) -> dict:
    """A run of ``benchmarks.e2e`` (the fields the report reads)."""
    return {
        "label": label,
        "status": "Completed",
        "seconds": seconds,
        "cpu_seconds": seconds * 1.5,
        "peak_rss_mb": 900.0,
        "worker_peak_rss_mb": 0.0,
        "summary_articles_new": 1,
        "summary_dbt_build": "incremental: the loads after load 1",
        "tasks": [{"task": "begin_run", "run_s": 0.4, "wall_s": 0.5}],
        "load_after": 1.2,
        "warehouse_mb": 40.0,
        **fields,
    }


def _series(large: int, one_file_s: float, cold_s: float, pss: float, lake: bool) -> dict:
    """A first run, then cold runs of 500 and ``large`` articles, each followed (a lake: by a run
    with nothing new, then) by two runs with one new file."""
    runs = [_run(FIRST_RUN, 15.0, summary_dbt_build="full: first build")]
    for n, steady, cold in ((500, 6.0, 14.0), (large, one_file_s, cold_s)):
        runs.append(
            _run(
                f"cold {n}",
                cold,
                summary_articles_new=n,
                summary_facts_total=4 * n,
                summary_people_total=7 * n,
                summary_dbt_build="full: first build of this warehouse",
                peak_rss_mb=1500.0,
                worker_peak_rss_mb=700.0,
                stage_memory_mb={"load": {"total_pss_mb": pss}},
            )
        )
        if lake:
            runs.append(_run(f"nothing new on {n}", 3.0, summary_articles_new=0))
        runs += [_run(f"+1 file on {n}", 9.0), _run(f"+1 more file on {n}", steady)]
    return {
        "runs": runs,
        "sizes": [500, large],
        "mode": "ducklake" if lake else "duckdb",
        "harness_seconds": 9.0,
    }


def _write(work, e2e: dict | None, lake: dict | None) -> None:
    work.mkdir(parents=True, exist_ok=True)
    for name, data in (("e2e", e2e), ("lake", lake)):
        if data is not None:
            (work / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    (work / "scale.json").write_text(
        json.dumps({"e2e": {"date": "2026-12-04 02:00 UTC", "code": "commit abc1234", "command": "x"}}),
        encoding="utf-8",
    )


def _targets(text: str) -> list[str]:
    section = text.split("## Targets", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| ") and "---" not in line][1:]


def test_targets_of_both_modes_are_judged_at_the_targets_size(tmp_path):
    _write(
        tmp_path,
        _series(200_000, one_file_s=7.0, cold_s=700.0, pss=1800.0, lake=False),
        _series(200_000, one_file_s=12.5, cold_s=900.0, pss=2600.0, lake=True),
    )
    text = scale.render(tmp_path, 200_000)
    rows = _targets(text)
    assert [row.split(" | ")[0] for row in rows] == [
        "| one new file into 200000 articles ≤ 1.2× into 500",
        "| one new file into 200000 articles ≤ 10 s",
        "| peak memory ≤ 2 GB at 200000 articles",
        "| DuckLake mode: one new file into 200000 articles ≤ 1.2× into 500",
        "| DuckLake mode: one new file into 200000 articles ≤ 10 s",
        "| DuckLake mode: peak memory ≤ 2 GB at 200000 articles",
    ]
    assert [row.rsplit(" | ", 1)[1] for row in rows] == ["yes |"] * 3 + ["**no** |"] * 3
    assert "7.0 s vs 6.0 s: 1.17× |" in rows[0]
    assert "all processes together 2600 MB at most (proportional sets, in the load stage)" in rows[5]
    # the embedded runs: the cold runs, their marginal rate and the one-new-file runs
    assert "| End-to-end, marginal rate | 500 → 200000 articles | 686.0 s | 291 articles/s |" in text
    assert "| End-to-end, one new file | into 200000 articles | 7.0 s | done |" in text
    assert "## DuckLake mode" in text and "| cold, a new lake | 200000 files | 900.0 s |" in text
    assert "- embedded warehouse: measured 2026-12-04 02:00 UTC, commit abc1234 (`x`)" in text
    assert "none is judged" not in text


def test_a_smaller_size_is_reported_but_not_judged(tmp_path):
    _write(tmp_path, _series(20_000, 7.0, 80.0, 1500.0, lake=False), None)
    text = scale.render(tmp_path, 20_000)
    rows = _targets(text)
    assert all(row.endswith(" | — |") for row in rows)
    assert "(measured into 20000: the target's size needs --scale 200000)" in rows[0]
    assert rows[-1] == "| DuckLake mode: the targets at 20,000 articles | not measured | — |"
    assert "The targets are set at 200,000 articles: none is judged at 20,000." in text


def test_a_mode_that_failed_says_why(tmp_path):
    _write(tmp_path, {"error": "benchmarks.e2e exited 1: disk full"}, None)
    rows = _targets(scale.render(tmp_path, 200_000))
    assert rows == [
        "| the targets at 200,000 articles | benchmarks.e2e exited 1: disk full | — |",
        "| DuckLake mode: the targets at 200,000 articles | not measured | — |",
    ]


def test_render_only_writes_the_report_from_the_json_kept(tmp_path):
    _write(tmp_path / "scale-200000", _series(200_000, 7.0, 700.0, 1800.0, lake=False), None)
    out = tmp_path / "scale.md"
    assert scale.main(["--work", str(tmp_path), "--out", str(out), "--render-only"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Dyad at 200,000 articles\n")
    with pytest.raises(SystemExit):
        scale.main(["--work", str(tmp_path), "--size", "500", "--render-only"])


def test_a_cold_run_that_failed_is_a_target_not_met(tmp_path):
    lake = _series(200_000, 7.0, 900.0, 1800.0, lake=True)
    lake["runs"] = [r for r in lake["runs"] if not r["label"].endswith("on 200000")]
    cold = next(r for r in lake["runs"] if r["label"] == "cold 200000")
    cold.update(status="Failed", error="OutOfMemoryException: Out of Memory Error\nPossible solutions: ...")
    _write(tmp_path, _series(200_000, 7.0, 700.0, 1800.0, lake=False), lake)
    rows = _targets(scale.render(tmp_path, 200_000))
    assert rows[3:] == [
        "| DuckLake mode: a cold run of 200,000 articles completes | failed after 900 s: "
        "OutOfMemoryException: Out of Memory Error | **no** |"
    ]
