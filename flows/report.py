"""The relations report: one self-contained HTML page to look at instead of querying tables.

``write_report`` reads the published warehouse read-only (the connection is closed before any
figure is built), selects what the filters ask for and writes a page with

- a network of country pairs: line width = articles, colour = tone (the ``dyad_tone`` rule
  applied to the pair's keyword counts over the selected articles);
- articles per pair per month (stacked bars);
- key facts (trade turnover, export, import, investment, agreements, joint ventures) over the
  articles' publication dates, the exact quote in the hover text;
- the latest facts with links to their articles and their validation status;
- the checks that failed in the last published run.

Counting follows the marts: a story republished by several sites counts once (canonical
articles only). ``country`` keeps the pairs, facts and articles that involve that country;
``since`` keeps articles published on or after that date (articles without a known date are
left out when ``since`` is given). Plotly draws the charts; plotly.js is inlined once, so the
file opens without a network. Every text that comes from an article is escaped.
"""

from __future__ import annotations

import html
import logging
import math
import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import duckdb

from flows import report_indicators
from flows.settings import PROJECT_ROOT, Settings

KEY_METRICS: dict[str, str] = {
    "trade_turnover": "Trade turnover",
    "export": "Export",
    "import": "Import",
    "investment": "Investment",
    "agreements": "Agreements",
    "joint_ventures": "Joint ventures",
}
TONE_COLOURS: dict[str, str] = {
    "cooperative": "#2e7d32",
    "mixed": "#f9a825",
    "conflictual": "#c62828",
    "neutral": "#9e9e9e",
}
LATEST_FACTS = 100  # rows of the latest-facts table
TIMELINE_PAIRS = 10  # pairs drawn one by one in the articles timeline; the rest are summed
FACT_PAIRS = 8  # pairs drawn one by one in the key-facts chart; the rest share one trace
NETWORK_PAIRS = 150  # strongest pairs drawn in the network
_BAR_WIDTH_MS = 24 * 86_400_000  # a month's bar, in milliseconds of the date axis
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class ReportUsageError(ValueError):
    """A filter the report cannot use: bad date, malformed or unknown country code."""


class NoPublishedWarehouse(FileNotFoundError):
    """There is no published warehouse to report on."""


# ----------------------------------------------------------------------------- filters


def parse_since(value: str | date | None) -> date | None:
    """``--since``: an ISO date (YYYY-MM-DD)."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ReportUsageError(f"--since must be an ISO date YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReportUsageError(f"--since must be an ISO date YYYY-MM-DD, got {value!r}") from None


def normalize_country(value: str | None) -> str | None:
    """``--country``: an ISO 3166-1 alpha-2 code, any case (``by`` -> ``BY``)."""
    if value is None:
        return None
    code = value.strip().upper()
    if not _COUNTRY_CODE.match(code):
        raise ReportUsageError(f"--country must be an ISO 3166-1 alpha-2 code such as BY, got {value!r}")
    return code


def default_report_path(settings: Settings) -> Path:
    """Where the report goes unless told otherwise: beside the published warehouse."""
    return settings.warehouse_path.parent / "report.html"


# ------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Country:
    code: str
    name_en: str
    name_ru: str

    @property
    def label(self) -> str:
        return f"{self.name_ru} ({self.code})" if self.name_ru else self.code


@dataclass
class Pair:
    country_a: str
    country_b: str
    article_count: int
    fact_count: int
    first_published: date | None
    last_published: date | None
    cooperation_count: int = 0
    conflict_count: int = 0
    goldstein_like: float | None = None

    @property
    def key(self) -> str:
        return f"{self.country_a}–{self.country_b}"

    @property
    def tone(self) -> str:
        """The ``marts.dyad_tone`` rule over the pair's keyword counts in the selected articles."""
        hits = self.cooperation_count + self.conflict_count
        if hits == 0:
            return "neutral"
        if self.cooperation_count >= 0.75 * hits:
            return "cooperative"
        if self.cooperation_count <= 0.25 * hits:
            return "conflictual"
        return "mixed"


@dataclass(frozen=True)
class TimelinePoint:
    country_a: str
    country_b: str
    month_start: date
    article_count: int


