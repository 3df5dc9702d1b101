"""One DuckDB file with write-audit-publish: a run writes the standby, a second copy of the
published file caught up with it (``flows/warehouses/standby.py``), and swaps the two files after
the audit (``flows/warehouse.py`` holds the lock and the checks before publishing)."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows import schema, warehouse
from flows.ingest.documents import ParseResult
from flows.ingest.inbox import Discovery, load_manifest, manifest_reader, record_folders
from flows.ingest.load import LoadBatch, LoadStats, load_results
from flows.settings import Settings
from flows.warehouse import open_duckdb
from flows.warehouses import WorkingFile, standby

log = logging.getLogger(__name__)


def _logger():
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:  # outside a flow run
        return log


class DuckDBFile(WorkingFile):
    """The ``duckdb`` warehouse mode (see ``flows.warehouses.Warehouse``)."""

    untouched = "the published warehouse"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.readable_dirs: list[str] = []
        self.label = str(settings.warehouse_path)
        self.work: warehouse.WorkingCopy | None = None
        self.manifest: dict = {}
        self.loaded_at: datetime | None = None  # when the run's load began (its rows' times)

    @contextmanager
    def writing(self) -> Iterator[None]:
        with warehouse.writer_lock(
            self.settings.warehouse_path, self.settings.lock_wait_seconds, _logger().info
        ):
            failed = True
            try:
                yield
                failed = False
            finally:  # also when the standby could not be prepared (a full disk, say)
                published = warehouse.resolved(self.settings.warehouse_path)
                standby.cleanup(standby.standby_path(published, self.settings.work_dir), failed)

    def begin(self, summary) -> dict:
        prepared = standby.prepare(self.settings.warehouse_path, self.settings.work_dir, summary.run_id)
        self.work = prepared.copy
        summary.working_copy = prepared.describe()
        _logger().info("working file: %s", summary.working_copy)
        con = warehouse.connect(self.work.path, read_only=True)
        try:  # the folder state only: discovery reads the manifest rows of the folders it lists
            self.manifest = load_manifest(con, files=False, reader=manifest_reader(self.work.path))
        finally:
            con.close()
        return self.manifest

    def stage_dir(self, run_id: str) -> Path:
        return self.work_path.parent / f"stage-{run_id}"

    @property
    def batch_inputs(self) -> int:
        # a batch is committed to the working file, which nothing reads before the swap
        return self.settings.load_batch

    def load(
        self,
        results: list[ParseResult],
        stage_dir: Path,
        found: Discovery,
        run_id: str,
        batch: LoadBatch | None = None,
    ) -> LoadStats:
        batch = batch or LoadBatch()
        earlier = batch.earlier
        if earlier is None or self.loaded_at is None:
            self.loaded_at = datetime.now(UTC)
        now = self.loaded_at  # one time for the run's batches: ingested_at orders articles
        con = warehouse.connect(self.work_path)
        try:
            first = earlier is None  # what discovery found is recorded with the first batch
            rejected, restamped = (found.rejected, found.restamped) if first else ([], [])
            seq = earlier.load_seq if earlier is not None else None
            stats = load_results(
                con,
                results,
                stage_dir,
                rejected,
                self.manifest,
                run_id,
                now,
                load_seq=seq,
                restamped=restamped,
            )
            if batch.last:  # published with the rows above
                record_folders(con, found, [*batch.recorded, *results], run_id, now)
            return stats if earlier is None else earlier.add(stats)
        finally:
            con.close()
            shutil.rmtree(stage_dir, ignore_errors=True)

    def dbt_target(self):
        return nullcontext()

    def publish(self, summary) -> bool:
        con = warehouse.connect(self.work_path)
        try:
            row = summary.record()
            con.execute(schema.table("audit.runs").insert_sql(row), list(row.values()))
        finally:
            con.close()
        standby.swap(self.work)
        return True

    def open_published(self) -> duckdb.DuckDBPyConnection:
        path = self.settings.warehouse_path
        if not path.exists():
            raise FileNotFoundError(f"no published warehouse at {path}: run `dyad run` first")
        return open_duckdb(path, read_only=True)

    def copy_published(self, target: Path) -> Path:
        path = self.settings.warehouse_path
        if not path.exists():
            raise FileNotFoundError(f"no published warehouse at {path}: run `dyad run` first")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        return target
