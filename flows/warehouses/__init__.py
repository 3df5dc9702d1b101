"""Where a run reads and writes, and where readers look: the ``Warehouse`` interface.

Two implementations, chosen by ``Settings.warehouse_mode``:

- ``duckdb`` (:class:`flows.warehouses.duckdb_file.DuckDBFile`): one DuckDB file. A run catches
  a standby copy of the published file up with what the last run changed, writes there, and
  after the audit passes swaps it with the published file (write-audit-publish,
  ``flows/warehouses/standby.py``, ``flows/warehouse.py``).
- ``ducklake`` (:class:`flows.warehouses.ducklake.DuckLake`): a DuckLake shared by several
  machines. A run reads the lake at one snapshot, builds in a local working file, and publishes
  in one DuckLake transaction; when another run published first, it loads and builds again on
  the new snapshot (``flows/lake.py``).

The pipeline (flows/pipeline.py) and every reader (``dyad sql``, ``status``, ``docs``,
``report``, the nightly report, the run artifacts) see only this interface: ``open_warehouse``
is the one place that looks at the mode.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import duckdb

from flows.settings import Settings

if TYPE_CHECKING:
    from flows.ingest.documents import ParseResult
    from flows.ingest.inbox import Discovery
    from flows.ingest.load import LoadBatch, LoadStats
    from flows.runs import RunSummary
    from flows.transform import BuildPlan


class Warehouse(Protocol):
    """A published warehouse, its readers' view and a run's way of writing to it.

    A run calls, in order: ``writing()`` (a context: the writer lock, and at its end the removal
    of what the run wrote locally), ``begin``, ``stage_dir``, then ``load`` (once per batch of
    ``batch_inputs`` inputs), ``plan``, the dbt
    build on ``work_path`` inside ``dbt_target()``, the audit of ``work_path``, and ``publish``;
    again from ``load`` while ``publish`` returns False."""

    settings: Settings
    label: str  # the published file's path or the lake's catalog URI (RunSummary.warehouse)
    untouched: str  # what a run that fails leaves as it was: "the published warehouse", "the lake"
    readable_dirs: list[str]  # folders a locked-down reader must still read (the lake's data)

    def writing(self) -> AbstractContextManager[None]:
        """Hold the writer lock (raises ``flows.warehouse.WarehouseBusy``) for the block and
        remove the run's working files when it ends, published or not."""
        ...

    def begin(self, summary: RunSummary) -> dict:
        """Start a run: returns the manifest (``flows.ingest.inbox.load_manifest``) of what the
        warehouse has seen, read where the run builds from."""
        ...

    def stage_dir(self, run_id: str) -> Path:
        """The folder where parsing writes the run's Parquet files."""
        ...

    @property
    def work_path(self) -> Path:
        """The DuckDB file the run's marts are built and audited in."""
        ...

    @property
    def batch_inputs(self) -> int:
        """How many inputs a run parses and loads at a time (0: all in one batch)."""
        ...

    def load(
        self,
        results: list[ParseResult],
        stage_dir: Path,
        found: Discovery,
        run_id: str,
        batch: LoadBatch | None = None,
    ) -> LoadStats:
        """Append the parsed articles (and manifest rows, rejections) to the working file.

        In batches (``batch_inputs``): ``batch`` says which (``flows.ingest.load.LoadBatch``);
        returns the counts of every batch so far."""
        ...

    def plan(self, full_refresh: bool, stats: LoadStats) -> BuildPlan:
        """What the dbt build covers after this load."""
        ...

    def dbt_target(self) -> AbstractContextManager[None]:
        """The context in which dbt builds on ``work_path``."""
        ...

    def count_marts(self, summary: RunSummary) -> None:
        """Set the summary's totals (``RunSummary.count_marts``) from the marts readers will see
        once the run publishes."""
        ...

    def publish(self, summary: RunSummary) -> bool:
        """Record the run (``audit.runs``) and publish the working file: True once published;
        False when another run published first and the run must load and build again (the
        summary is back to ``running``). Raises when it cannot publish."""
        ...

    def open_published(self) -> duckdb.DuckDBPyConnection:
        """A read-only connection to what readers see (``marts``, ``audit`` as default catalog).
        Raises FileNotFoundError when nothing is published, ``flows.lake.LakeUnavailable`` when
        the lake cannot be attached."""
        ...

    def copy_published(self, target: Path) -> Path:
        """A local DuckDB file at ``target`` with the published tables; raises FileNotFoundError
        when nothing is published."""
        ...


def _notify(message: str) -> None:
    """Log ``message`` to the flow run's log (the module's logger outside a flow run)."""
    try:
        from prefect import get_run_logger

        get_run_logger().info(message)
    except Exception:  # outside a flow run
        logging.getLogger(__name__).info(message)


class WorkingFile:
    """What both implementations share: the run's working DuckDB file (``work``, a
    ``flows.warehouse.WorkingCopy``; None until the run has one) and the writer lock."""

    settings: Settings
    work = None

    @contextmanager
    def writing(self) -> Iterator[None]:
        # one run at a time per warehouse path (in DuckLake mode: per machine and working
        # folder; machines coordinate through the lake)
        from flows import warehouse

        with warehouse.writer_lock(self.settings.warehouse_path, self.settings.lock_wait_seconds, _notify):
            try:
                yield
            finally:
                if self.work is not None:  # what is left of it: all of it unless it was published
                    warehouse.discard(self.work)
                self.cleanup()

    def cleanup(self) -> None:
        """Remove what else the run wrote locally (called at the end of ``writing``)."""

    def loaded(self, stats: LoadStats) -> tuple[int, int] | None:
        """(the newest load holding articles, the articles in all), when the working file's
        ``raw.articles`` cannot tell (``flows.transform.plan_build``)."""
        return None

    def unbuilt(self, stats: LoadStats) -> int | None:
        """The articles loaded after the models' watermark, this load's included, when the working
        file's ``raw.articles`` cannot tell (``flows.transform.plan_build``'s ``batch``)."""
        return None

    def plan(self, full_refresh: bool, stats: LoadStats) -> BuildPlan:
        from flows import transform

        return transform.plan_build(
            self.work_path,
            full_refresh,
            stats.articles_new,
            stats.load_seq,
            transform.fingerprint(self.settings),
            self.loaded(stats),
            self.unbuilt(stats),
        )

    def count_marts(self, summary: RunSummary) -> None:
        summary.count_marts(self.work_path)

    @property
    def work_path(self) -> Path:
        if self.work is None:
            raise RuntimeError("the run has no working file yet")
        return self.work.path


def open_warehouse(settings: Settings) -> Warehouse:
    """The warehouse of ``settings``: a DuckDB file or a DuckLake (``warehouse_mode``)."""
    if settings.on_lake:
        from flows.warehouses.ducklake import DuckLake

        return DuckLake(settings)
    from flows.warehouses.duckdb_file import DuckDBFile

    return DuckDBFile(settings)


def open_published(settings: Settings) -> duckdb.DuckDBPyConnection:
    """What readers see, read-only, in either mode: ``open_warehouse(settings).open_published()``."""
    return open_warehouse(settings).open_published()
