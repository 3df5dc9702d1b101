"""The Dyad pipeline: discover inputs -> parse articles -> load raw tables -> dbt build ->
Great Expectations checkpoint -> publish.

Everything is written to a working copy of the warehouse; the published file is replaced
(atomic rename) only when the audit passes, so readers never see a half-built or failed run.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows import warehouse
from flows.dbt_runner import project_hash, run_dbt
from flows.ingest.documents import InputItem, ParseResult, sha256
from flows.ingest.inbox import Discovery, discover, load_manifest
from flows.ingest.load import LoadStats, load_results
from flows.ingest.staging import chunks, parse_chunk
from flows.settings import Settings, load_settings
from flows.validation import AuditResult, record_audit, run_audit

PARALLEL_THRESHOLD = 64  # below this many inputs, parsing in-process beats starting workers
CHUNK_MAX = 256  # inputs per parse chunk (one set of Parquet files each)


class AuditBlocked(RuntimeError):
    """The Great Expectations audit failed a suite-level check: nothing was published."""


@dataclass
class RunSummary:
    run_id: str
    status: str = "running"
    warehouse: str = ""
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
    failed_checks: dict[str, int] = field(default_factory=dict)
    blocking_failures: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    deferred: list[tuple[str, str]] = field(default_factory=list)  # (input, why it waits)
    error: str | None = None
    lake_snapshot_read: int | None = None  # DuckLake mode: the snapshot the run built from ...
    lake_snapshot: int | None = None  # ... and the one its publication created


# --------------------------------------------------------------------------------------- tasks


@task(cache_policy=NO_CACHE)
def prepare_working_copy(settings: Settings) -> warehouse.WorkingCopy:
    """Copy the published warehouse to a working file; every write of this run goes there."""
    return warehouse.prepare_working_copy(settings.warehouse_path, settings.work_dir)


@task(cache_policy=NO_CACHE)
def discover_inputs(settings: Settings, work: warehouse.WorkingCopy) -> tuple[Discovery, dict]:
    """New and changed files of the inboxes, against the manifest of what was seen before."""
    con = warehouse.connect(work.path, read_only=True)
    try:
        manifest = load_manifest(con)
    finally:
        con.close()
    found = discover(settings.inbox_paths, manifest, settings.max_file_bytes, settings.settle_seconds)
    get_run_logger().info(
        "inputs: %d new or changed, %d unchanged, %d rejected before reading, %d still being written",
        len(found.new),
        found.unchanged,
        len(found.rejected),
        len(found.deferred),
    )
    return found, manifest


def _retry_transient(task, task_run, state) -> bool:
    """Retry fetches only when the failure may go away (timeouts, 5xx, refused connections). A
    fetch that ran into its total deadline is retried only after a first attempt, so at most once:
    a server that slow is not faster seconds later, and the writer lock is held meanwhile."""
    from flows.ingest.fetch import is_transient

    try:
        state.result()
    except Exception as exc:
        reason = str(getattr(exc, "reason", exc)).lower()
        if reason.startswith("timeout: total"):
            return task_run.run_count <= 1
        return is_transient(reason) and not reason.startswith("deferred")
    return False


@task(retries=2, retry_delay_seconds=[2, 10], retry_condition_fn=_retry_transient, cache_policy=NO_CACHE)
def fetch(url: str, settings: Settings, run_deadline: float | None = None):
    """Download one URL (http/https only, timeouts, a total deadline, size cap, content-type check,
    no non-public address unless ``fetch_allow_private_hosts``).

    ``run_deadline`` (seconds since the epoch) is when the run's fetch time ends: the fetch's own
    total deadline never runs past it, and a fetch that starts after it, or is cut short by it,
    raises ``FetchError`` with a reason starting ``"deferred:"``."""
    from flows.ingest.fetch import FetchError, fetch_url, run_time_used_up

    total = settings.fetch_total_timeout
    if run_deadline is not None:
        left = run_deadline - time.time()
        if left <= 0:
            raise run_time_used_up(settings.fetch_run_timeout)
        total = min(total, left)
    try:
        return fetch_url(
            url,
            connect_timeout=settings.fetch_connect_timeout,
            read_timeout=settings.fetch_read_timeout,
            max_bytes=settings.fetch_max_bytes,
            total_timeout=total,
            allow_private_hosts=settings.fetch_allow_private_hosts,
        )
    except FetchError as exc:
        if total < settings.fetch_total_timeout and exc.reason.startswith("timeout: total"):
            raise run_time_used_up(settings.fetch_run_timeout) from None
        raise


def _kind_for(content_type: str, url: str) -> str:
    ct = content_type.lower()
    if "html" in ct:
        return "html"
    if "json" in ct:
        return "jsonl" if url.lower().endswith((".jsonl", ".ndjson")) else "json"
    return "txt"


def _logger():
    """The run's logger inside a flow or task run, else this module's (fetch_inputs called alone)."""
    from prefect.exceptions import MissingContextError

    try:
        return get_run_logger()
    except MissingContextError:
        import logging

        return logging.getLogger(__name__)


def _check_fetch_settings(settings: Settings) -> None:
    for name in ("fetch_total_timeout", "fetch_run_timeout", "fetch_feed_max_items"):
        if getattr(settings, name) <= 0:
            raise ValueError(f"{name} must be more than 0, not {getattr(settings, name)!r}")


def fetch_inputs(
    urls: list[str],
    feeds: list[str],
    manifest: dict,
    settings: Settings,
) -> Discovery:
    """Fetch the URLs and the new entries of the feeds: (new inputs, rejected inputs with reasons).

    URLs given directly are always fetched (a changed page becomes a new version). From each feed,
    the entries not ingested yet are taken in feed order, at most ``fetch_feed_max_items`` per feed
    per run: the others wait for the next run. An entry whose last attempt failed for good
    (its last manifest row is a rejection whose reason ``is_transient`` calls permanent: http 404,
    a refused content type or address, too large, no article) is not fetched again; one that failed
    transiently (timeout, connection error, http 5xx, deferred) is. A page taken from a feed
    carries its item's title and date (``InputItem.feed_title``, ``feed_published``): the article
    keeps them where the page states none.

    All fetching of the run, feeds included, ends ``fetch_run_timeout`` seconds after it started:
    what is not fetched by then is rejected with a reason starting ``"deferred:"`` (and a feed
    entry so rejected is tried again next run). Raises ``ValueError`` for a non-positive
    ``fetch_total_timeout``, ``fetch_run_timeout`` or ``fetch_feed_max_items``."""
    from flows.ingest.fetch import FetchError, is_transient, parse_feed

    _check_fetch_settings(settings)
    run_deadline = time.time() + settings.fetch_run_timeout
    found = Discovery()
    fetch_with_retries = fetch.with_options(
        retries=settings.fetch_retries,
        retry_delay_seconds=[settings.fetch_retry_delay * 5**k for k in range(settings.fetch_retries)] or 0,
    )
    targets = list(dict.fromkeys(urls))
    from_feed: dict[str, tuple[str | None, str | None]] = {}  # URL -> (title, date) of its feed item
    for feed_url in feeds:
        try:
            got = fetch_with_retries(feed_url, settings, run_deadline)
            entries = parse_feed(got.content, got.url)
        except FetchError as exc:
            reason = exc.reason if exc.reason.startswith("feed: ") else f"feed: {exc.reason}"
            found.rejected.append((InputItem(feed_url, "feed"), reason))
            continue
        except Exception as exc:
            found.rejected.append((InputItem(feed_url, "feed"), f"feed: {exc}"))
            continue
        taken = waiting = 0
        for entry in entries:
            prev = manifest.get(entry.url)
            if entry.url in targets or (prev and prev.status != "rejected"):
                continue  # already listed, or ingested (or a duplicate) before
            if prev and not is_transient(prev.reason or ""):
                continue  # failed for good: not fetched again
            if taken >= settings.fetch_feed_max_items:
                waiting += 1
                continue
            targets.append(entry.url)
            from_feed[entry.url] = (entry.title, entry.published)
            taken += 1
        if waiting:
            _logger().warning(
                "feed %s: %d new entries taken, %d more wait for the next run (fetch_feed_max_items=%d)",
                feed_url,
                taken,
                waiting,
                settings.fetch_feed_max_items,
            )
    from flows.distributed import fetch_all  # on the Dask cluster when dask_address is set

    for url, got in fetch_all(fetch_with_retries, targets, settings, run_deadline):
        if isinstance(got, FetchError):
            found.rejected.append((InputItem(url, "url"), got.reason))
            continue
        if isinstance(got, BaseException):
            raise got
        found.new.append(
            InputItem(
                url,
                _kind_for(got.content_type, got.url),
                content=got.content,
                size_bytes=len(got.content),
                content_hash=sha256(got.content),
                feed_title=from_feed.get(url, (None, None))[0],
                feed_published=from_feed.get(url, (None, None))[1],
            )
        )
    return found


def _init_parse_worker() -> None:
    """In a forked parse worker: exit when the run's process dies (a pool worker would otherwise
    wait for work forever), and stop shipping logs to the Prefect API."""
    warehouse.WorkerWatch().start()
    _detach_api_logging()


def _detach_api_logging() -> None:
    """In a forked parse worker: drop the handlers that ship log records to the Prefect API.

    They belong to the flow process (their background thread was not forked); a record sent to
    them from a worker would never be delivered and fails at the worker's exit."""
    import logging

    for logger in [logging.getLogger(), *map(logging.getLogger, list(logging.root.manager.loggerDict))]:
        for handler in list(getattr(logger, "handlers", [])):
            if type(handler).__name__ == "APILogHandler":
                logger.removeHandler(handler)


