"""What a run records about itself: its summary, its record file beside the warehouse (written
when the run starts and again when it ends), and its Prefect artifacts."""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from flows import warehouse
from flows.settings import Settings


class AuditBlocked(RuntimeError):
    """The Great Expectations audit failed a suite-level check: nothing was published."""


@dataclass
class RunSummary:
    run_id: str
    status: str = "running"
    warehouse: str = ""  # the published DuckDB file, or the DuckLake catalog URI
    data_docs: str = ""
    started_at: str = ""
    finished_at: str | None = None
    seconds: float | None = None
    files_seen: int = 0
    files_new: int = 0
    files_unchanged: int = 0
    files_duplicate: int = 0
    files_rejected: int = 0
    files_deferred: int = 0  # still being written: left for the next run
    articles_new: int = 0
    articles_total: int = 0
    dyads_total: int = 0
    facts_total: int = 0
    facts_failing: int = 0
    people_total: int = 0
    dbt_build: str = ""  # full | incremental | skip, and why
    working_copy: str = ""  # DuckDB file: the standby caught up, or a full copy and why
    # DuckLake: how the model tables were published (by the keys the build rewrote, or compared
    # with the lake's and why; replaced by a full build; none)
    lake_publish: str = ""
    failed_checks: dict[str, int] = field(default_factory=dict)
    blocking_failures: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    deferred: list[tuple[str, str]] = field(default_factory=list)  # (input, why it waits)
    error: str | None = None
    lake_snapshot_read: int | None = None  # DuckLake mode: the snapshot the run built from ...
    lake_snapshot: int | None = None  # ... and the one its publication created
    # the stage the run is in (begin, discovery, fetch, parse, load, dbt build, audit, indicators
    # (the rebuild of the indicators of flagged facts), publish, archive); after the run, the last
    # one it entered
    stage: str = ""

    def count_inputs(self, found, stats) -> None:
        """The file counts of a discovery (``flows.ingest.inbox.Discovery``) and its load
        (``flows.ingest.load.LoadStats``)."""
        self.files_seen = found.seen
        self.files_unchanged = found.unchanged + stats.files_unchanged
        self.files_new, self.files_duplicate = stats.files_new, stats.files_duplicate
        self.files_rejected, self.rejected = stats.files_rejected, stats.rejected
        self.deferred = [(i.source_uri, r) for i, r in found.deferred] + stats.deferred
        self.files_deferred = len(self.deferred)
        self.articles_new = stats.articles_new

    def count_checks(self, audit) -> None:
        """The failing checks of an audit (``flows.validation.AuditResult``), with their failing rows."""
        self.failed_checks = {
            f"{o.suite}.{o.check}": o.unexpected_count or 0 for o in audit.outcomes if not o.success
        }

    def count_marts(self, db: Path) -> None:
        """Articles, country pairs, facts (and failing ones) and people of the marts in ``db``."""
        con = warehouse.connect(db, read_only=True)
        try:
            self.count_marts_of(con)
        finally:
            con.close()

    def count_marts_of(self, con) -> None:
        """``count_marts`` on an open connection whose default catalog holds the marts."""
        (
            self.articles_total,
            self.dyads_total,
            self.facts_total,
            self.facts_failing,
            self.people_total,
        ) = con.execute(
            """select (select count(*) from marts.articles), (select count(*) from marts.dyads),
                      (select count(*) from marts.numeric_facts),
                      (select count(*) from marts.numeric_facts where not is_valid),
                      (select count(*) from marts.people)"""
        ).fetchone()

    def finish(self, status: str) -> None:
        """Set ``status``, and the end time and duration (seconds) unless they are set already."""
        now = datetime.now(UTC)
        self.status = status
        self.finished_at = self.finished_at or now.isoformat()
        if self.seconds is None:
            self.seconds = round((now - datetime.fromisoformat(self.started_at)).total_seconds(), 2)

    def record(self) -> dict[str, object]:
        """The run's row of ``audit.runs``, by column: run_id, started_at, finished_at, status and
        summary (this summary as JSON)."""
        return {
            "run_id": self.run_id,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "status": self.status,
            "summary": json.dumps(asdict(self), default=str),
        }


