"""Writing the report file: by hand (``dyad report``) or after a published run."""

from __future__ import annotations

import logging
import os
import tempfile
from datetime import date
from pathlib import Path

from flows.report.data import default_report_path, load_report_data, normalize_country, parse_since
from flows.report.page import render_html
from flows.settings import Settings


def write_report(
    settings: Settings,
    country: str | None = None,
    since: str | date | None = None,
    out: Path | str | None = None,
) -> Path:
    """Write the report for the published warehouse of ``settings``; returns its path.

    Raises ReportUsageError for a bad filter, NoPublishedWarehouse when there is nothing to read.
    The file is replaced atomically, so a browser never reads half a report."""
    data = load_report_data(settings, normalize_country(country), parse_since(since))
    target = Path(out).expanduser() if out is not None else default_report_path(settings)
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    page = render_html(data)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def refresh_report(settings: Settings) -> Path | None:
    """Regenerate the default report after a published run. A failure is logged, never raised:
    the run has already published, and the report can be rebuilt by hand with `dyad report`."""
    log = _logger()
    try:
        path = write_report(settings)
    except Exception as exc:
        log.warning("relations report not written: %s: %s", type(exc).__name__, exc)
        return None
    log.info("relations report: %s", path)
    return path


def _logger():
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:  # outside a flow or task run
        return logging.getLogger(__name__)