@dataclass(frozen=True)
class Fact:
    fact_id: str
    article_id: str
    published_date: date | None
    country_a: str | None
    country_b: str | None
    metric: str
    value: float | None
    unit: str | None
    comparator: str | None
    quote: str
    sentence: str | None
    is_valid: bool
    failed_checks: tuple[str, ...]
    title: str | None
    publisher: str | None
    source_uri: str
    url: str | None

    @property
    def pair(self) -> str:
        return f"{self.country_a}–{self.country_b}" if self.country_a else "—"


@dataclass(frozen=True)
class FailedCheck:
    suite: str
    check: str
    level: str
    unexpected_count: int | None


@dataclass
class ReportData:
    generated_at: datetime
    country: Country | None
    since: date | None
    countries: dict[str, Country]
    pairs: list[Pair]
    timeline: list[TimelinePoint]
    facts: list[Fact]  # every fact of the selection, latest first
    article_count: int
    last_run: tuple[str, datetime | None] | None  # run_id, finished_at of the last published run
    failed_checks: list[FailedCheck] = field(default_factory=list)  # of the last published run
    indicators: list[report_indicators.Indicator] = field(default_factory=list)  # marts.dyad_indicators

    @property
    def facts_failing(self) -> list[Fact]:
        return [f for f in self.facts if not f.is_valid]

    @property
    def is_empty(self) -> bool:
        return self.article_count == 0

    def name(self, code: str | None) -> str:
        if not code:
            return "—"
        c = self.countries.get(code)
        return c.label if c else code


# The articles the filters select; ``{sel}`` in the queries below.
_SELECTED_ARTICLES = """(
    select article_id, canonical_article_id, is_canonical, published_date, title, publisher,
           source_uri, url
    from marts.articles
    where $since::date is null or published_date >= $since::date
)"""

_PAIRS = """
    with pairs as (
        select d.country_a, d.country_b,
               count(distinct a.canonical_article_id) as article_count,
               min(a.published_date) as first_published,
               max(a.published_date) as last_published
        from marts.dyad_articles d join {sel} a using (article_id)
        where $country::varchar is null or $country in (d.country_a, d.country_b)
        group by all
    ),
    facts as (
        select f.country_a, f.country_b, count(*) as fact_count
        from marts.numeric_facts f join {sel} a using (article_id)
        where a.is_canonical and f.country_a is not null
        group by all
    ),
    tone as (
        select t.country_a, t.country_b,
               sum(t.verbal_cooperation_count + t.material_cooperation_count) as cooperation_count,
               sum(t.verbal_conflict_count + t.material_conflict_count) as conflict_count,
               avg(t.goldstein_like) as goldstein_like
        from marts.dyad_tone t join {sel} a using (article_id)
        where a.is_canonical
        group by all
    )
    select p.country_a, p.country_b, p.article_count, coalesce(f.fact_count, 0),
           p.first_published, p.last_published,
           coalesce(t.cooperation_count, 0), coalesce(t.conflict_count, 0), t.goldstein_like
    from pairs p
    left join facts f using (country_a, country_b)
    left join tone t using (country_a, country_b)
    order by p.article_count desc, p.country_a, p.country_b
"""

_TIMELINE = """
    select d.country_a, d.country_b, date_trunc('month', a.published_date)::date as month_start,
           count(distinct d.article_id) as article_count
    from marts.dyad_articles d join {sel} a using (article_id)
    where a.is_canonical and a.published_date is not null
      and ($country::varchar is null or $country in (d.country_a, d.country_b))
    group by all
    order by month_start, d.country_a, d.country_b
"""

_FACTS = """
    select f.fact_id, f.article_id, a.published_date, f.country_a, f.country_b,
           coalesce(f.metric, 'other'), f.value, f.unit, f.comparator, f.quote, f.sentence,
           coalesce(f.is_valid, true), coalesce(f.failed_checks, []),
           a.title, a.publisher, a.source_uri, a.url
    from marts.numeric_facts f join {sel} a using (article_id)
    where a.is_canonical
      and ($country::varchar is null or $country in (f.country_a, f.country_b))
    order by a.published_date desc nulls last, f.article_id, f.char_start
"""

_ARTICLE_COUNT = """
    select count(*) from {sel} a
    where a.is_canonical
      and ($country::varchar is null or exists (
          select 1 from marts.article_countries c
          where c.article_id = a.article_id and c.country_code = $country))
"""

_LAST_RUN = "select run_id, finished_at from audit.runs order by started_at desc limit 1"