def write_run_record(settings: Settings, summary: RunSummary) -> Path | None:
    """Write (or rewrite) ``runs/<started>_<run_id>.json``: once when the run starts, with status
    ``running``, and again when it ends. ``pid`` and ``host`` say which process wrote it, so
    ``dyad status`` can tell a run that is still going from one that was killed. Written whole or
    not at all (a temporary file renamed into place, so a full disk never leaves an empty or cut
    record). Returns the path, or None when it could not be written (the reason goes to stderr;
    the run's own outcome stands)."""
    path = settings.runs_dir / f"{summary.started_at[:19].replace(':', '')}_{summary.run_id}.json"
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        settings.runs_dir.mkdir(parents=True, exist_ok=True)
        record = {**asdict(summary), "pid": os.getpid(), "host": socket.gethostname()}
        data = json.dumps(record, default=str, indent=2, ensure_ascii=False).encode("utf-8")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        return path
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = warehouse.no_space(path, "writing", exc, outcome="") if warehouse.is_disk_full(exc) else exc
        print(f"dyad: could not write the run record {path}: {reason}", file=sys.stderr)
        return None


def enter_stage(settings: Settings, summary: RunSummary, stage: str) -> None:
    """Set the run's stage and rewrite its record (``write_run_record``), so ``dyad status`` and
    an operator see where a running (or killed) run is."""
    summary.stage = stage
    write_run_record(settings, summary)


def read_run_records(settings: Settings, label: str, last: int = 10) -> list[dict]:
    """The newest ``last`` run records of the warehouse named ``label`` (its file path or its
    lake's catalog URI: ``RunSummary.warehouse``), newest first. Records of other warehouses that
    share the runs folder (the other mode, another path) and unreadable records are left out."""
    if not settings.runs_dir.exists():
        return []
    records = []
    for rec in sorted(settings.runs_dir.glob("*.json"), reverse=True):
        try:
            record = json.loads(rec.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if isinstance(record, dict) and _same_warehouse(record.get("warehouse"), label):
            records.append(record)
            if len(records) == last:
                break
    return records


def _same_warehouse(recorded: object, label: str) -> bool:
    """Whether a record's ``warehouse`` names the warehouse ``label``: the same catalog URI, or
    paths to the same file (a symlink and its target)."""
    if not isinstance(recorded, str):
        return False
    if recorded == label:
        return True
    if recorded.startswith("ducklake:") or label.startswith("ducklake:"):
        return False
    return os.path.realpath(recorded) == os.path.realpath(label)


@contextmanager
def recorded(settings: Settings, label: str) -> Iterator[RunSummary]:
    """A new run's summary, recorded (``write_run_record``) as ``running`` now and with its outcome
    when the block ends, and shown as Prefect artifacts. The block sets ``published`` itself; an
    exception makes the run ``blocked`` (AuditBlocked), ``refused`` (WarehouseBusy), ``failed``
    (anything else; a full disk is raised as ``warehouse.NoSpace`` naming the filesystem) or
    ``interrupted`` (KeyboardInterrupt, cancellation), and is raised again. ``label`` names the
    warehouse (``RunSummary.warehouse``)."""
    from prefect import get_run_logger

    summary = RunSummary(
        run_id=uuid.uuid4().hex[:12],
        warehouse=label,
        started_at=datetime.now(UTC).isoformat(),
        data_docs=str(settings.data_docs_path),
    )
    write_run_record(settings, summary)  # status "running" until the run ends
    interrupts = _watch_interrupts()
    try:
        yield summary
    except AuditBlocked as exc:
        summary.status, summary.error = "blocked", str(exc)
        raise
    except warehouse.WarehouseBusy as exc:
        summary.status, summary.error = "refused", str(exc)
        raise
    except Exception as exc:
        if interrupts.fired:
            # Ctrl-C reaches the whole process group: a worker or a Prefect task context torn down
            # by it surfaces here as some other exception, but the run was interrupted
            raise
        summary.status = "failed"
        if warehouse.is_disk_full(exc) and not isinstance(exc, warehouse.NoSpace):
            full = warehouse.no_space(settings.work_dir, "writing to", exc)
            summary.error = f"NoSpace: {full}"
            raise full from exc
        summary.error = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        interrupts.stop()
        # left without a status: KeyboardInterrupt, cancellation, an error raised by an interrupt
        summary.finish("interrupted" if summary.status == "running" else summary.status)
        write_run_record(settings, summary)
        try:
            publish_artifacts(settings, summary)
        except Exception as exc:  # reporting must never turn a published run into a failure
            get_run_logger().warning("could not write run artifacts: %s", exc)


class _InterruptWatch:
    """Notes a SIGINT received while a run is recorded, then lets it act as before (the handler in
    place is called: Python's own raises KeyboardInterrupt). Only the main thread can set signal
    handlers, and an ignored SIGINT stays ignored; then nothing is watched and ``fired`` stays
    False."""

    def __init__(self) -> None:
        self.fired = False
        self._previous: object = None
        self._installed = False

    def start(self) -> _InterruptWatch:
        if threading.current_thread() is threading.main_thread():
            previous = signal.getsignal(signal.SIGINT)
            if callable(previous):  # Python's default_int_handler or another's; not SIG_IGN/SIG_DFL
                self._previous = previous
                signal.signal(signal.SIGINT, self._handle)
                self._installed = True
        return self

    def _handle(self, signum: int, frame: object) -> None:
        self.fired = True
        self._previous(signum, frame)  # type: ignore[operator]

    def stop(self) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]
            self._installed = False


