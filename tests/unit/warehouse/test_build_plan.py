"""Which build a run plans, on real DuckDB working copies: the watermark recorded in
audit.dbt_state only ever names a load that holds articles."""

from __future__ import annotations

import json

import duckdb
import pytest

from flows import warehouse
from flows.settings import Settings
from flows.transform import fingerprint
from flows.transform import plan_build as plan_on

BUILT_FROM = fingerprint(Settings())  # the project and the variables of the default settings


def plan_build(work, full_refresh, **counts):
    return plan_on(work.path, full_refresh, built_from=BUILT_FROM, **counts)


@pytest.fixture()
def work(tmp_path):
    return warehouse.prepare_working_copy(tmp_path / "dyad.duckdb", tmp_path / ".work")


def _load(work, seq: int, n: int = 1) -> None:
    """``n`` articles in load ``seq``, as the loader writes them."""
    con = duckdb.connect(str(work.path))
    try:
        for i in range(n):
            con.execute(
                """insert into raw.articles (article_id, source_uri, raw_text, body, run_id, ingested_at,
                   load_seq) values (?, ?, 'text', 'text', 'r', now(), ?)""",
                [f"a{seq}-{i}", f"f{seq}-{i}", seq],
            )
    finally:
        con.close()


def _built(work, through: int, project: str | None = None) -> None:
    con = duckdb.connect(str(work.path))
    try:
        con.execute("delete from audit.dbt_state")
        con.execute("insert into audit.dbt_state values (?, ?, now())", [through, project or BUILT_FROM])
    finally:
        con.close()


def test_a_build_that_loaded_nothing_keeps_the_watermark_on_the_last_load(work):
    plan = plan_build(work, False, articles_new=0, load_seq=1)  # only rejected inputs, new warehouse
    assert (plan.mode, plan.through_seq, plan.articles) == ("full", 0, 0)
    _built(work, plan.through_seq)
    _load(work, 1, 2)
    plan = plan_build(work, False, articles_new=2, load_seq=1)
    assert (plan.mode, plan.since_seq, plan.through_seq, plan.articles) == ("incremental", 0, 1, 2)
    _built(work, plan.through_seq)
    for full_refresh, mode in ((True, "full"), (False, "skip")):  # nothing new: load 2 has no rows
        plan = plan_build(work, full_refresh, articles_new=0, load_seq=2)
        assert (plan.mode, plan.through_seq) == (mode, 1)
    _built(work, 1, project="an older project")  # a changed project, nothing new
    plan = plan_build(work, False, articles_new=0, load_seq=2)
    assert (plan.mode, plan.through_seq, plan.articles) == ("full", 1, 2)
    _built(work, plan.through_seq)
    _load(work, 2)
    plan = plan_build(work, False, articles_new=1, load_seq=2)
    assert (plan.mode, plan.since_seq, plan.through_seq, plan.articles) == ("incremental", 1, 2, 1)


@pytest.mark.parametrize("recorded", [2, 3, 7])
def test_a_watermark_naming_a_missing_load_makes_the_build_full(work, recorded):
    _load(work, 1, 2)
    _built(work, recorded)  # names a load that holds no article
    plan = plan_build(work, False, articles_new=0, load_seq=2)
    assert (plan.mode, plan.through_seq, plan.articles) == ("full", 1, 2)
    _load(work, 2)
    plan = plan_build(work, False, articles_new=1, load_seq=2)
    assert (plan.mode, plan.through_seq, plan.articles) == ("full", 2, 3)
    assert "built through load" in plan.reason


def test_the_lake_gives_its_last_load(work):
    """DuckLake mode: the loads are counted in the lake; the working file starts empty."""
    plan = plan_build(work, False, articles_new=0, load_seq=5, loaded=(3, 40))
    assert (plan.mode, plan.through_seq, plan.articles) == ("full", 3, 40)
    plan = plan_build(work, True, articles_new=2, load_seq=5, loaded=(5, 42))
    assert (plan.mode, plan.through_seq, plan.articles) == ("full", 5, 42)
    with pytest.raises(RuntimeError, match="newest load is 3"):
        plan_build(work, False, articles_new=2, load_seq=5, loaded=(3, 40))


