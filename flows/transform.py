"""The dbt side of a run: what the build covers (full, incremental or nothing), the variables the
models get from the settings, and the build itself on a working DuckDB file."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flows import schema, warehouse
from flows.dbt_runner import project_hash, run_dbt
from flows.settings import Settings
from flows.warehouses.changes import has_change_log, log_unchanged


@dataclass(frozen=True)
class BuildPlan:
    mode: str  # "full" (every model from all rows), "incremental" (new loads only) or "skip"
    reason: str
    since_seq: int = 0  # incremental: the models read the loads after this one
    through_seq: int = 0  # the last load the build includes (recorded in audit.dbt_state)
    articles: int = 0  # the articles the build covers: all of them (full) or those after since_seq
    # incremental: the working file holds the model tables and seeds but not the views (a DuckLake
    # run's working file holds the lake's tables only), so the build creates them too
    with_views: bool = False


def dbt_vars(settings: Settings) -> dict[str, object]:
    """The dbt variables (``var(...)`` in the models) that come from the settings:
    ``near_duplicate_threshold`` (MinHash agreement, 0-1, at or above which two articles tell
    the same story)."""
    return {"near_duplicate_threshold": settings.near_duplicate_threshold}


def fingerprint(settings: Settings) -> str:
    """What the marts are built from: the dbt project (``project_hash``) and the variables of
    ``dbt_vars``. Recorded in ``audit.dbt_state.project_hash``; when it changes, the next build
    is full (models built incrementally with other variables would mix two rules)."""
    digest = hashlib.sha256(project_hash().encode())
    digest.update(json.dumps(dbt_vars(settings), sort_keys=True).encode())
    return digest.hexdigest()[:16]


def plan_build(
    work: Path,
    full_refresh: bool,
    articles_new: int,
    load_seq: int,
    built_from: str,
    loaded: tuple[int, int] | None = None,
    batch: int | None = None,
) -> BuildPlan:
    """Full refresh when asked, on a new warehouse, or when what the models are built from
    (``built_from``, a ``fingerprint``) changed; otherwise incremental (the models read only the
    loads after ``audit.dbt_state.built_through_seq`` of the working file ``work``), or nothing
    at all when no article is new.

    The watermark only ever names a load that holds articles (0: none yet): a run that loaded
    nothing leaves it where the last such load put it, so the next load's rows (numbered after
    the last existing load) are above it. A recorded watermark at or past ``load_seq`` names
    loads that do not exist: the build is full, which records a valid one.

    ``loaded`` is (the newest load holding articles, this run's included; the number of
    articles), read from the working file's ``raw.articles`` when not given. The DuckLake mode
    gives it (its raw tables are views over the lake), with ``batch``, the number of articles
    loaded after the recorded watermark (read from ``raw.articles`` when ``loaded`` is not
    given). Raises RuntimeError when this load added articles but is not the newest.
    """
    con = warehouse.connect(work, read_only=True)
    try:
        state = con.execute(
            "select built_through_seq, project_hash from audit.dbt_state order by built_at desc limit 1"
        ).fetchone()
        if loaded is None:
            loaded = con.execute("select coalesce(max(load_seq), 0), count(*) from raw.articles").fetchone()
            if state is not None:
                (batch,) = con.execute(
                    "select count(*) from raw.articles where load_seq > ?", [state[0]]
                ).fetchone()
        last_load, total = loaded
    finally:
        con.close()
    if articles_new and last_load != load_seq:
        raise RuntimeError(
            f"load {load_seq} added {articles_new} articles but the newest load is {last_load}"
        )

    def full(reason: str) -> BuildPlan:
        return BuildPlan("full", reason, through_seq=last_load, articles=total)

    if full_refresh:
        return full("full refresh requested")
    if state is None:
        return full("first build of this warehouse")
    if state[1] != built_from:
        return full("the dbt project (models, macros or seeds) or its variables changed since the last build")
    if state[0] >= load_seq or state[0] > last_load:
        return full(f"the models were recorded as built through load {state[0]}, which does not exist")
    if articles_new == 0:
        return BuildPlan("skip", "no new articles: the marts are up to date", through_seq=state[0])
    if batch is None:
        raise ValueError("an incremental build needs the number of articles after the watermark")
    return BuildPlan(
        "incremental",
        f"the loads after load {state[0]}",
        since_seq=state[0],
        through_seq=last_load,
        articles=batch,
    )


def build_slices(articles: int, per_slice: int) -> int:
    """How many slices a full build of ``articles`` articles runs its article-local models in
    (dbt_project/macros/incremental.sql): one per started ``per_slice`` articles (the setting
    ``build_slice_articles``), at least 1. Not part of the ``fingerprint``: a model built in slices
    holds the same rows as one built at once."""
    return max(1, -(-articles // per_slice))


# dbt's unit tests check the SQL rules on fixed inputs, not the data: they run with the test suite
# (tests/e2e/test_dbt_unit_tests.py, `dbt test --select test_type:unit`), not in a run's build,
# as dbt advises for production builds. Every build a run makes passes these arguments.
NO_UNIT_TESTS = ("--exclude-resource-type", "unit_test")


def build_args(plan: BuildPlan, settings: Settings) -> list[str]:
    """The ``dbt`` arguments of a full or an incremental build (none for ``skip``).

    A full build loads the seeds, rebuilds every model and runs every data test (dbt's unit tests
    are left to the test suite). An incremental one
    builds the incremental models (each reads only the new loads) and runs the tests of the
    marts and the singular tests on the rows of the new articles
    (dbt_project/macros/test_scope.sql); the tests of intermediate models wait for the next full
    build (nightly). The views, seeds and seed-only tables are left as they are, since the
    fingerprint (SQL, YAML, seed CSVs and variables) is the one they were built from; with
    ``plan.with_views`` (a working file that holds the tables but not the views) the views are
    built too, without their tests. The variables are the same from one incremental build to
    the next, so dbt re-uses its parsed project."""
    if plan.mode == "skip":
        return []
    if plan.mode == "full":
        sliced = {
            **dbt_vars(settings),
            "full_build_slices": build_slices(plan.articles, settings.build_slice_articles),
        }
        return [
            "build",
            "--full-refresh",
            "--vars",
            json.dumps(sliced, sort_keys=True),
            # one model at a time: DuckDB already runs each query on every core, and models built
            # side by side share its memory limit (measured on 2 cores: one thread is as fast)
            "--threads",
            "1",
            *NO_UNIT_TESTS,
        ]
    incremental = {"persist_docs": False, "tests_new_articles_only": True, **dbt_vars(settings)}
    select = ["config.materialized:incremental"]
    exclude = ["resource_type:test,path:models/intermediate"]
    if plan.with_views:  # the views the models read (their tests wait for the next full build)
        select.append("+config.materialized:incremental,config.materialized:view")
        exclude.append("resource_type:test,path:models/staging")
    return [
        "build",
        "--select",
        *select,
        "--vars",
        json.dumps(incremental, sort_keys=True),
        "--exclude",
        *exclude,
        *NO_UNIT_TESTS,
    ]


WATERMARK_ENV = "DYAD_DBT_WATERMARK"
# whether the working file has the change log the incremental models write to (1 or 0), read here
# once per build (dbt_project/macros/change_log.sql: change_log_on)
CHANGE_LOG_ENV = "DYAD_DBT_CHANGE_LOG"


MEMORY_LIMIT_ENV = "DYAD_DUCKDB_MEMORY_LIMIT"
# Above this many articles a build is a large one (a full build, or many new loads at once): dbt's
# DuckDB then gets more than its default 512MB (dbt_project/profiles.yml), which a full build of
# 50,000 articles outgrows even spilling to disk (int_dyad_evidence, int_people: "failed to pin
# block"). A scheduled run's builds of a few new articles keep the default.
LARGE_BUILD_ARTICLES = 10_000
# MB of DuckDB memory per 1,000 articles of a large build, and the largest share of the machine's
# memory it may take
LARGE_BUILD_MB_PER_1000 = 64
LARGE_BUILD_SHARE = 0.25


def build_memory_limit(articles: int, machine_bytes: int | None = None) -> str | None:
    """dbt's DuckDB memory limit for a build of ``articles`` articles (``BuildPlan.articles``):
    None (the profile's default, 512MB) below ``LARGE_BUILD_ARTICLES``; above, 64 MB per 1,000
    articles, at least 1 GB, at most a quarter of the machine's memory (``machine_bytes``, read
    from the system when None) and never below 1 GB. ``DYAD_DUCKDB_MEMORY_LIMIT``, when set,
    wins over it (``build`` does not call this then)."""
    if articles < LARGE_BUILD_ARTICLES:
        return None
    if machine_bytes is None:
        try:
            machine_bytes = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        except (OSError, ValueError, AttributeError):
            machine_bytes = 4 * 1024**3
    wanted = max(1024, articles * LARGE_BUILD_MB_PER_1000 // 1000)
    cap = max(1024, int(machine_bytes * LARGE_BUILD_SHARE) // 1024**2)
    return f"{min(wanted, cap)}MB"


def build(work: Path, plan: BuildPlan, settings: Settings) -> int:
    """Build and test the dbt models on the working file ``work`` as ``plan`` says, then record
    what they were built through and from (``audit.dbt_state``); returns the dbt nodes run.
    Raises ``flows.dbt_runner.DbtFailed`` naming the failing nodes."""
    args = build_args(plan, settings)
    con = warehouse.connect(work)
    try:
        if not args:
            # nothing built: no model changed, which the next run's standby catch-up reads in the log
            log_unchanged(con)
            return 0
        logs = has_change_log(con)
    finally:
        con.close()
    # the watermark the models read (dbt_project/macros/incremental.sql: built_through_seq), as
    # the plan read it from the same file; a full build reads everything
    env = {
        WATERMARK_ENV: str(plan.since_seq) if plan.mode == "incremental" else "",
        CHANGE_LOG_ENV: "1" if logs else "0",
    }
    if not os.environ.get(MEMORY_LIMIT_ENV, "").strip() and (limit := build_memory_limit(plan.articles)):
        env[MEMORY_LIMIT_ENV] = limit
    nodes = run_dbt(args, work, target=work.parent / "dbt-target", manifest=False, env=env).nodes
    con = warehouse.connect(work)
    try:
        con.execute("begin transaction")
        con.execute("delete from audit.dbt_state")
        con.execute(
            schema.table("audit.dbt_state").insert_sql(("built_through_seq", "project_hash", "built_at")),
            [plan.through_seq, fingerprint(settings), datetime.now(UTC)],
        )
        con.execute("commit")
    finally:
        con.close()
    return nodes


# The rebuild after validation keeps dbt's parsed project in a folder of its own: its variables
# differ from the build's, and a change of variables makes dbt parse the whole project again.
FLAGGED_TARGET = "dbt-target-flagged"


def rebuild_flagged_args(settings: Settings) -> list[str]:
    """The ``dbt`` arguments of the rebuild after validation: ``marts.dyad_indicators`` alone,
    incremental, recomputing the indicators that still reconcile a fact the checkpoint flagged
    (var ``indicators_of_flagged_facts``, dbt_project/macros/indicators.sql), with its tests."""
    rebuild = {
        "persist_docs": False,
        "tests_new_articles_only": True,
        "indicators_of_flagged_facts": True,
        **dbt_vars(settings),
    }
    return [
        "build",
        "--select",
        "dyad_indicators",
        "--vars",
        json.dumps(rebuild, sort_keys=True),
        *NO_UNIT_TESTS,
    ]


def rebuild_flagged_indicators(work: Path, settings: Settings) -> int:
    """After the audit of the working file ``work`` flagged facts (``marts.numeric_facts.is_valid
    = false``): rebuild the indicators those facts still count in, without them (dbt build of
    ``dyad_indicators`` and its tests); returns the dbt nodes run. The model reads only model
    tables of ``work`` (no raw table), so the build needs no other connection. Raises
    ``flows.dbt_runner.DbtFailed`` naming the failing nodes: the run then publishes nothing."""
    return run_dbt(
        rebuild_flagged_args(settings), work, target=work.parent / FLAGGED_TARGET, manifest=False
    ).nodes