def _watch_interrupts() -> _InterruptWatch:
    return _InterruptWatch().start()


def publish_artifacts(settings: Settings, summary: RunSummary) -> None:
    """The run's summary (markdown) and, when it published, the facts of the articles it added
    (a table read from the published warehouse), as Prefect artifacts."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    lines = [
        f"# Dyad run `{summary.run_id}`: {summary.status}",
        "",
        "| files seen | new | unchanged | duplicate | quarantined | new articles | articles | country pairs (marts.dyads) "
        "| facts | facts failing checks |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| {summary.files_seen} | {summary.files_new} | {summary.files_unchanged} | {summary.files_duplicate} "
        f"| {summary.files_rejected} | {summary.articles_new} | {summary.articles_total} | {summary.dyads_total} "
        f"| {summary.facts_total} | {summary.facts_failing} |",
        "",
        f"Warehouse: `{summary.warehouse}`  ",
        f"Data Docs: `{summary.data_docs}/index.html`",
    ]
    if summary.failed_checks:
        lines += ["", "## Failed checks", "", "| check | failing rows |", "|---|---|"]
        lines += [f"| {k} | {v} |" for k, v in sorted(summary.failed_checks.items())]
    if summary.rejected:
        lines += ["", "## Quarantined inputs", "", "| input | reason |", "|---|---|"]
        lines += [f"| `{u}` | {r} |" for u, r in summary.rejected[:200]]
    if summary.deferred:
        lines += ["", "## Left for the next run (still being written)", "", "| input | reason |", "|---|---|"]
        lines += [f"| `{u}` | {r} |" for u, r in summary.deferred[:200]]
    if summary.error:
        lines += ["", f"**Error:** {summary.error}"]
    create_markdown_artifact(
        markdown="\n".join(lines),
        key="dyad-run-summary",
        description="Files, articles, pairs, facts and checks of this run",
    )
    if summary.status != "published":
        return
    from flows.warehouses import open_published

    con = open_published(settings)
    try:
        rows = con.execute(
            """select f.quote, f.value, f.unit, f.comparator, f.metric, f.country_a, f.country_b, f.is_valid,
                      array_to_string(f.failed_checks, ', ') as failed_checks, a.title
               from marts.numeric_facts f join marts.articles a using (article_id)
               where a.run_id = ? order by a.title, f.char_start limit 500""",
            [summary.run_id],
        ).fetchall()
    finally:
        con.close()
    cols = ["quote", "value", "unit", "comparator", "metric", "country_a", "country_b", "is_valid"]
    create_table_artifact(
        table=[dict(zip([*cols, "failed_checks", "article"], r, strict=True)) for r in rows],
        key="dyad-new-facts",
        description="Numeric facts of the articles this run added",
    )
