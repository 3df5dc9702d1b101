"""The report page: one self-contained HTML string with the CSS (``report.css``, package data)
and plotly.js inline and the figures as Plotly JSON, so the file opens without a network."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit

from flows.report.data import ReportData
from flows.report.figures import (
    _esc,
    _short,
    format_value,
    key_facts,
    key_facts_figure,
    network_figure,
    timeline_figure,
)
from flows.report.indicators import indicator_figures, indicator_table
from flows.settings import PROJECT_ROOT

LATEST_FACTS = 100  # rows of the latest-facts table


@cache
def _css() -> str:
    """The page's style sheet, ``report.css`` beside this module."""
    return files(__package__).joinpath("report.css").read_text(encoding="utf-8")


def article_href(source_uri: str | None, url: str | None) -> str | None:
    """A link to the article: its http(s) URL, else its input file as a file:// URL.
    Anything else (javascript:, data:, ...) gets no link."""
    for candidate in (url, source_uri):
        if candidate and urlsplit(candidate.strip()).scheme.lower() in ("http", "https"):
            return candidate.strip()
    if not source_uri:
        return None
    scheme = urlsplit(source_uri).scheme.lower()
    if scheme == "file":
        return source_uri
    if scheme:
        return None
    path = Path(source_uri)
    if not path.is_absolute():
        path = PROJECT_ROOT / path
    return path.resolve().as_uri()


def render_html(data: ReportData) -> str:
    """The page as one string: CSS and plotly.js inline, figures as Plotly JSON."""
    from plotly.offline import get_plotlyjs

    config = {"displaylogo": False, "responsive": True}
    figures: list[tuple[str, str, str, object]] = []
    if not data.is_empty and data.pairs:
        figures.append(
            (
                "fig-network",
                "Who deals with whom",
                "Countries linked by the articles that relate them: line width = articles, colour = tone "
                "(cooperative / mixed / conflictual / neutral, from cooperation and conflict keywords in "
                "the sentences relating the pair). Hover a line's middle for the numbers.",
                network_figure(data),
            )
        )
    if not data.is_empty and data.timeline:
        figures.append(
            (
                "fig-articles",
                "Articles per pair per month",
                "Articles relating each pair, by month of publication (articles without a date are not shown).",
                timeline_figure(data),
            )
        )
    if not data.is_empty and key_facts(data):
        figures.append(
            (
                "fig-facts",
                "Key facts over time",
                "Every trade turnover, export, import, investment, agreements and joint-ventures figure, at "
                "its article's date, one panel per metric and unit (log scale where values span orders of "
                "magnitude). Hover a point for the exact quote and the source; × on a panel's floor marks a "
                "fact that failed validation (its value is off the axis).",
                key_facts_figure(data),
            )
        )
    if not data.is_empty:
        figures.extend(indicator_figures(data))

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(_title(data))}</title>",
        f"<style>\n{_css()}</style>",
    ]
    if figures:
        parts.append(f'<script type="text/javascript">{get_plotlyjs()}</script>')
    parts.append("</head><body>")
    parts.append(_header(data))
    parts.append("<main>")
    parts.append(_summary_cards(data))
    if data.is_empty:
        parts.append(
            '<section class="empty" id="empty">No articles match these filters'
            f"{_esc(_filters_text(data, prefix=': '))}. Nothing to draw.</section>"
        )
    for div_id, title, note, fig in figures:
        chart = fig.to_html(
            full_html=False, include_plotlyjs=False, div_id=div_id, config=config, default_width="100%"
        )
        parts.append(f'<section><h2>{_esc(title)}</h2><p class="note">{_esc(note)}</p>{chart}</section>')
    if not data.is_empty and not any(f[0] == "fig-facts" for f in figures):
        parts.append(
            '<section><h2>Key facts over time</h2><p class="note">No trade turnover, export, import, '
            "investment, agreements or joint-ventures figures with a dated article in this selection.</p>"
            "</section>"
        )
    if not data.is_empty:
        parts.append(indicator_table(data, data.indicators))
    parts.append(_validation_section(data))
    parts.append(_facts_table(data))
    parts.append("</main></body></html>")
    return "\n".join(parts)


def _title(data: ReportData) -> str:
    return "Dyad relations report" + (f": {data.country.label}" if data.country else "")


def _filters_text(data: ReportData, prefix: str = "") -> str:
    items = []
    if data.country:
        items.append(f"country {data.country.label}")
    if data.since:
        items.append(f"published since {data.since.isoformat()}")
    return prefix + ", ".join(items) if items else ""