def test_the_threshold_setting_is_a_dbt_variable_of_every_build_and_changes_the_fingerprint(work):
    from flows.transform import BuildPlan, build_args

    default, strict = Settings(), Settings(near_duplicate_threshold=0.95)
    for mode in ("full", "incremental"):
        args = build_args(BuildPlan(mode, "test"), strict)
        assert json.loads(args[args.index("--vars") + 1])["near_duplicate_threshold"] == 0.95, mode
    assert build_args(BuildPlan("skip", "test"), strict) == []
    assert fingerprint(default) != fingerprint(strict)
    _load(work, 1)
    _built(work, 1)  # built with the default threshold
    _load(work, 2)
    assert plan_build(work, False, articles_new=1, load_seq=2).mode == "incremental"
    plan = plan_on(work.path, False, articles_new=1, load_seq=2, built_from=fingerprint(strict))
    assert plan.mode == "full" and "variables changed" in plan.reason


def test_the_lake_gives_the_articles_after_its_watermark_and_builds_the_views_it_lacks(work):
    """DuckLake mode: the lake's audit.dbt_state is written into the working file; the number of
    articles after its watermark comes from the lake; an incremental build in a working file
    without views builds them too."""
    from flows.transform import BuildPlan, build_args

    _built(work, 3)
    plan = plan_build(work, False, articles_new=0, load_seq=5, loaded=(3, 40), batch=0)
    assert plan.mode == "skip"
    plan = plan_build(work, False, articles_new=2, load_seq=5, loaded=(5, 42), batch=2)
    assert (plan.mode, plan.since_seq, plan.through_seq, plan.articles) == ("incremental", 3, 5, 2)
    with pytest.raises(ValueError, match="number of articles after the watermark"):
        plan_build(work, False, articles_new=2, load_seq=5, loaded=(5, 42))
    plain = build_args(BuildPlan("incremental", "test"), Settings())
    lake_args = build_args(BuildPlan("incremental", "test", with_views=True), Settings())
    views = "+config.materialized:incremental,config.materialized:view"  # those the models read
    assert views in lake_args and views not in plain
    assert "resource_type:test,path:models/staging" in lake_args


def test_a_full_build_runs_one_model_at_a_time_in_slices_of_the_articles():
    """The slices of a full build: one per started build_slice_articles articles, at least one;
    incremental builds are not sliced; the number is no part of the fingerprint."""
    from flows.transform import BuildPlan, build_args, build_slices

    assert [build_slices(n, 20_000) for n in (0, 1, 20_000, 20_001, 200_000)] == [1, 1, 1, 2, 10]
    settings = Settings(build_slice_articles=1_000)
    full = build_args(BuildPlan("full", "test", articles=2_500), settings)
    assert json.loads(full[full.index("--vars") + 1])["full_build_slices"] == 3
    assert full[full.index("--threads") + 1] == "1"
    incremental = build_args(BuildPlan("incremental", "test", articles=2_500), settings)
    assert "full_build_slices" not in json.loads(incremental[incremental.index("--vars") + 1])
    assert fingerprint(settings) == fingerprint(Settings())
    with pytest.raises(ValueError):
        Settings(build_slice_articles=0)


# dbt's DuckDB memory for a large build (flows.transform.build_memory_limit)

GB = 1024**3


@pytest.mark.parametrize("articles", [0, 1, 500, 9_999])
def test_a_small_build_keeps_the_profiles_memory_limit(articles: int) -> None:
    from flows.transform import build_memory_limit

    assert build_memory_limit(articles, machine_bytes=24 * GB) is None


@pytest.mark.parametrize(
    ("articles", "machine", "limit"),
    [
        (10_000, 24 * GB, "1024MB"),  # at least 1 GB
        (50_000, 24 * GB, "3200MB"),  # 64 MB per 1,000 articles
        (200_000, 24 * GB, "6144MB"),  # at most a quarter of the machine
        (200_000, 2 * GB, "1024MB"),  # never below 1 GB
    ],
)
def test_a_large_build_gets_memory_by_its_size_within_the_machines(
    articles: int, machine: int, limit: str
) -> None:
    from flows.transform import build_memory_limit

    assert build_memory_limit(articles, machine_bytes=machine) == limit
