"""The Dyad pipeline: discover inputs -> fetch URLs and feeds -> parse articles -> load raw
tables -> dbt build -> Great Expectations audit (-> the indicators of the facts it flagged,
rebuilt without them) -> publish.

Everything is written to a working file and published only when the audit passes, so readers
never see a half-built or failed run. Where the warehouse lives (one DuckDB file, or a DuckLake
shared by several machines) is the business of ``flows.warehouses``; this flow is the same for
both.
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows import runs, transform, warehouse
from flows.ingest.documents import InputItem, ParseResult
from flows.ingest.inbox import Discovery, Manifest, archive_inputs, discover
from flows.ingest.load import LoadBatch, LoadStats
from flows.ingest.parallel import parse_articles, parse_pool
from flows.ingest.web import fetch_inputs
from flows.runs import AuditBlocked, RunSummary
from flows.settings import Settings, load_settings
from flows.validation import AuditResult, record_audit, run_audit
from flows.warehouses import Warehouse, open_warehouse

__all__ = ["AuditBlocked", "RunSummary", "lake_maintenance", "nightly_refresh", "pipeline"]


# --------------------------------------------------------------------------------------- tasks


@task(cache_policy=NO_CACHE)
def begin_run(wh: Warehouse, summary: RunSummary) -> dict:
    """Take the working copy (or read the lake at one snapshot); returns the manifest of the
    inputs seen before."""
    return wh.begin(summary)


@task(cache_policy=NO_CACHE)
def discover_inputs(settings: Settings, manifest: dict) -> Discovery:
    """New and changed files of the inboxes, against the manifest of what was seen before:
    only the folders changed since they were listed, or every one when a full scan is due
    (``full_scan``, every ``full_scan_every`` runs)."""
    full = settings.full_scan or settings.retry_rejected or not isinstance(manifest, Manifest)
    full = full or manifest.full_scan_due(settings.full_scan_every)
    found = discover(
        settings.inbox_paths,
        manifest,
        settings.max_file_bytes,
        settings.settle_seconds,
        full_scan=full,
        exclude=[settings.path(settings.archive_dir)] if settings.archive_dir else [],
        keep_unchanged=bool(settings.archive_dir),
        retry_rejected=settings.retry_rejected,
    )
    get_run_logger().info(
        "inputs: %d new or changed, %d unchanged, %d rejected before reading, %d still being written; "
        "%s: %d folders listed, %d unchanged skipped",
        len(found.new),
        found.unchanged,
        len(found.rejected),
        len(found.deferred),
        "full scan" if full else "changed folders",
        sum(f.status != "gone" for f in found.folders),
        found.folders_skipped,
    )
    return found


@task(cache_policy=NO_CACHE)
def load_raw_tables(
    wh: Warehouse,
    results: list[ParseResult],
    found: Discovery,
    run_id: str,
    batch: LoadBatch | None = None,
) -> LoadStats:
    """Append articles, sentences, tokens, facts, people, manifest and rejections of a batch in
    one transaction (``Warehouse.load``); returns the counts of the run's batches so far."""
    return wh.load(results, wh.stage_dir(run_id), found, run_id, batch)


def recorded_only(results: list[ParseResult], items: list[InputItem]) -> list[ParseResult]:
    """What a loaded batch leaves for the rest of the run (the inbox folders, the archive): each
    input (``items``, the batch as parsed) and whether it was deferred; no articles."""
    return [ParseResult(items[r.item_idx], deferred=r.deferred) for r in results]


def input_batches(items: list[InputItem], size: int) -> list[list[InputItem]]:
    """``items`` in consecutive batches of ``size`` (0: one batch); one empty batch for none."""
    if not size or len(items) <= size:
        return [items]
    return [items[i : i + size] for i in range(0, len(items), size)]


@task(cache_policy=NO_CACHE)
def build_marts(wh: Warehouse, plan: transform.BuildPlan, settings: Settings) -> int:
    """Build and test the dbt models on the working file (``flows.transform.build``)."""
    get_run_logger().info("dbt build: %s (%s)", plan.mode, plan.reason)
    with wh.dbt_target():
        return transform.build(wh.work_path, plan, settings)


