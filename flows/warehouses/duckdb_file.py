"""One DuckDB file with write-audit-publish: a run writes a working copy of the published file
and renames it over the published one after the audit (``flows/warehouse.py`` holds the copy,
the lock and the atomic publication)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from flows import transform, warehouse
from flows.ingest.documents import ParseResult
from flows.ingest.inbox import Discovery, load_manifest
from flows.ingest.load import LoadStats, load_results
from flows.settings import Settings


class DuckDBFile:
    """The ``duckdb`` warehouse mode (see ``flows.warehouses.Warehouse``)."""

    untouched = "the published warehouse"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.readable_dirs: list[str] = []
        self.label = str(settings.warehouse_path)
        self.work: warehouse.WorkingCopy | None = None
        self.manifest: dict = {}

    @contextmanager
    def writing(self) -> Iterator[None]:
        with warehouse.writer_lock(self.settings.warehouse_path):
            try:
                yield
            finally:
                if self.work is not None:  # what is left of it: all of it unless it was published
                    warehouse.discard(self.work)

    def begin(self, summary) -> dict:
        self.work = warehouse.prepare_working_copy(self.settings.warehouse_path, self.settings.work_dir)
        con = warehouse.connect(self.work.path, read_only=True)
        try:
            self.manifest = load_manifest(con)
        finally:
            con.close()
        return self.manifest

    def stage_dir(self, run_id: str) -> Path:
        return self.work_path.parent / f"stage-{run_id}"

    @property
    def work_path(self) -> Path:
        if self.work is None:
            raise RuntimeError("no working copy: begin() the run first")
        return self.work.path

    def load(self, results: list[ParseResult], stage_dir: Path, found: Discovery, run_id: str) -> LoadStats:
        con = warehouse.connect(self.work_path)
        try:
            return load_results(
                con, results, stage_dir, found.rejected, self.manifest, run_id, datetime.now(UTC)
            )
        finally:
            con.close()
            shutil.rmtree(stage_dir, ignore_errors=True)

    def plan(self, full_refresh: bool, stats: LoadStats) -> transform.BuildPlan:
        return transform.plan_build(
            self.work_path,
            full_refresh,
            stats.articles_new,
            stats.load_seq,
            transform.fingerprint(self.settings),
        )

    def dbt_target(self):
        return nullcontext()

    def publish(self, summary) -> bool:
        con = warehouse.connect(self.work_path)
        try:
            con.execute("insert into audit.runs values (?, ?, ?, ?, ?)", list(summary.record()))
        finally:
            con.close()
        warehouse.publish(self.work)
        return True

    def open_published(self) -> duckdb.DuckDBPyConnection:
        path = self.settings.warehouse_path
        if not path.exists():
            raise FileNotFoundError(f"no published warehouse at {path}: run `dyad run` first")
        return duckdb.connect(str(path), read_only=True)

    def copy_published(self, target: Path) -> Path:
        path = self.settings.warehouse_path
        if not path.exists():
            raise FileNotFoundError(f"no published warehouse at {path}: run `dyad run` first")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        return target
