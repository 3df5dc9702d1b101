"""The ``dyad`` command line (also ``python -m flows``).

Exit status: 0 = the run published (quarantined inputs are reported, not fatal); 1 = a stage
failed, the audit blocked publishing, another run holds the warehouse, or ``dyad sql`` was given
a statement that writes or a query DuckDB refused; 2 = usage or settings error (a bad flag, a
bad value in dyad.toml or a DYAD_* variable, a missing settings file, a warehouse that is not a
DuckDB file). Usage, settings and busy errors are reported in one line before anything starts.

Everything printed from data (file names, titles, messages) goes through flows/terminal.py:
control characters are shown as escapes and rich markup in data is never interpreted.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

# Prefect's ephemeral API server needs ~18 s to start cold on small machines (default limit 20 s).
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help: no type metavars such as <bool>, no boxes
    help="Dyad: news articles in, country relations out.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"dyad {version('dyad')}")
        except PackageNotFoundError:
            typer.echo("dyad (not installed)")
        raise typer.Exit(0)


@app.callback()
def _main(
    _version_flag: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version of Dyad and exit."
        ),
    ] = False,
) -> None:
    """Dyad: news articles in, country relations out."""


WarehouseOption = Annotated[
    Path | None,
    typer.Option(
        metavar="PATH", help="Published DuckDB file (default: the warehouse setting, warehouse/dyad.duckdb)."
    ),
]


UNWRAPPED_WIDTH = 100_000  # the console width when stdout is no terminal: table rows are not wrapped


def _console():
    """The console of the commands' tables: as wide as the terminal, or, when stdout is not a
    terminal (piped, redirected to a file), wide enough that no row is wrapped or cut."""
    from rich.console import Console

    # soft_wrap: lines printed outside tables (paths) are never wrapped or cut, whatever the width
    width = None if sys.stdout.isatty() else UNWRAPPED_WIDTH
    return Console(stderr=False, highlight=False, soft_wrap=True, width=width)


def _fail(message: str, code: int) -> None:
    from flows.terminal import printable

    # DuckDB's messages span lines (LINE 1: ... ^): joined; other line breaks are escaped below
    one_line = " ".join(part.strip() for part in str(message).split("\n") if part.strip())
    typer.echo(f"dyad: {printable(one_line)}", err=True)
    raise typer.Exit(code)


def _usage_error(message: str) -> None:
    _fail(f"error: {message}", 2)


def _cli_path(path: Path | None) -> str | None:
    """A path given on the command line, relative to the working directory (as the shell sees
    it), made absolute; ``~`` expanded, symbolic links kept. Relative paths of ``dyad.toml`` and
    of ``DYAD_*`` variables stay relative to the project root (``flows.settings``)."""
    if path is None:
        return None
    return os.path.abspath(os.path.expanduser(path))


def _settings(**overrides):
    from flows.settings import load_settings

    try:
        return load_settings({k: v for k, v in overrides.items() if v not in (None, [])})
    except ValueError as exc:
        _usage_error(str(exc))


DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB database file


def _check_warehouse(settings) -> None:
    """Usage error unless the warehouse path can be a DuckDB file: absent (a first run creates
    it) or a DuckDB database; never a directory. In DuckLake mode the path only names where the
    local working files go, so only the directory case applies."""
    path = settings.warehouse_path
    if path.is_dir():
        _usage_error(
            f"warehouse {path} is a directory; give the path of a DuckDB file (such as {path / 'dyad.duckdb'})"
        )
    if settings.on_lake or not path.exists():
        return
    try:
        with path.open("rb") as f:
            head = f.read(12)
    except OSError as exc:
        _usage_error(f"warehouse {path} cannot be read: {exc.strerror or exc}")
    if head[8:12] != DUCKDB_MAGIC:
        _usage_error(f"warehouse {path} is not a DuckDB database file")


def _check_not_busy(settings) -> None:
    """Exit 1 at once when another run holds the writer lock of this warehouse (after waiting
    ``lock_wait_seconds`` for it to end), or another process has the published file open for
    writing or left its write-ahead log (``check_unwritten``). The lock is only tested (taken and
    released): the run takes it again for its whole length."""
    from flows import warehouse

    try:
        with warehouse.writer_lock(
            settings.warehouse_path,
            settings.lock_wait_seconds,
            lambda message: print(f"dyad: {message}", file=sys.stderr),
        ):
            pass
        if not settings.on_lake:  # a published file another process writes to, or its .wal
            warehouse.check_unwritten(settings.warehouse_path)
    except warehouse.WarehouseBusy as exc:
        _fail(str(exc), 1)
    except OSError as exc:
        _usage_error(f"cannot write beside the warehouse {settings.warehouse_path}: {exc.strerror or exc}")


def _deferred(summary) -> int:
    return getattr(summary, "files_deferred", 0)


def print_summary(summary) -> None:
    """The run's counts as a table, then quarantined files, failed checks and paths, one per line
    (paths and file names are printed whole and escaped: see flows/terminal.py)."""
    from rich.table import Table

    from flows.terminal import printable, text

    console = _console()
    table = Table(
        title=text(f"Dyad run {summary.run_id}: {summary.status}"), show_header=False, title_justify="left"
    )
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        # the parts of "files seen" add up to it; quarantined inputs are files or items of a file
        # (a JSON Lines line), and a file with one quarantined line may be ingested too
        ("files seen", summary.files_seen),
        ("  new, ingested", summary.files_new - summary.files_duplicate),
        ("  new, the same article as another", summary.files_duplicate),
        ("  unchanged", summary.files_unchanged),
        ("  rejected", summary.files_seen - summary.files_new - summary.files_unchanged - _deferred(summary)),
        ("  still being written (next run)", _deferred(summary)),
        ("inputs quarantined (files or items)", summary.files_rejected),
        ("articles (new / total)", f"{summary.articles_new} / {summary.articles_total}"),
        ("country pairs (distinct, marts.dyads)", summary.dyads_total),
        ("numeric facts", summary.facts_total),
        ("facts failing validation", summary.facts_failing),
        ("people", summary.people_total),
        ("dbt build", summary.dbt_build.split(":")[0] or "-"),
        ("seconds", summary.seconds),
    ]
    for k, v in rows:
        table.add_row(k, text(v))
    console.print(table)
    lines = [f"  quarantined: {printable(uri)}: {printable(reason)}" for uri, reason in summary.rejected[:20]]
    if len(summary.rejected) > 20:
        lines.append(f"  ... and {len(summary.rejected) - 20} more (audit.rejected_files)")
    lines += [
        f"  left for the next run: {printable(uri)}: {printable(reason)}"
        for uri, reason in getattr(summary, "deferred", [])[:20]
    ]
    lines += [f"  failed check: {printable(c)} ({n} rows)" for c, n in sorted(summary.failed_checks.items())]
    lines.append(f"warehouse: {printable(summary.warehouse)}")
    if getattr(summary, "lake_snapshot", None) is not None:
        lines.append(f"lake snapshot: {summary.lake_snapshot} (built from {summary.lake_snapshot_read})")
    lines.append(f"data docs: {printable(summary.data_docs)}/index.html")
    for line in lines:  # plain lines: no markup, no wrapping, whatever the terminal width
        typer.echo(line)


@app.command()
def run(
    inbox: Annotated[
        list[Path] | None, typer.Option(metavar="DIR", help="Folder (or file) of articles; repeatable.")
    ] = None,
    url: Annotated[
        list[str] | None, typer.Option(metavar="URL", help="Article URL to fetch; repeatable.")
    ] = None,
    feed: Annotated[
        list[str] | None, typer.Option(metavar="URL", help="RSS/Atom feed URL to fetch; repeatable.")
    ] = None,
    warehouse: WarehouseOption = None,
    full_refresh: Annotated[
        bool, typer.Option("--full-refresh", help="Rebuild every model from raw.")
    ] = False,
    full_scan: Annotated[
        bool,
        typer.Option(
            "--full-scan",
            help="List every inbox folder and stat every file (finds files edited in place), "
            "not only the folders changed since the last run.",
        ),
    ] = False,
    retry_rejected: Annotated[
        bool,
        typer.Option(
            "--retry-rejected",
            help="Read again every input recorded as rejected (after an upgrade, or a cause outside "
            "the file fixed, such as its permissions); lists every folder.",
        ),
    ] = False,
) -> None:
    """Ingest new inputs -> dbt build -> Great Expectations checkpoint -> publish."""
    settings = _settings(inbox=[_cli_path(p) for p in inbox or []], warehouse=_cli_path(warehouse))
    missing = [str(p) for p in settings.inbox_paths if not p.exists()]
    if missing:
        _usage_error(f"inbox not found: {', '.join(missing)}")
    for u in [*(url or []), *(feed or [])]:
        if not u.lower().startswith(("http://", "https://")):
            _usage_error(f"not an http(s) URL: {u}")
    _check_warehouse(settings)
    _check_not_busy(settings)

    # The Prefect API: PREFECT_API_URL, the server of `dyad serve`, or a temporary server that
    # starts now, while the pipeline imports (flows/prefect_api.py).
    from flows.prefect_api import PrefectApi, ServerStartError

    with PrefectApi.open() as api:
        api.export()
        if api.temporary:
            typer.echo(
                f"dyad: no Prefect server configured or running (`dyad serve`): "
                f"starting a temporary one on {api.api_url.removesuffix('/api')}",
                err=True,
            )
        from prefect.settings import PREFECT_API_URL, temporary_settings

        from flows.pipeline import pipeline

        try:
            api_url = api.wait()
        except ServerStartError as exc:
            _fail(f"could not start a Prefect server: {exc}", 1)
        try:
            with temporary_settings({PREFECT_API_URL: api_url}):
                summary = pipeline(
                    inbox=settings.inbox,
                    warehouse_path=settings.warehouse,
                    full_refresh=full_refresh,
                    urls=list(url or []),
                    feeds=list(feed or []),
                    settings_overrides={
                        k: True
                        for k, on in (("full_scan", full_scan), ("retry_rejected", retry_rejected))
                        if on
                    }
                    or None,
                )
        except Exception as exc:
            _fail(f"run did not publish: {exc}", 1)
    print_summary(summary)


@app.command()
def status(warehouse: WarehouseOption = None) -> None:
    """What the published warehouse holds, and the last runs (a run whose process is gone
    without finishing shows as interrupted)."""
    from rich.table import Table

    from flows.status import read_status
    from flows.terminal import printable, text

    settings = _settings(warehouse=_cli_path(warehouse))
    _check_warehouse(settings)
    st = read_status(settings)
    console = _console()
    if st.tables:
        typer.echo(f"published: {printable(st.published)}")
        t = Table(title_justify="left")
        t.add_column("table", overflow="fold")
        t.add_column("rows", justify="right")
        for name, n in st.tables:
            t.add_row(text(name), text(n))
        console.print(t)
    else:
        typer.echo(f"nothing published at {printable(st.published)} yet: run `dyad run`")
    if st.runs:
        t = Table(title="recent runs", title_justify="left")
        for col in (
            "started",
            "run",
            "status",
            "new files",
            "new articles",
            "quarantined",
            "seconds",
            "error",
        ):
            t.add_column(col, overflow="fold")
        for r in st.runs:
            t.add_row(
                text(str(r.get("started_at", ""))[:19]),
                text(r.get("run_id")),
                text(r.get("status")),
                text(r.get("files_new")),
                text(r.get("articles_new")),
                text(r.get("files_rejected")),
                text(r.get("seconds")),
                text(printable(r.get("error"))[:80]),
            )
        console.print(t)


@app.command()
def sql(
    query: Annotated[
        str,
        typer.Argument(help="SELECT (or EXPLAIN SELECT) to run on the published warehouse."),
    ],
    warehouse: WarehouseOption = None,
    fmt: Annotated[str, typer.Option("--format", metavar="FORMAT", help="table | csv | json")] = "table",
) -> None:
    """Read-only SQL against the published warehouse (either mode).

    Only statements that read are run (SELECT, FROM, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN);
    anything that would write a table or a file, attach a database, change a setting or install
    or load an extension is refused in one line with exit 1, and DuckDB itself is opened
    read-only with file access and configuration changes switched off. Files other than the
    warehouse are not read. To export, use --format csv or json and redirect the output.
    """
    import duckdb

    from flows.lake import LakeUnavailable
    from flows.readonly import NotReadOnly, check_read_only, open_read_only

    settings = _settings(warehouse=_cli_path(warehouse))
    if fmt not in {"table", "csv", "json"}:
        _usage_error("--format must be table, csv or json")
    _check_warehouse(settings)
    if not query.strip():
        _usage_error("no SQL statement given")
    try:
        check_read_only(query)
    except NotReadOnly as exc:
        _fail(str(exc), 1)
    except duckdb.Error as exc:
        _fail(f"sql error: {exc}", 1)
    try:
        con = open_read_only(settings)  # the published file, or the lake's latest snapshot
    except (FileNotFoundError, LakeUnavailable) as exc:
        _usage_error(str(exc))
    except duckdb.Error as exc:
        _fail(f"cannot open the warehouse: {exc}", 1)
    try:
        rel = con.sql(query)
        if rel is None:
            return
        columns, rows = rel.columns, rel.fetchall()
    except duckdb.Error as exc:
        _fail(f"sql error: {exc}", 1)
    finally:
        con.close()
    # csv and json are exports: values are written exactly (json escapes control characters)
    if fmt == "csv":
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(columns)
        w.writerows(rows)
    elif fmt == "json":
        typer.echo(
            json.dumps(
                [dict(zip(columns, r, strict=True)) for r in rows], default=str, ensure_ascii=False, indent=2
            )
        )
    else:
        from rich.table import Table

        from flows.terminal import text

        t = Table()
        for c in columns:
            t.add_column(text(c), overflow="fold")
        for r in rows:
            t.add_row(*(text(v, keep_newlines=True) for v in r))
        _console().print(t)


@app.command()
def docs(
    serve: Annotated[bool, typer.Option("--serve", help="Serve the docs on localhost afterwards.")] = False,
    port: Annotated[int, typer.Option(metavar="PORT", help="Port for --serve.")] = 8080,
    warehouse: WarehouseOption = None,
) -> None:
    """Generate dbt docs (catalog from the published warehouse) and optionally serve them."""
    from flows.docs import generate_docs, serve_docs
    from flows.terminal import printable

    settings = _settings(warehouse=_cli_path(warehouse))
    _check_warehouse(settings)
    try:
        target = generate_docs(settings)
    except Exception as exc:
        _fail(f"docs failed: {exc}", 1)
    typer.echo(f"dbt docs: {printable(target / 'index.html')}")
    typer.echo(f"data docs: {printable(settings.data_docs_path / 'index.html')}")
    if serve:
        serve_docs(port)


@app.command()
def maintain(
    keep_days: Annotated[
        float | None,
        typer.Option(
            "--keep-days",
            metavar="DAYS",
            min=0,
            help="Expire the lake's snapshots older than this (default: the lake_snapshot_days setting, 7).",
        ),
    ] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """DuckLake mode: merge the small Parquet files runs wrote, write out rows inlined in the
    catalog, expire old snapshots and delete the files no snapshot needs. Rows never change."""
    import duckdb

    from flows import warehouse as embedded
    from flows.lake import NOTHING_TO_MAINTAIN, LakeUnavailable, maintain_warehouse

    settings = _settings(warehouse=_cli_path(warehouse))
    _check_warehouse(settings)
    try:
        done = maintain_warehouse(settings, keep_days)
    except embedded.WarehouseBusy as exc:
        _fail(str(exc), 1)
    except (LakeUnavailable, duckdb.Error) as exc:
        _fail(f"maintenance failed: {exc}", 1)
    typer.echo(done.describe() if done is not None else NOTHING_TO_MAINTAIN)


@app.command()
def report(
    country: Annotated[
        str | None,
        typer.Option(metavar="CODE", help="ISO 3166-1 alpha-2 code (BY): only pairs and facts involving it."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(metavar="DATE", help="Only articles published on or after this date (YYYY-MM-DD)."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE", help="Where to write the HTML (default: report.html beside the warehouse)."
        ),
    ] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Write the relations report: one HTML file that opens offline in any browser."""
    from flows.report import (
        NoPublishedWarehouse,
        ReportUsageError,
        normalize_country,
        parse_since,
        write_report,
    )
    from flows.terminal import printable

    settings = _settings(warehouse=_cli_path(warehouse))
    _check_warehouse(settings)
    try:
        code, since_date = normalize_country(country), parse_since(since)
    except ReportUsageError as exc:
        _usage_error(str(exc))
    try:
        path = write_report(settings, code, since_date, out)
    except ReportUsageError as exc:
        _usage_error(str(exc))
    except NoPublishedWarehouse as exc:
        _fail(str(exc), 1)
    except Exception as exc:
        _fail(f"report failed: {type(exc).__name__}: {exc}", 1)
    typer.echo(f"report: {printable(path)}")


@app.command()
def serve() -> None:
    """Run the scheduled deployments of prefect.yaml on this machine (server, deployments, worker)."""
    from flows.serve import serve_all

    raise typer.Exit(serve_all())


def main() -> None:
    app()