_FAILED_CHECKS = """
    select suite_name, expectation, level, unexpected_count from audit.validation_results
    where run_id = $run_id and not success
    order by level, suite_name, expectation
"""


def load_report_data(
    warehouse_path: Path, country: str | None = None, since: date | None = None
) -> ReportData:
    """Everything the report shows, read from the published warehouse (read-only)."""
    country = normalize_country(country)
    since = parse_since(since)
    if not Path(warehouse_path).exists():
        raise NoPublishedWarehouse(f"no published warehouse at {warehouse_path}: run `dyad run` first")
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        countries = {
            code: Country(code, name_en or "", name_ru or "")
            for code, name_en, name_ru in con.execute(
                "select country_code, name_en, name_ru from marts.countries where country_code is not null"
            ).fetchall()
        }
        if country is not None and country not in countries:
            raise ReportUsageError(f"unknown country code {country!r} (not in marts.countries)")
        params = {"country": country, "since": since}

        def rows(sql: str) -> list[tuple]:
            return con.execute(sql.replace("{sel}", _SELECTED_ARTICLES), params).fetchall()

        pairs = [Pair(*row) for row in rows(_PAIRS)]
        timeline = [TimelinePoint(*row) for row in rows(_TIMELINE)]
        facts = [Fact(*row[:12], tuple(row[12]), *row[13:]) for row in rows(_FACTS)]
        article_count = rows(_ARTICLE_COUNT)[0][0]
        last = con.execute(_LAST_RUN).fetchone()
        failed = (
            [FailedCheck(*row) for row in con.execute(_FAILED_CHECKS, {"run_id": last[0]}).fetchall()]
            if last
            else []
        )
        indicators = report_indicators.load_indicators(con, country, since)
    finally:
        con.close()
    return ReportData(
        generated_at=datetime.now(UTC),
        country=countries[country] if country else None,
        since=since,
        countries=countries,
        pairs=pairs,
        timeline=timeline,
        facts=facts,
        article_count=article_count,
        last_run=(last[0], last[1]) if last else None,
        failed_checks=failed,
        indicators=indicators,
    )