def _header(data: ReportData) -> str:
    run = ""
    if data.last_run:
        run_id, finished = data.last_run
        when = f" ({finished:%Y-%m-%d %H:%M} UTC)" if finished else ""
        run = f" · data of run {_esc(run_id)}{_esc(when)}"
    filters = _filters_text(data) or "all countries, all dates"
    return (
        f"<header><h1>{_esc(_title(data))}</h1>"
        f'<div class="filters">Filters: {_esc(filters)} · generated '
        f"{data.generated_at:%Y-%m-%d %H:%M} UTC{run}</div></header>"
    )


def _summary_cards(data: ReportData) -> str:
    failing = len(data.facts_failing)
    articles_label = f"articles mentioning {data.country.code}" if data.country else "articles"
    cards = [
        (articles_label, data.article_count, False),
        ("country pairs", len(data.pairs), False),
        ("facts", len(data.facts), False),
        ("facts failing validation", failing, failing > 0),
        ("failed checks (last run)", len(data.failed_checks), bool(data.failed_checks)),
    ]
    body = "".join(
        f'<div class="card{" bad" if bad else ""}" data-metric="{_esc(label)}">'
        f'<div class="n">{n}</div><div>{_esc(label)}</div></div>'
        for label, n, bad in cards
    )
    return f'<div class="cards" id="summary">{body}</div>'


def _validation_section(data: ReportData) -> str:
    rows = []
    if data.last_run is None:
        status = '<p class="note">No run record in audit.runs.</p>'
    elif not data.failed_checks:
        status = '<p class="ok">All checks passed in the last published run.</p>'
    else:
        status = (
            f'<p class="bad-text">{len(data.failed_checks)} check(s) failed in the last published run. '
            "Row-level checks flag facts (kept, marked below); suite-level checks would have blocked "
            "publishing.</p>"
        )
        rows = [
            f"<tr><td>{_esc(c.suite)}</td><td>{_esc(c.check)}</td><td>{_esc(c.level)}</td>"
            f'<td class="num">{_esc(c.unexpected_count if c.unexpected_count is not None else "")}</td></tr>'
            for c in data.failed_checks
        ]
    by_check: dict[str, int] = defaultdict(int)
    for f in data.facts_failing:
        for check in f.failed_checks or ("(unnamed)",):
            by_check[check] += 1
    selection = (
        "<p>Facts of this selection failing validation: "
        + ", ".join(f'<span class="bad-text">{_esc(c)}</span> ({n})' for c, n in sorted(by_check.items()))
        + "</p>"
        if by_check
        else '<p class="ok">No fact of this selection failed validation.</p>'
    )
    table = (
        '<table id="failed-checks"><thead><tr><th>suite</th><th>check</th><th>level</th>'
        f"<th>rows</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows
        else ""
    )
    return f'<section id="validation"><h2>Validation</h2>{status}{table}{selection}</section>'


def _facts_table(data: ReportData) -> str:
    if not data.facts:
        return '<section id="facts"><h2>Latest facts</h2><p class="note">No facts in this selection.</p></section>'
    shown = data.facts[:LATEST_FACTS]
    rows = []
    for f in shown:
        href = article_href(f.source_uri, f.url)
        title = _esc(_short(f.title or f.source_uri, 110))
        link = (
            f'<a href="{_esc(href)}" target="_blank" rel="noopener noreferrer">{title}</a>' if href else title
        )
        status = (
            '<span class="badge valid">valid</span>'
            if f.is_valid
            else '<span class="badge failed">failed</span> '
            + ", ".join(f'<span class="check">{_esc(c)}</span>' for c in f.failed_checks)
        )
        rows.append(
            f'<tr class="{"valid" if f.is_valid else "failed"}" data-fact-id="{_esc(f.fact_id)}">'
            f'<td class="nowrap">{_esc(f.published_date or "—")}</td>'
            f'<td class="nowrap" title="{_esc(data.name(f.country_a))} – {_esc(data.name(f.country_b))}">{_esc(f.pair)}</td>'
            f"<td>{_esc(f.metric)}{' (' + _esc(f.change) + ')' if f.is_change else ''}</td>"
            f'<td class="num">{_esc(format_value(f))}</td>'
            f'<td class="quote" title="{_esc(_short(f.sentence, 400))}">«{_esc(f.quote)}»</td>'
            f"<td>{status}</td>"
            f"<td>{_esc(f.publisher or '')}<br>{link}</td></tr>"
        )
    more = (
        f'<p class="note">The latest {len(shown)} of {len(data.facts)} facts; all of them are in '
        "marts.numeric_facts.</p>"
        if len(data.facts) > len(shown)
        else ""
    )
    return (
        '<section id="facts"><h2>Latest facts</h2>'
        '<p class="note">Newest articles first. Hover a quote for its sentence.</p>'
        '<table id="facts-table"><thead><tr><th>published</th><th>pair</th><th>metric</th><th>value</th>'
        "<th>quote</th><th>validation</th><th>source</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{more}</section>"
    )
