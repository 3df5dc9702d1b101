"""The pipeline on a DuckLake warehouse (``warehouse_mode = "ducklake"``).

The same stages as flows/pipeline.py: discover -> fetch -> parse -> load -> dbt build -> Great
Expectations checkpoint -> publish. What changes is where state lives: the manifest, the raw
tables, the audit tables and the published marts are in the shared lake; the build happens in
a local working file and is published in one DuckLake transaction (flows/lake.py explains the
guarantees). When another machine commits first, the load, build and audit are redone on the
new snapshot with the inputs already parsed.
"""

from __future__ import annotations

import json
import shutil
import time
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows import lake, warehouse
from flows.ingest.documents import ParseResult
from flows.ingest.inbox import Discovery, discover
from flows.ingest.load import LoadStats, load_results
from flows.settings import Settings


class LakeRetriesExhausted(RuntimeError):
    """Other runs kept committing to the lake first; this run published nothing."""


@task(cache_policy=NO_CACHE)
def open_lake(settings: Settings) -> lake.LakeState:
    """Create the lake's tables if this is a new lake; read manifest and known articles at one snapshot."""
    lake.ensure_lake(settings)
    state = lake.read_state(settings)
    get_run_logger().info(
        "lake %s at snapshot %d (%d published runs)", lake.catalog_uri(settings), state.snapshot, state.head
    )
    return state


@task(cache_policy=NO_CACHE)
def discover_on_lake(settings: Settings, state: lake.LakeState) -> Discovery:
    """New and changed files of the inboxes, against the lake's manifest (shared by every machine)."""
    found = discover(settings.inbox_paths, state.manifest, settings.max_file_bytes, settings.settle_seconds)
    get_run_logger().info(
        "inputs: %d new or changed, %d unchanged, %d rejected before reading",
        len(found.new),
        found.unchanged,
        len(found.rejected),
    )
    return found


@task(cache_policy=NO_CACHE)
def load_pending(
    settings: Settings,
    results: list[ParseResult],
    stage_dir: Path,
    found: Discovery,
    state: lake.LakeState,
    run_id: str,
) -> tuple[warehouse.WorkingCopy, LoadStats]:
    """This run's new rows into a fresh local working file (``pending.*``), with ``raw.*`` views
    that add them to the lake's rows at the run's snapshot."""
    settings.work_dir.mkdir(parents=True, exist_ok=True)
    path = settings.work_dir / f"lake-{run_id}.duckdb"
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)
    con = warehouse.connect(path)
    try:
        warehouse.ensure_raw_schema(con)
        stats = load_results(
            con,
            results,
            stage_dir,
            found.rejected,
            state.manifest,
            run_id,
            datetime.now(UTC),
            known_ids=state.known_ids,
            load_seq=state.head + 1,  # the lake's version this run publishes
        )
    finally:
        con.close()
    lake.stage_pending(settings, path, state.snapshot)
    return warehouse.WorkingCopy(path, path), stats


@task(cache_policy=NO_CACHE)
def publish_to_lake(
    settings: Settings,
    work: warehouse.WorkingCopy,
    state: lake.LakeState,
    summary,
    mtime_updates: list[tuple],
) -> int:
    """One DuckLake transaction: raw rows, audit rows, the run and every mart; returns the snapshot."""
    row = (
        summary.run_id,
        summary.started_at,
        summary.finished_at,
        "published",
        json.dumps(asdict(summary), default=str),
    )
    return lake.publish(settings, work.path, state, summary.run_id, row, mtime_updates)


def _mtime_updates(results: list[ParseResult], manifest: dict) -> list[tuple]:
    """Inputs touched but not changed: remember their new mtime (as flows/ingest/load.py does)."""
    updates = []
    for res in results:
        prev = manifest.get(res.item.source_uri)
        if prev and res.content_hash and prev.content_hash == res.content_hash:
            updates.append((res.item.mtime_ns, res.item.source_uri, prev.version))
    return updates