# ----------------------------------------------------------------------------- figures


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _short(text: str | None, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def format_value(fact: Fact) -> str:
    if fact.value is None:
        return "—"
    v = fact.value
    number = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    comparator = "" if fact.comparator in (None, "=") else f"{fact.comparator} "
    unit = "" if fact.unit in (None, "count") else f" {fact.unit}"
    return f"{comparator}{number}{unit}".replace(",", "\u202f")


def network_layout(data: ReportData) -> dict[str, tuple[float, float]]:
    """Deterministic positions: the chosen country in the centre, the others on a circle in
    order of weight (articles), ties by code."""
    weight: dict[str, int] = defaultdict(int)
    for p in data.pairs[:NETWORK_PAIRS]:
        weight[p.country_a] += p.article_count
        weight[p.country_b] += p.article_count
    centre = data.country.code if data.country and data.country.code in weight else None
    ring = sorted((c for c in weight if c != centre), key=lambda c: (-weight[c], c))
    pos = {centre: (0.0, 0.0)} if centre else {}
    for i, code in enumerate(ring):
        angle = math.pi / 2 - 2 * math.pi * i / max(len(ring), 1)
        pos[code] = (round(math.cos(angle), 6), round(math.sin(angle), 6))
    return pos


def network_figure(data: ReportData):
    import plotly.graph_objects as go

    pairs = data.pairs[:NETWORK_PAIRS]
    pos = network_layout(data)
    top = max((p.article_count for p in pairs), default=1)
    fig = go.Figure()
    shown_tones: set[str] = set()
    mid_x, mid_y, mid_text, mid_colour = [], [], [], []
    for p in sorted(pairs, key=lambda p: (p.article_count, p.key)):
        (xa, ya), (xb, yb) = pos[p.country_a], pos[p.country_b]
        tone = p.tone
        fig.add_trace(
            go.Scatter(
                x=[xa, xb],
                y=[ya, yb],
                mode="lines",
                line={"width": 1.5 + 10.0 * p.article_count / top, "color": TONE_COLOURS[tone]},
                opacity=0.8,
                hoverinfo="skip",
                name=tone,
                legendgroup=tone,
                showlegend=tone not in shown_tones,
            )
        )
        shown_tones.add(tone)
        mid_x.append((xa + xb) / 2)
        mid_y.append((ya + yb) / 2)
        mid_colour.append(TONE_COLOURS[tone])
        score = "—" if p.goldstein_like is None else f"{p.goldstein_like:+.2f}"
        mid_text.append(
            f"<b>{_esc(data.name(p.country_a))} – {_esc(data.name(p.country_b))}</b><br>"
            f"articles: {p.article_count}<br>facts: {p.fact_count}<br>"
            f"tone: {tone} (cooperation {p.cooperation_count}, conflict {p.conflict_count}; "
            f"mean score {score})<br>"
            f"{_esc(p.first_published or '?')} … {_esc(p.last_published or '?')}"
        )
    fig.add_trace(
        go.Scatter(
            x=mid_x,
            y=mid_y,
            mode="markers",
            marker={"size": 9, "color": mid_colour, "opacity": 0.6},
            hovertext=mid_text,
            hoverinfo="text",
            name="pairs",
            showlegend=False,
        )
    )
    weight: dict[str, int] = defaultdict(int)
    for p in pairs:
        weight[p.country_a] += p.article_count
        weight[p.country_b] += p.article_count
    codes = list(pos)
    top_node = max(weight.values(), default=1)
    fig.add_trace(
        go.Scatter(
            x=[pos[c][0] for c in codes],
            y=[pos[c][1] for c in codes],
            mode="markers+text",
            text=[_esc(data.name(c)) for c in codes],
            textposition=[_text_position(*pos[c]) for c in codes],
            marker={
                "size": [16 + 26 * weight[c] / top_node for c in codes],
                "color": "#1f4e79",
                "line": {"width": 2, "color": "white"},
            },
            hovertext=[
                f"<b>{_esc(data.name(c))}</b><br>{_esc(data.countries[c].name_en if c in data.countries else c)}"
                f"<br>articles with a partner: {weight[c]}"
                for c in codes
            ],
            hoverinfo="text",
            name="countries",
            showlegend=False,
        )
    )
    axis = {"visible": False, "range": [-1.6, 1.6], "fixedrange": False}
    fig.update_layout(
        height=560,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis=axis,
        yaxis={**axis, "scaleanchor": "x", "scaleratio": 1},
        legend={"title": {"text": "tone"}, "orientation": "h", "y": -0.02},
        plot_bgcolor="white",
        hovermode="closest",
    )
    return fig


def _text_position(x: float, y: float) -> str:
    if abs(x) < 1e-9 and abs(y) < 1e-9:
        return "bottom center"
    vertical = "top" if y > 0.3 else "bottom" if y < -0.3 else "middle"
    horizontal = "right" if x > 0.3 else "left" if x < -0.3 else "center"
    return f"{vertical} {horizontal}"


def timeline_figure(data: ReportData):
    import plotly.graph_objects as go

    totals: dict[tuple[str, str], int] = defaultdict(int)
    for t in data.timeline:
        totals[(t.country_a, t.country_b)] += t.article_count
    ranked = sorted(totals, key=lambda k: (-totals[k], k))
    shown = ranked[:TIMELINE_PAIRS]
    series: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for t in data.timeline:
        key = (t.country_a, t.country_b)
        label = f"{t.country_a}–{t.country_b}" if key in shown else "other pairs"
        series[label][t.month_start] += t.article_count
    fig = go.Figure()
    for label in [f"{a}–{b}" for a, b in shown] + (["other pairs"] if "other pairs" in series else []):
        months = sorted(series[label])
        if label == "other pairs":
            names = "other pairs"
        else:
            a, b = label.split("–")
            names = f"{data.name(a)} – {data.name(b)}"
        fig.add_trace(
            go.Bar(
                x=[m.isoformat() for m in months],
                y=[series[label][m] for m in months],
                xperiod="M1",
                xperiodalignment="middle",
                width=[_BAR_WIDTH_MS] * len(months),
                name=label,
                hovertext=[f"<b>{_esc(names)}</b><br>{m:%Y-%m}: {series[label][m]} articles" for m in months],
                hoverinfo="text",
            )
        )
    fig.update_layout(
        barmode="stack",
        height=340,
        margin={"l": 50, "r": 10, "t": 10, "b": 40},
        xaxis={"type": "date", "range": date_range(data), "title": {"text": "month"}},
        yaxis={
            "title": {"text": "articles"},
            "rangemode": "tozero",
            "dtick": 1 if _max_stack(series) < 8 else None,
        },
        legend={"title": {"text": "pair"}},
        plot_bgcolor="white",
    )
    return fig


def date_range(data: ReportData) -> list[str]:
    """One x range for both timelines: the selected months and fact dates, with a margin, and
    at least a year wide (a single date would otherwise zoom in to milliseconds)."""
    days = [t.month_start for t in data.timeline] + [f.published_date for f in key_facts(data)]
    if not days:
        return []
    start = min(days).replace(day=1) - timedelta(days=20)
    end = max(days) + timedelta(days=40)
    if (end - start).days < 365:
        middle = start + (end - start) / 2
        start, end = middle - timedelta(days=183), middle + timedelta(days=183)
    return [start.isoformat(), end.isoformat()]


def _max_stack(series: dict[str, dict[date, int]]) -> int:
    per_month: dict[date, int] = defaultdict(int)
    for months in series.values():
        for m, n in months.items():
            per_month[m] += n
    return max(per_month.values(), default=0)


def key_facts(data: ReportData) -> list[Fact]:
    return [
        f
        for f in data.facts
        if f.metric in KEY_METRICS and f.published_date and f.value is not None and f.country_a
    ]


def _fact_hover(data: ReportData, f: Fact) -> str:
    status = "valid" if f.is_valid else "FAILED: " + ", ".join(f.failed_checks)
    return (
        f"<b>{_esc(data.name(f.country_a))} – {_esc(data.name(f.country_b))}</b> · {_esc(f.published_date)}<br>"
        f"{_esc(KEY_METRICS.get(f.metric, f.metric))}: {_esc(format_value(f))}<br>"
        f"«{_esc(_short(f.quote, 120))}»<br>"
        f"{_esc(_short(f.publisher, 40))}: {_esc(_short(f.title, 80))}<br>{_esc(status)}"
    )


# -------------------------------------------------------------------------------- html


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


_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; margin: 0; color: #1d232a;
       background: #f4f6f8; }
header { background: #1f4e79; color: white; padding: 18px 28px; }
header h1 { margin: 0 0 4px; font-size: 24px; }
header .filters { opacity: 0.9; }
main { padding: 8px 28px 40px; max-width: 1400px; }
section { background: white; border-radius: 6px; padding: 14px 18px; margin: 16px 0;
          box-shadow: 0 1px 3px rgba(0,0,0,.12); }
section h2 { margin: 0 0 8px; font-size: 18px; }
.note { color: #56606b; font-size: 13px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 14px; }
.card { background: white; border-radius: 6px; padding: 10px 16px; min-width: 120px;
        box-shadow: 0 1px 3px rgba(0,0,0,.12); }
.card .n { font-size: 26px; font-weight: bold; }
.card.bad .n { color: #c62828; }
.empty { font-size: 18px; color: #8a4b00; background: #fff4e0; }
.ok { color: #2e7d32; font-weight: bold; }
.bad-text { color: #c62828; font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #e3e7eb; }
th { background: #eef2f5; position: sticky; top: 0; }
tr.failed td { background: #fdecea; }
td.num { white-space: nowrap; text-align: right; }
td.nowrap { white-space: nowrap; }
td.quote { max-width: 420px; }
.badge { display: inline-block; border-radius: 3px; padding: 1px 6px; font-size: 12px; white-space: nowrap; }
.badge.valid { background: #e6f4ea; color: #2e7d32; }
.badge.failed { background: #c62828; color: white; }
"""


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
                report_indicators.key_facts_figure(data),
            )
        )
    if not data.is_empty:
        figures.extend(report_indicators.indicator_figures(data))

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(_title(data))}</title>",
        f"<style>{_CSS}</style>",
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
        parts.append(report_indicators.indicator_table(data, data.indicators))
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
            f"<td>{_esc(f.metric)}</td>"
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


# ------------------------------------------------------------------------------- write


def write_report(
    settings: Settings,
    country: str | None = None,
    since: str | date | None = None,
    out: Path | str | None = None,
) -> Path:
    """Write the report for the published warehouse of ``settings``; returns its path.

    Raises ReportUsageError for a bad filter, NoPublishedWarehouse when there is nothing to read.
    The file is replaced atomically, so a browser never reads half a report."""
    data = load_report_data(settings.warehouse_path, normalize_country(country), parse_since(since))
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