@task(cache_policy=NO_CACHE)
def audit_marts(wh: Warehouse, run_id: str, plan: transform.BuildPlan) -> AuditResult:
    """Validate marts with Great Expectations; flag failing facts; block on suite-level failures.

    After an incremental build the batch is what the build added: the articles of the loads after
    ``plan.since_seq`` and their facts; after a full build it is every row. Either way the batch
    must hold ``plan.articles`` articles, none when only rejected inputs were ever seen."""
    since = plan.since_seq if plan.mode == "incremental" else None
    audit = run_audit(wh.work_path, plan.articles, batch_since_seq=since)
    con = warehouse.connect(wh.work_path)
    try:
        record_audit(con, run_id, audit)
    finally:
        con.close()
    if audit.blocking_failures:
        names = ", ".join(f"{o.suite}.{o.check}" for o in audit.blocking_failures)
        raise AuditBlocked(f"audit failed ({names}); {wh.untouched} was left untouched")
    return audit


@task(cache_policy=NO_CACHE)
def rebuild_flagged_indicators(wh: Warehouse, settings: Settings, flagged: int) -> int:
    """Leave the facts the audit flagged out of the indicators they fall in
    (``flows.transform.rebuild_flagged_indicators``); a failure fails the run, which then
    publishes nothing."""
    get_run_logger().info("dbt build: the indicators of %d facts that failed validation", flagged)
    return transform.rebuild_flagged_indicators(wh.work_path, settings)


@task(cache_policy=NO_CACHE)
def publish(wh: Warehouse, summary: RunSummary) -> bool:
    """Record the run as published and publish the working file; False when another run
    published first (DuckLake) and this one must load and build again."""
    summary.finish("published")
    return wh.publish(summary)


@task(cache_policy=NO_CACHE)
def archive_published_inputs(settings: Settings, found: Discovery, results: list[ParseResult]) -> int:
    """Move the inbox files the published run recorded to ``archive_dir``
    (``flows.ingest.inbox.archive_inputs``); returns how many. A file that cannot be moved
    stays (a warning names it); the published run stands."""
    moved, problems = archive_inputs(
        found, results, settings.inbox_paths, settings.path(settings.archive_dir)
    )
    logger = get_run_logger()
    logger.info("archive: %d inputs moved to %s", moved, settings.archive_dir)
    for line in problems[:20]:
        logger.warning(line)
    if len(problems) > 20:
        logger.warning("... and %d more inputs not archived", len(problems) - 20)
    return moved


# ---------------------------------------------------------------------------------------- flow