def run_on_lake(settings: Settings, full_refresh: bool, urls: list[str], feeds: list[str]):
    """The body of the ``dyad-pipeline`` flow in DuckLake mode; returns its RunSummary."""
    from flows import pipeline as p

    summary = p.RunSummary(
        run_id=uuid.uuid4().hex[:12],
        warehouse=lake.catalog_uri(settings),
        started_at=datetime.now(UTC).isoformat(),
        data_docs=str(settings.data_docs_path),
    )
    t0 = time.perf_counter()
    work: warehouse.WorkingCopy | None = None
    logger = get_run_logger()
    p._write_run_record(settings, summary)  # status "running" until the run ends
    try:
        # one run at a time per machine and working folder; machines coordinate through the lake
        with warehouse.writer_lock(settings.warehouse_path):
            state = open_lake(settings)
            summary.lake_snapshot_read = state.snapshot
            found = discover_on_lake(settings, state)
            if urls or feeds:
                web = p.fetch_inputs(urls, feeds, state.manifest, settings)
                found.new += web.new
                found.rejected += web.rejected
            # not "stage-*": warehouse.discard() of a lost attempt must leave the parsed rows
            stage_dir = settings.work_dir / f"lake-stage-{summary.run_id}"
            results = p.parse_articles(quote(found.new), settings, stage_dir)
            for attempt in range(settings.lake_commit_retries + 1):
                if work is not None:
                    warehouse.discard(work)
                    work = None
                work, stats = load_pending(
                    settings, quote(results), stage_dir, quote(found), quote(state), summary.run_id
                )
                summary.files_seen = found.seen
                summary.files_unchanged = found.unchanged + stats.files_unchanged
                summary.files_new, summary.files_duplicate = stats.files_new, stats.files_duplicate
                summary.files_rejected, summary.rejected = stats.files_rejected, stats.rejected
                summary.deferred = [(i.source_uri, r) for i, r in found.deferred] + stats.deferred
                summary.files_deferred = len(summary.deferred)
                summary.articles_new = stats.articles_new
                # the working file starts empty on every run: the models are built in full
                # the newest load holding articles, and how many the lake and this load hold
                loaded = (
                    stats.load_seq if stats.articles_new else state.last_load,
                    len(state.known_ids) + stats.articles_new,
                )
                plan = p.plan_build(work, full_refresh, stats.articles_new, stats.load_seq, loaded)
                summary.dbt_build = f"{plan.mode}: {plan.reason}"
                with lake.dbt_target(settings, state.snapshot):
                    p.dbt_build(work, plan)
                audit = p.run_checkpoint(work, summary.run_id, plan)
                summary.failed_checks = {
                    f"{o.suite}.{o.check}": o.unexpected_count or 0 for o in audit.outcomes if not o.success
                }
                p._warehouse_counts(work.path, summary)
                summary.status = "published"
                summary.finished_at = datetime.now(UTC).isoformat()
                summary.seconds = round(time.perf_counter() - t0, 2)
                try:
                    summary.lake_snapshot = publish_to_lake(
                        settings, work, quote(state), summary, quote(_mtime_updates(results, state.manifest))
                    )
                    break
                except lake.LakeConflict as exc:
                    summary.status, summary.finished_at, summary.seconds = "running", None, None
                    if attempt == settings.lake_commit_retries:
                        raise LakeRetriesExhausted(
                            f"other runs committed to the lake first {attempt + 1} times; nothing was "
                            "published by this run. Run it again (or raise lake_commit_retries)."
                        ) from exc
                    logger.warning("%s; rebuilding on the new snapshot (attempt %d)", exc, attempt + 2)
                    state = lake.read_state(settings)
                    summary.lake_snapshot_read = state.snapshot
    except p.AuditBlocked as exc:
        summary.status, summary.error = "blocked", str(exc).replace("published warehouse", "lake")
        raise
    except warehouse.WarehouseBusy as exc:
        summary.status, summary.error = "refused", str(exc)
        raise
    except Exception as exc:
        summary.status, summary.error = "failed", f"{type(exc).__name__}: {exc}"
        raise
    finally:
        if summary.status == "running":  # left without a status: KeyboardInterrupt, cancellation
            summary.status = "interrupted"
        summary.finished_at = summary.finished_at or datetime.now(UTC).isoformat()
        summary.seconds = summary.seconds or round(time.perf_counter() - t0, 2)
        p._write_run_record(settings, summary)
        try:
            p._report(summary, work)
        except Exception as exc:  # reporting must never turn a published run into a failure
            logger.warning("could not write run artifacts: %s", exc)
        if work is not None:
            warehouse.discard(work)
        shutil.rmtree(settings.work_dir / f"lake-stage-{summary.run_id}", ignore_errors=True)
    return summary
