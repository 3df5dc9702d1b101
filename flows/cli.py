"""The ``dyad`` command line (also ``python -m flows``).

Exit status: 0 = the run published (quarantined inputs are reported, not fatal); 1 = a stage
failed, the audit blocked publishing or another run holds the warehouse; 2 = usage error.
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
    add_completion=False, no_args_is_help=True, help="Dyad: news articles in, country relations out."
)


def _console():
    from rich.console import Console

    return Console(stderr=False, highlight=False)


def _usage_error(message: str) -> None:
    typer.echo(f"dyad: error: {message}", err=True)
    raise typer.Exit(2)


def _settings(**overrides):
    from flows.settings import load_settings

    try:
        return load_settings({k: v for k, v in overrides.items() if v not in (None, [])})
    except ValueError as exc:
        _usage_error(str(exc))


def print_summary(summary) -> None:
    from rich.table import Table

    console = _console()
    table = Table(
        title=f"Dyad run {summary.run_id}: {summary.status}", show_header=False, title_justify="left"
    )
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        ("files seen", summary.files_seen),
        ("  new", summary.files_new),
        ("  unchanged", summary.files_unchanged),
        ("  duplicate", summary.files_duplicate),
        ("  quarantined", summary.files_rejected),
        ("articles (new / total)", f"{summary.articles_new} / {summary.articles_total}"),
        ("country pairs", summary.dyads_total),
        ("numeric facts", summary.facts_total),
        ("facts failing validation", summary.facts_failing),
        ("people", summary.people_total),
        ("dbt build", summary.dbt_build.split(":")[0] or "-"),
        ("seconds", summary.seconds),
    ]
    for k, v in rows:
        table.add_row(k, str(v))
    console.print(table)
    for uri, reason in summary.rejected[:20]:
        console.print(f"  quarantined: {uri}: {reason}")
    if len(summary.rejected) > 20:
        console.print(f"  ... and {len(summary.rejected) - 20} more (audit.rejected_files)")
    for check, n in sorted(summary.failed_checks.items()):
        console.print(f"  failed check: {check} ({n} rows)")
    console.print(f"warehouse: {summary.warehouse}")
    if getattr(summary, "lake_snapshot", None) is not None:
        console.print(f"lake snapshot: {summary.lake_snapshot} (built from {summary.lake_snapshot_read})")
    console.print(f"data docs: {summary.data_docs}/index.html")


@app.command()
def run(
    inbox: Annotated[
        list[Path] | None, typer.Option(help="Folder (or file) of articles; repeatable.")
    ] = None,
    url: Annotated[list[str] | None, typer.Option(help="Article URL to fetch; repeatable.")] = None,
    feed: Annotated[list[str] | None, typer.Option(help="RSS/Atom feed URL to fetch; repeatable.")] = None,
    warehouse: Annotated[Path | None, typer.Option(help="Published DuckDB file.")] = None,
    full_refresh: Annotated[
        bool, typer.Option("--full-refresh", help="Rebuild every model from raw.")
    ] = False,
) -> None:
    """Ingest new inputs -> dbt build -> Great Expectations checkpoint -> publish."""
    settings = _settings(inbox=[str(p) for p in inbox or []], warehouse=str(warehouse) if warehouse else None)
    missing = [str(p) for p in settings.inbox_paths if not p.exists()]
    if missing:
        _usage_error(f"inbox not found: {', '.join(missing)}")
    for u in [*(url or []), *(feed or [])]:
        if not u.lower().startswith(("http://", "https://")):
            _usage_error(f"not an http(s) URL: {u}")

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
            typer.echo(f"dyad: could not start a Prefect server: {exc}", err=True)
            raise typer.Exit(1) from None
        try:
            with temporary_settings({PREFECT_API_URL: api_url}):
                summary = pipeline(
                    inbox=settings.inbox,
                    warehouse_path=settings.warehouse,
                    full_refresh=full_refresh,
                    urls=list(url or []),
                    feeds=list(feed or []),
                )
        except Exception as exc:
            typer.echo(f"dyad: run did not publish: {exc}", err=True)
            raise typer.Exit(1) from None
    print_summary(summary)


@app.command()
def status(warehouse: Annotated[Path | None, typer.Option(help="Published DuckDB file.")] = None) -> None:
    """What the published warehouse holds, and the last runs."""
    from rich.table import Table

    from flows.status import read_status

    settings = _settings(warehouse=str(warehouse) if warehouse else None)
    st = read_status(settings)
    console = _console()
    if st.tables:
        from flows.lake import published_label

        t = Table(title=published_label(settings), title_justify="left")
        t.add_column("table")
        t.add_column("rows", justify="right")
        for name, n in st.tables:
            t.add_row(name, str(n))
        console.print(t)
    else:
        console.print(f"nothing published at {st.published} yet: run `dyad run`")
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
            t.add_column(col)
        for r in st.runs:
            t.add_row(
                str(r.get("started_at", ""))[:19],
                str(r.get("run_id")),
                str(r.get("status")),
                str(r.get("files_new")),
                str(r.get("articles_new")),
                str(r.get("files_rejected")),
                str(r.get("seconds")),
                (r.get("error") or "")[:80],
            )
        console.print(t)


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL to run read-only against the published warehouse.")],
    warehouse: Annotated[Path | None, typer.Option(help="Published DuckDB file.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | csv | json")] = "table",
) -> None:
    """Read-only SQL against the published warehouse."""
    import duckdb

    from flows.lake import LakeUnavailable, open_published

    settings = _settings(warehouse=str(warehouse) if warehouse else None)
    if fmt not in {"table", "csv", "json"}:
        _usage_error("--format must be table, csv or json")
    try:
        con = open_published(settings)  # the published file, or the lake's latest snapshot
    except (FileNotFoundError, LakeUnavailable) as exc:
        _usage_error(str(exc))
    try:
        rel = con.sql(query)
        if rel is None:
            return
        columns, rows = rel.columns, rel.fetchall()
    except duckdb.Error as exc:
        typer.echo(f"dyad: sql error: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        con.close()
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

        t = Table()
        for c in columns:
            t.add_column(c)
        for r in rows:
            t.add_row(*("" if v is None else str(v) for v in r))
        _console().print(t)


@app.command()
def docs(
    serve: Annotated[bool, typer.Option("--serve", help="Serve the docs on localhost afterwards.")] = False,
    port: Annotated[int, typer.Option(help="Port for --serve.")] = 8080,
    warehouse: Annotated[Path | None, typer.Option(help="Published DuckDB file.")] = None,
) -> None:
    """Generate dbt docs (catalog from the published warehouse) and optionally serve them."""
    from flows.docs import generate_docs, serve_docs

    settings = _settings(warehouse=str(warehouse) if warehouse else None)
    try:
        target = generate_docs(settings)
    except Exception as exc:
        typer.echo(f"dyad: docs failed: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"dbt docs: {target / 'index.html'}")
    typer.echo(f"data docs: {settings.data_docs_path / 'index.html'}")
    if serve:
        serve_docs(port)


@app.command()
def report(
    country: Annotated[
        str | None, typer.Option(help="ISO 3166-1 alpha-2 code (BY): only pairs and facts involving it.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only articles published on or after this date (YYYY-MM-DD).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Where to write the HTML (default: report.html beside the warehouse).")
    ] = None,
    warehouse: Annotated[Path | None, typer.Option(help="Published DuckDB file.")] = None,
) -> None:
    """Write the relations report: one HTML file that opens offline in any browser."""
    from flows.report import (
        NoPublishedWarehouse,
        ReportUsageError,
        normalize_country,
        parse_since,
        write_report,
    )

    settings = _settings(warehouse=str(warehouse) if warehouse else None)
    try:
        code, since_date = normalize_country(country), parse_since(since)
    except ReportUsageError as exc:
        _usage_error(str(exc))
    try:
        path = write_report(settings, code, since_date, out)
    except ReportUsageError as exc:
        _usage_error(str(exc))
    except NoPublishedWarehouse as exc:
        typer.echo(f"dyad: {exc}", err=True)
        raise typer.Exit(1) from None
    except Exception as exc:
        typer.echo(f"dyad: report failed: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"report: {path}")


@app.command()
def serve() -> None:
    """Run the scheduled deployments of prefect.yaml on this machine (server, deployments, worker)."""
    from flows.serve import serve_all

    raise typer.Exit(serve_all())


def main() -> None:
    app()