@task(cache_policy=NO_CACHE)
def parse_articles(items: list[InputItem], settings: Settings, stage_dir: Path) -> list[ParseResult]:
    """Decode, clean and analyse every input, in parallel across cores for large batches, or on
    a Dask cluster when ``dask_address`` is set.

    Each chunk writes its articles, sentences, tokens, facts, people and bands to Parquet in
    ``stage_dir``; only the light per-article results come back to this process.
    """
    stage_dir.mkdir(parents=True, exist_ok=True)
    if settings.dask_address:
        from flows.distributed import parse_on_dask

        return parse_on_dask(items, settings, stage_dir)
    workers = settings.workers or os.cpu_count() or 1
    if len(items) < PARALLEL_THRESHOLD or workers == 1:
        size = max(len(items), 1)
        return [
            r
            for i, c in enumerate(chunks(items, size))
            for r in parse_chunk(c, settings.max_file_bytes, str(stage_dir), i).results
        ]
    size = max(16, min(CHUNK_MAX, len(items) // (workers * 4) or 1))
    results: list[ParseResult] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_parse_worker) as pool:
        futures = [
            pool.submit(parse_chunk, c, settings.max_file_bytes, str(stage_dir), i)
            for i, c in enumerate(chunks(items, size))
        ]
        done = as_completed(futures)
        if sys.stderr.isatty():
            from rich.progress import Progress

            with Progress(transient=True) as progress:  # long ingests show how far they are
                bar = progress.add_task(f"parsing {len(items)} inputs", total=len(items))
                for f in done:
                    progress.advance(bar, len(f.result().results))
        else:
            for f in done:
                f.result()
        for f in futures:  # batch order: the first input that holds an article wins it
            results.extend(f.result().results)
    return results


@task(cache_policy=NO_CACHE)
def load_raw_tables(
    work: warehouse.WorkingCopy,
    results: list[ParseResult],
    stage_dir: Path,
    found: Discovery,
    manifest: dict,
    run_id: str,
) -> LoadStats:
    """Append articles, sentences, tokens, facts, people, manifest and rejections in one transaction."""
    con = warehouse.connect(work.path)
    try:
        return load_results(con, results, stage_dir, found.rejected, manifest, run_id, datetime.now(UTC))
    finally:
        con.close()
        shutil.rmtree(stage_dir, ignore_errors=True)


@dataclass(frozen=True)
class BuildPlan:
    mode: str  # "full" (every model from all rows), "incremental" (new loads only) or "skip"
    reason: str
    since_seq: int = 0  # incremental: the models read the loads after this one
    through_seq: int = 0  # the last load the build includes (recorded in audit.dbt_state)
    articles: int = 0  # the articles the build covers: all of them (full) or those after since_seq


def plan_build(
    work: warehouse.WorkingCopy,
    full_refresh: bool,
    articles_new: int,
    load_seq: int,
    loaded: tuple[int, int] | None = None,
) -> BuildPlan:
    """Full refresh when asked, on a new warehouse, or when the dbt project changed; otherwise
    incremental (the models read only the loads after ``audit.dbt_state.built_through_seq``), or
    nothing at all when no article is new.

    The watermark only ever names a load that holds articles (0: none yet): a run that loaded
    nothing leaves it where the last such load put it, so the next load's rows (numbered after
    the last existing load) are above it. A recorded watermark at or past ``load_seq`` names
    loads that do not exist: the build is full, which records a valid one.

    ``loaded`` is (the newest load holding articles, this run's included; the number of
    articles), read from the working copy's ``raw.articles`` when not given. The DuckLake mode
    gives it (its raw tables are views over the lake) and always builds in full: its working file
    is new on every run. Raises RuntimeError when this load added articles but is not the newest.
    """
    con = warehouse.connect(work.path, read_only=True)
    try:
        state = con.execute(
            "select built_through_seq, project_hash from audit.dbt_state order by built_at desc limit 1"
        ).fetchone()
        batch = None  # the articles of the loads after the watermark (an incremental build's)
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
    if state[1] != project_hash():
        return full("the dbt project (models, macros or seeds) changed since the last build")
    if state[0] >= load_seq or state[0] > last_load:
        return full(f"the models were recorded as built through load {state[0]}, which does not exist")
    if articles_new == 0:
        return BuildPlan("skip", "no new articles: the marts are up to date", through_seq=state[0])
    if batch is None:  # raw tables that are views over the lake: its working file is always new
        raise ValueError("an incremental build needs the working copy's raw.articles")
    return BuildPlan(
        "incremental",
        f"the loads after load {state[0]}",
        since_seq=state[0],
        through_seq=last_load,
        articles=batch,
    )


# Constant across incremental builds, so dbt re-uses its parsed project from the last one.
INCREMENTAL_VARS = "{persist_docs: false, tests_new_articles_only: true}"


@task(cache_policy=NO_CACHE)
def dbt_build(work: warehouse.WorkingCopy, plan: BuildPlan) -> int:
    """Build and test the dbt models on the working copy, then record what they were built through.

    A full build loads the seeds, rebuilds every model and runs every test. An incremental one
    builds the incremental models (each reads only the new loads) and runs the tests of the
    marts and the singular tests on the rows of the new articles
    (dbt_project/macros/test_scope.sql); the tests of intermediate models wait for the next full
    build (nightly). The views, seeds and seed-only tables are left as they are, since the
    project hash (SQL, YAML and seed CSVs) is the one they were built from.
    """
    get_run_logger().info("dbt build: %s (%s)", plan.mode, plan.reason)
    if plan.mode == "skip":
        return 0
    if plan.mode == "full":
        args = ["build", "--full-refresh"]
    else:  # views, seeds and seed-only tables are as the last build left them (same project hash)
        args = ["build", "--select", "config.materialized:incremental", "--vars", INCREMENTAL_VARS]
        args += ["--exclude", "resource_type:test,path:models/intermediate"]
    nodes = run_dbt(args, work.path, target=work.path.parent / "dbt-target").nodes
    con = warehouse.connect(work.path)
    try:
        con.execute("begin transaction")
        con.execute("delete from audit.dbt_state")
        con.execute(
            "insert into audit.dbt_state values (?, ?, current_timestamp)", [plan.through_seq, project_hash()]
        )
        con.execute("commit")
    finally:
        con.close()
    return nodes


@task(cache_policy=NO_CACHE)
def run_checkpoint(work: warehouse.WorkingCopy, run_id: str, plan: BuildPlan) -> AuditResult:
    """Validate marts with Great Expectations; flag failing facts; block on suite-level failures.

    After an incremental build the batch is what the build added: the articles of the loads after
    ``plan.since_seq`` and their facts; after a full build it is every row. Either way the batch
    must hold ``plan.articles`` articles, none when only rejected inputs were ever seen."""
    audit = run_audit(
        work.path, plan.articles, batch_since_seq=plan.since_seq if plan.mode == "incremental" else None
    )
    con = warehouse.connect(work.path)
    try:
        record_audit(con, run_id, audit)
    finally:
        con.close()
    if audit.blocking_failures:
        names = ", ".join(f"{o.suite}.{o.check}" for o in audit.blocking_failures)
        raise AuditBlocked(f"audit failed ({names}); the published warehouse was left untouched")
    return audit


@task(cache_policy=NO_CACHE)
def publish(work: warehouse.WorkingCopy, summary: RunSummary) -> None:
    """Record the run, then atomically replace the published warehouse with the working copy."""
    con = warehouse.connect(work.path)
    try:
        con.execute(
            "insert into audit.runs values (?, ?, ?, ?, ?)",
            [
                summary.run_id,
                summary.started_at,
                summary.finished_at,
                "published",
                json.dumps(asdict(summary), default=str),
            ],
        )
    finally:
        con.close()
    warehouse.publish(work)


# ---------------------------------------------------------------------------------------- flow


def _warehouse_counts(path: Path, summary: RunSummary) -> None:
    con = warehouse.connect(path, read_only=True)
    try:
        (
            summary.articles_total,
            summary.dyads_total,
            summary.facts_total,
            summary.facts_failing,
            summary.people_total,
        ) = con.execute(
            """select (select count(*) from marts.articles), (select count(*) from marts.dyads),
                          (select count(*) from marts.numeric_facts),
                          (select count(*) from marts.numeric_facts where not is_valid),
                          (select count(*) from marts.people)"""
        ).fetchone()
    finally:
        con.close()


def _report(summary: RunSummary, work: warehouse.WorkingCopy | None) -> None:
    lines = [
        f"# Dyad run `{summary.run_id}`: {summary.status}",
        "",
        "| files seen | new | unchanged | duplicate | quarantined | new articles | articles | country pairs "
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
    if work is not None and summary.status == "published":
        con = warehouse.connect(work.published, read_only=True)
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
        cols = [
            "quote",
            "value",
            "unit",
            "comparator",
            "metric",
            "country_a",
            "country_b",
            "is_valid",
            "failed_checks",
            "article",
        ]
        create_table_artifact(
            table=[dict(zip(cols, r, strict=True)) for r in rows],
            key="dyad-new-facts",
            description="Numeric facts of the articles this run added",
        )


def _write_run_record(settings: Settings, summary: RunSummary) -> Path | None:
    """Write (or rewrite) ``runs/<started>_<run_id>.json``: once when the run starts, with status
    ``running``, and again when it ends. ``pid`` and ``host`` say which process wrote it, so
    ``dyad status`` can tell a run that is still going from one that was killed. Written whole or not at all (a temporary file renamed into
    place, so a full disk never leaves an empty or cut record). Returns the path, or None when
    it could not be written (the reason goes to stderr; the run's own outcome stands)."""
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
    if settings.on_lake:  # the shared DuckLake warehouse: flows/lake_pipeline.py
        from flows.lake_pipeline import run_on_lake

        return run_on_lake(settings, full_refresh, urls or [], feeds or [])
    summary = RunSummary(
        run_id=uuid.uuid4().hex[:12],
        warehouse=str(settings.warehouse_path),
        started_at=datetime.now(UTC).isoformat(),
        data_docs=str(settings.data_docs_path),
    )
    t0 = time.perf_counter()
    work: warehouse.WorkingCopy | None = None
    _write_run_record(settings, summary)  # status "running" until the run ends
    try:
        with warehouse.writer_lock(settings.warehouse_path):
            work = prepare_working_copy(settings)
            found, manifest = discover_inputs(settings, work)
            if urls or feeds:
                web = fetch_inputs(urls or [], feeds or [], manifest, settings)
                found.new += web.new
                found.rejected += web.rejected
            # quote(): large payloads pass between tasks as they are, without Prefect walking them
            stage_dir = work.path.parent / f"stage-{summary.run_id}"
            results = parse_articles(quote(found.new), settings, stage_dir)
            stats = load_raw_tables(
                work, quote(results), stage_dir, quote(found), quote(manifest), summary.run_id
            )
            summary.files_seen = found.seen
            summary.files_unchanged = found.unchanged + stats.files_unchanged
            summary.files_new, summary.files_duplicate = stats.files_new, stats.files_duplicate
            summary.files_rejected, summary.rejected = stats.files_rejected, stats.rejected
            summary.deferred = [(i.source_uri, r) for i, r in found.deferred] + stats.deferred
            summary.files_deferred = len(summary.deferred)
            summary.articles_new = stats.articles_new
            plan = plan_build(work, full_refresh, stats.articles_new, stats.load_seq)
            summary.dbt_build = f"{plan.mode}: {plan.reason}"
            dbt_build(work, plan)
            if plan.mode != "skip":  # unchanged marts were audited by the run that built them
                audit = run_checkpoint(work, summary.run_id, plan)
                summary.failed_checks = {
                    f"{o.suite}.{o.check}": o.unexpected_count or 0 for o in audit.outcomes if not o.success
                }
            _warehouse_counts(work.path, summary)
            summary.status = "published"
            summary.finished_at = datetime.now(UTC).isoformat()
            summary.seconds = round(time.perf_counter() - t0, 2)
            publish(work, summary)
    except AuditBlocked as exc:
        summary.status, summary.error = "blocked", str(exc)
        raise
    except warehouse.WarehouseBusy as exc:
        summary.status, summary.error = "refused", str(exc)
        raise
    except Exception as exc:
        summary.status = "failed"
        if warehouse.is_disk_full(exc) and not isinstance(exc, warehouse.NoSpace):
            full = warehouse.no_space(settings.work_dir, "writing to", exc)
            summary.error = f"NoSpace: {full}"
            raise full from exc
        summary.error = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        if summary.status == "running":  # left without a status: KeyboardInterrupt, cancellation
            summary.status = "interrupted"
        summary.finished_at = summary.finished_at or datetime.now(UTC).isoformat()
        summary.seconds = summary.seconds or round(time.perf_counter() - t0, 2)
        if work is not None and summary.status != "published":
            warehouse.discard(work)
        _write_run_record(settings, summary)
        try:
            _report(summary, work)
        except Exception as exc:  # reporting must never turn a published run into a failure
            get_run_logger().warning("could not write run artifacts: %s", exc)
    return summary


@flow(name="dyad-nightly-refresh", log_prints=True)
def nightly_refresh(inbox: list[str] | None = None, warehouse_path: str | None = None) -> RunSummary:
    """Full refresh of every model, then the relations report (a report failure is logged, never
    fails the published run) and dbt docs (Data Docs are rebuilt by every checkpoint)."""
    from flows.docs import generate_docs
    from flows.report import refresh_report

    summary = pipeline(inbox=inbox, warehouse_path=warehouse_path, full_refresh=True)
    settings = load_settings({"inbox": inbox or [], "warehouse": warehouse_path})
    refresh_report(settings)
    generate_docs(settings)
    return summary