@flow(name="dyad-pipeline", log_prints=True)
def pipeline(
    inbox: list[str] | None = None,
    warehouse_path: str | None = None,
    full_refresh: bool = False,
    urls: list[str] | None = None,
    feeds: list[str] | None = None,
    settings_overrides: dict[str, Any] | None = None,
) -> RunSummary:
    """Ingest new inputs, build the marts, audit them and publish the warehouse."""
    settings = load_settings(
        {**(settings_overrides or {}), "inbox": inbox or [], "warehouse": warehouse_path}
    )
    wh = open_warehouse(settings)
    with runs.recorded(settings, wh.label) as summary, wh.writing():

        def stage(name: str) -> None:  # the run record names the stage the run is in
            runs.enter_stage(settings, summary, name)

        stage("begin")
        manifest = begin_run(wh, summary)
        stage("discovery")
        # quote(): large payloads pass between tasks as they are, without Prefect walking them
        found = discover_inputs(settings, quote(manifest))
        if urls or feeds:  # each fetch is a task of its own, retried when it may succeed later
            stage("fetch")
            found.add(fetch_inputs(urls or [], feeds or [], manifest, settings))
        # Parsed and loaded a batch at a time: the run's memory follows a batch, not the run.
        # Each batch commits to the working file, which nothing reads before the run publishes.
        batches = input_batches(found.new, wh.batch_inputs)
        stats: LoadStats | None = None
        results: list[ParseResult] = []
        with parse_pool():  # the same parse workers for every batch, their word caches warm
            for k, batch in enumerate(batches):
                stage("parse")
                parsed = parse_articles(quote(batch), settings, wh.stage_dir(summary.run_id))
                if len(batches) == 1:  # loaded below (again, on a lake another run published to)
                    results = parsed
                    break
                stage("load")
                step = LoadBatch(stats, results, last=k == len(batches) - 1)
                stats = load_raw_tables(wh, quote(parsed), quote(found), summary.run_id, quote(step))
                results += recorded_only(parsed, batch)
                # Prefect keeps every task's return value until the flow run ends: emptied, the
                # batch's results (its articles' metadata) do not pile up batch after batch
                parsed.clear()
        if len(batches) > 1 and not settings.archive_dir:
            # the last batch recorded the inbox folders, and only the archive reads the inputs
            # one by one after it: let go of them (and of their results) before the build
            found.drop_new()
            results.clear()
            for batch in batches:
                batch.clear()
        published = False
        while not published:  # again on the lake's new snapshot when another run published first
            if len(batches) == 1:
                stage("load")
                stats = load_raw_tables(wh, quote(results), quote(found), summary.run_id)
            summary.count_inputs(found, stats)
            plan = wh.plan(full_refresh, stats)
            summary.dbt_build = f"{plan.mode}: {plan.reason}"
            stage("dbt build")
            build_marts(wh, plan, settings)
            if plan.mode != "skip":  # unchanged marts were audited by the run that built them
                stage("audit")
                audit = audit_marts(wh, summary.run_id, plan)
                summary.count_checks(audit)
                if audit.flagged_facts:  # the build counted them in their indicators
                    stage("indicators")
                    rebuild_flagged_indicators(wh, settings, len(audit.flagged_facts))
            wh.count_marts(summary)
            stage("publish")
            published = publish(wh, summary)
            if not published and len(batches) > 1:  # only a one-batch warehouse (DuckLake) loads again
                raise RuntimeError(f"{wh.label}: a run loaded in batches cannot load again")
        if settings.archive_dir:  # only now: a failed or killed run leaves its inputs in place
            stage("archive")
            archive_published_inputs(settings, quote(found), quote(results))
    return summary


@flow(name="dyad-lake-maintenance", log_prints=True)
def lake_maintenance(warehouse_path: str | None = None, keep_days: float | None = None) -> str:
    """DuckLake mode: merge the small files runs wrote, expire snapshots older than ``keep_days``
    (default: the ``lake_snapshot_days`` setting) and delete the files no snapshot needs
    (``flows.lake.maintain``). Returns what was done, in one line; a DuckDB-file warehouse has
    nothing to maintain."""
    from flows.lake import NOTHING_TO_MAINTAIN, maintain_warehouse

    settings = load_settings({"warehouse": warehouse_path})
    done = maintain_warehouse(settings, keep_days)
    line = done.describe() if done is not None else NOTHING_TO_MAINTAIN
    get_run_logger().info("lake maintenance: %s", line)
    return line


@flow(name="dyad-nightly-refresh", log_prints=True)
def nightly_refresh(
    inbox: list[str] | None = None,
    warehouse_path: str | None = None,
    settings_overrides: dict[str, Any] | None = None,
) -> RunSummary:
    """Full refresh of every model, then (DuckLake mode) the lake's maintenance
    (``lake_maintenance``: the full publish gave up every model table's files, kept for time
    travel until their snapshot expires), the relations report (a report failure is logged,
    never fails the published run) and dbt docs (Data Docs are rebuilt by every checkpoint).
    ``settings_overrides`` as for ``pipeline``."""
    from flows.docs import generate_docs
    from flows.report import refresh_report

    summary = pipeline(
        inbox=inbox, warehouse_path=warehouse_path, full_refresh=True, settings_overrides=settings_overrides
    )
    settings = load_settings(
        {**(settings_overrides or {}), "inbox": inbox or [], "warehouse": warehouse_path}
    )
    if settings.on_lake:
        lake_maintenance(warehouse_path=warehouse_path)
    refresh_report(settings)
    generate_docs(settings)
    return summary
