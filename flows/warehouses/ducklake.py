"""A DuckLake shared by several machines: a run reads the lake at one snapshot, builds in a local
working file and publishes in one DuckLake transaction; when another run published first, the
run loads and builds again on the new snapshot (``flows/lake.py`` explains the guarantees)."""

from __future__ import annotations

import dataclasses
import logging
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows import lake, transform, warehouse
from flows.ingest.documents import ParseResult
from flows.ingest.inbox import Discovery, record_folders
from flows.ingest.load import LoadBatch, LoadStats, load_results, touched_input
from flows.settings import Settings
from flows.warehouses import WorkingFile


class LakeRetriesExhausted(RuntimeError):
    """Other runs kept committing to the lake first; this run published nothing."""


def _logger():
    from prefect import get_run_logger
    from prefect.exceptions import MissingContextError

    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(__name__)


def mtime_updates(results: list[ParseResult], manifest: dict) -> list[tuple]:
    """Inputs touched but not changed (``flows.ingest.load.touched_input``): their manifest rows
    take the new mtime and inode, as flows/ingest/load.py does in a DuckDB file."""
    return [t for res in results if (t := touched_input(res, manifest)) is not None]


class DuckLake(WorkingFile):
    """The ``ducklake`` warehouse mode (see ``flows.warehouses.Warehouse``)."""

    untouched = "the lake"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.label = lake.catalog_uri(settings)
        self.readable_dirs = [lake.data_path(settings)]
        self.state: lake.LakeState | None = None
        self.work: warehouse.WorkingCopy | None = None
        self.results: list[ParseResult] = []
        self.restamped: list[tuple] = []  # Discovery.restamped: written into the lake's manifest rows
        self.run_id = ""
        self.conflicts = 0
        self.build: transform.BuildPlan | None = None
        self.not_kept: str | None = "not loaded yet"  # why the working file's model tables were not kept
        self.models_synced = False  # the working file holds the lake's model tables once published
        self.working_copy = ""  # how the working file got the model tables (RunSummary.working_copy)

    def cleanup(self) -> None:
        if self.run_id:  # the parsed inputs, kept for every attempt
            shutil.rmtree(self.stage_dir(self.run_id), ignore_errors=True)

    def begin(self, summary) -> dict:
        """Create the lake's tables if this is a new lake; read its manifest at one snapshot."""
        self.run_id = summary.run_id
        self._read(summary, ensure=True)
        _logger().info(
            "lake %s at snapshot %d (%d published runs)", self.label, self.state.snapshot, self.state.head
        )
        return self.state.manifest

    def _read(self, summary, ensure: bool = False) -> None:
        self.state = lake.read_state(self.settings, ensure=ensure)
        summary.lake_snapshot_read = self.state.snapshot

    def stage_dir(self, run_id: str) -> Path:
        # not "stage-*": warehouse.discard() of a lost attempt must leave the parsed rows
        return self.settings.work_dir / f"lake-stage-{run_id}"

    batch_inputs = 0  # one batch: a run that another run's publication made stale loads it again

    def load(
        self,
        results: list[ParseResult],
        stage_dir: Path,
        found: Discovery,
        run_id: str,
        batch: LoadBatch | None = None,
    ) -> LoadStats:
        """This run's new rows into a fresh local working file (``pending.*``), with ``raw.*``
        views that add them to the lake's rows at the run's snapshot. One batch only
        (``batch_inputs`` 0): ValueError for a later one."""
        if batch is not None and (batch.earlier is not None or batch.recorded or not batch.last):
            raise ValueError("a DuckLake run loads its inputs in one batch")
        if self.work is not None:  # the attempt another run's publication made stale
            warehouse.discard(self.work)
            self.work = None
        self.results = results
        self.restamped = found.restamped
        state = self.state
        self.settings.work_dir.mkdir(parents=True, exist_ok=True)
        # one name for every run (one run at a time per working folder): dbt's target is then the
        # same from run to run and it re-uses its parsed project. The last published run left it
        # holding the lake's model tables: kept when the lake is still at that snapshot.
        path = self.settings.work_dir / "lake-work.duckdb"
        self.not_kept = lake.reuse_models(self.settings, path, state.snapshot, state.data_snapshot)
        self.work = warehouse.WorkingCopy(path, path)
        # the lake's manifest rows of the inputs this run records, and which of its articles the
        # lake holds, read at the run's snapshot (by key: not the whole manifest or article list)
        known = lake.read_inputs(
            self.settings,
            state.snapshot,
            state.manifest,
            [r.item.source_uri for r in results] + [i.source_uri for i, _r in found.rejected],
            {a.article_id for r in results for a in r.articles},
        )
        con = warehouse.connect(path)
        try:
            warehouse.ensure_raw_schema(con)
            now = datetime.now(UTC)
            stats = load_results(
                con,
                results,
                stage_dir,
                found.rejected,
                state.manifest,
                run_id,
                now,
                known_ids=known,
                load_seq=state.head + 1,  # the lake's version this run publishes
            )
            # the folders discovery listed: appended to the lake's with the run's other rows
            record_folders(con, found, results, run_id, now)
        finally:
            con.close()
        lake.stage_pending(self.settings, path, state.snapshot)
        return stats

    def loaded(self, stats: LoadStats) -> tuple[int, int]:
        # the raw tables are views over the lake: the newest load holding articles, and how many
        # the lake and this load hold
        return (
            stats.load_seq if stats.articles_new else self.state.last_load,
            self.state.articles + stats.articles_new,
        )

    def unbuilt(self, stats: LoadStats) -> int:
        return self.state.unbuilt + stats.articles_new

    def plan(self, full_refresh: bool, stats: LoadStats) -> transform.BuildPlan:
        """As in the embedded mode, from the lake's ``audit.dbt_state``: nothing to build when no
        article is new; incremental when the fingerprint is the one the lake's models were built
        with (the working file then holds the lake's model tables and seeds at the run's snapshot:
        those the last published run kept with their views, ``flows.lake.reuse_models``, else
        copies, and the build then creates the views; it logs the keys it rewrites:
        ``flows.lake.start_change_log``);
        otherwise, or when asked, full (the working file's model tables dropped first).
        ``working_copy`` says which."""
        lake.record_built(self.work_path, self.state.built)
        plan = super().plan(full_refresh, stats)
        self.models_synced = plan.mode == "skip" and self.not_kept is None
        if plan.mode == "incremental":
            if self.not_kept is None:
                self.working_copy = (
                    f"model tables kept from the last run (lake snapshot {self.state.snapshot})"
                )
                if not lake.model_views(self.work_path):  # kept by a run that dropped the views
                    plan = dataclasses.replace(plan, with_views=True)
            else:
                t0 = time.perf_counter()  # a new working file (reuse_models removed the old one)
                n = lake.copy_built(self.settings, self.work_path, self.state.snapshot)
                self.working_copy = (
                    f"model tables copied from the lake ({n} tables, {time.perf_counter() - t0:.1f} s): "
                    f"{self.not_kept}"
                )
                # the copy holds the tables only: the build makes the views too
                plan = dataclasses.replace(plan, with_views=True)
            lake.start_change_log(self.work_path)
        elif plan.mode == "full":  # every model made anew from all rows
            lake.drop_models(self.work_path)
            self.working_copy = "model tables built anew (a full build)"
        else:
            self.working_copy = "no model table needed (nothing to build)"
        if plan.mode != "skip":
            self.models_synced = True  # once published, the lake's model tables are these
        self.build = plan
        return plan

    @contextmanager
    def dbt_target(self) -> Iterator[None]:
        with lake.dbt_target(self.settings):
            yield
        if self.build is not None and self.build.mode == "incremental":
            lake.narrow_raw_articles(
                self.settings,
                self.work_path,
                self.state.snapshot,
                self.build.since_seq,
                # the lake's articles loaded after those its models were built through (since_seq)
                lake_rows=self.state.unbuilt > 0,
            )

    def count_marts(self, summary) -> None:
        """The totals of the marts: those the run built, or the lake's at the run's snapshot when it
        built none."""
        if self.build is not None and self.build.mode != "skip":
            return summary.count_marts(self.work_path)
        con = lake.connect(self.settings, read_only=True, snapshot=self.state.snapshot)
        try:
            summary.count_marts_of(con)
        finally:
            con.close()

    def publish(self, summary) -> bool:
        """One DuckLake transaction: raw rows, audit rows (the folders listed among them), the run
        and what the build changed (``flows.lake.publish``): after an incremental build, the keys
        it logged, or every model table compared with the lake's when the log cannot be used
        (``summary.lake_publish`` says which, and why). False (the summary back to ``running``,
        the lake read again) when another run committed first; LakeRetriesExhausted after
        ``lake_commit_retries`` such rebuilds."""
        plan = lake.plan_publish(self.work_path, self.build.mode if self.build is not None else "full")
        if plan.build == "incremental" and plan.keys is None:
            _logger().warning("publishing by comparing every model table with the lake's: %s", plan.reason)

        def record(applied: lake.PublishPlan) -> dict[str, object]:
            summary.lake_publish = applied.describe()
            return summary.record()

        summary.working_copy = self.working_copy
        try:
            summary.lake_snapshot = lake.publish(
                self.settings,
                self.work_path,
                self.state,
                summary.run_id,
                record,
                [*self.restamped, *mtime_updates(self.results, self.state.manifest)],
                plan,
            )
            _logger().info("published the model tables: %s", summary.lake_publish)
            if self.models_synced:  # the working file now holds the lake's model tables: kept
                lake.keep_models(self.settings, self.work_path, summary.lake_snapshot)
                self.work = None  # not discarded when the run ends
            return True
        except lake.LakeConflict as exc:
            summary.status, summary.finished_at, summary.seconds = "running", None, None
            if self.conflicts == self.settings.lake_commit_retries:
                raise LakeRetriesExhausted(
                    f"other runs committed to the lake first {self.conflicts + 1} times; nothing was "
                    "published by this run. Run it again (or raise lake_commit_retries)."
                ) from exc
            self.conflicts += 1
            _logger().warning("%s; rebuilding on the new snapshot (attempt %d)", exc, self.conflicts + 1)
            self._read(summary)
            return False

    def open_published(self) -> duckdb.DuckDBPyConnection:
        return lake.open_published(self.settings)

    def copy_published(self, target: Path) -> Path:
        if not lake.lake_exists(self.settings):
            raise FileNotFoundError(
                f"no DuckLake catalog for {self.settings.lake_catalog}: run `dyad run` first"
            )
        return lake.export_published(self.settings, target)
