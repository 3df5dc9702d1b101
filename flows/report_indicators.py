"""The indicator panel of the relations report, and its key-facts chart.

- :func:`load_indicators` reads ``marts.dyad_indicators`` for the report's filters (``country``:
  pairs with that country; ``since``: indicators whose period ends on or after that date), with
  whether any fact behind a row failed validation (``marts.numeric_facts.is_valid``);
- :func:`indicator_figure`: one panel per pair and metric: the reconciled value of each period
  over time (at the period's middle; one line per direction, unit and granularity), the band of
  reported values (lowest to highest), conflicting periods as a red bar from lowest to highest
  with no value, plans and forecasts as open markers of their own;
- :func:`indicator_table`: the same rows as an HTML table (status, value, band, sources);
- :func:`key_facts_figure`: every key fact at its article's date, one panel per metric and unit,
  on a log axis where the valid values span two orders of magnitude or more; a fact failing
  validation is drawn on the panel's floor with ×, never on the value axis, so one implausible
  value does not flatten the others.

Text from articles is escaped. Figures are Plotly figures; the report inlines plotly.js once.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

INDICATOR_PANELS = 12  # pair x metric panels drawn, the most reported first
INDICATOR_ROWS = 100  # rows of the indicator table
LOG_SPAN = 100.0  # max/min of the valid values from which a panel's axis is logarithmic
STATUS_COLOURS = {"agreed": "#2e7d32", "rounded": "#1f77b4", "conflicting": "#c62828"}


@dataclass(frozen=True)
class Indicator:
    indicator_id: str
    country_a: str
    country_b: str
    origin_country: str | None
    destination_country: str | None
    metric: str
    unit: str | None
    kind: str  # actual / target / forecast
    period_start: date
    period_end: date
    period_label: str | None
    period_granularity: str | None
    status: str  # agreed / rounded / conflicting
    reconciled_value: float | None
    value_min: float
    value_max: float
    source_count: int
    fact_count: int
    publishers: tuple[str, ...]
    has_failed_fact: bool

    @property
    def pair(self) -> str:
        return f"{self.country_a}–{self.country_b}"

    @property
    def direction(self) -> str:
        if self.origin_country and self.destination_country:
            return f"{self.origin_country}→{self.destination_country}"
        return ""

    @property
    def middle(self) -> date:
        return self.period_start + timedelta(days=(self.period_end - self.period_start).days // 2)


_INDICATORS = """
    with failed as (
        select i.indicator_id, bool_or(not coalesce(f.is_valid, true)) as has_failed_fact
        from marts.dyad_indicators i, unnest(i.facts) as u(fact)
        left join marts.numeric_facts f on f.fact_id = u.fact.fact_id
        group by i.indicator_id
    )
    select i.indicator_id, i.country_a, i.country_b, i.origin_country, i.destination_country, i.metric,
           i.unit, i.kind, i.period_start, i.period_end, i.period_label, i.period_granularity, i.status,
           i.reconciled_value, i.value_min, i.value_max, i.source_count, i.fact_count,
           coalesce(i.publishers, []), coalesce(failed.has_failed_fact, false)
    from marts.dyad_indicators i
    left join failed using (indicator_id)
    where ($country::varchar is null or $country in (i.country_a, i.country_b))
      and ($since::date is null or i.period_end >= $since::date)
    order by i.period_end desc, i.country_a, i.country_b, i.metric, i.kind
"""


def load_indicators(
    con: duckdb.DuckDBPyConnection, country: str | None, since: date | None
) -> list[Indicator]:
    """The indicators of the selection; [] when the warehouse has no ``marts.dyad_indicators``
    (one published before the mart existed)."""
    exists = con.execute(
        "select count(*) from duckdb_tables() where schema_name = 'marts' and table_name = 'dyad_indicators'"
    ).fetchone()[0]
    if not exists:
        return []
    rows = con.execute(_INDICATORS, {"country": country, "since": since}).fetchall()
    return [Indicator(*row[:18], tuple(row[18]), bool(row[19])) for row in rows]


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _number(v: float | None, unit: str | None = None) -> str:
    if v is None:
        return "—"
    text = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    suffix = "" if unit in (None, "count") else f" {unit}"
    return (text + suffix).replace(",", "\u202f")


def _use_log(values: list[float]) -> bool:
    """True when every value is positive and the largest is LOG_SPAN times the smallest or more."""
    return bool(values) and min(values) > 0 and max(values) / min(values) >= LOG_SPAN


def _axis_range(values: list[float], log: bool) -> tuple[float, float]:
    """The value axis of a panel (in axis units: log10 for a log axis), from the valid values."""
    if log:
        lo, hi = math.log10(min(values)), math.log10(max(values))
        return lo - 0.3, hi + 0.3
    lo, hi = min(0.0, min(values)), max(0.0, max(values))
    pad = (hi - lo) * 0.08 or abs(hi) * 0.1 or 1.0
    return lo - (pad if lo < 0 else 0.0), hi + pad


def _floor(axis: tuple[float, float], log: bool) -> float:
    """A value on the panel's floor, where facts off the value axis are drawn."""
    lo, hi = axis
    return 10 ** (lo + (hi - lo) * 0.03) if log else lo + (hi - lo) * 0.03


def _metric_label(metric: str) -> str:
    from flows.report import KEY_METRICS

    return KEY_METRICS.get(metric, metric.replace("_", " ").capitalize())


# ------------------------------------------------------------------------- key facts


def key_facts_figure(data: Any):
    """Every key fact at its article's date: one panel per metric and unit (pairs coloured), a log
    axis where the valid values span orders of magnitude, facts failing validation on the floor (×)."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from flows.report import FACT_PAIRS, TONE_COLOURS, _fact_hover, key_facts

    facts = key_facts(data)
    panels: dict[tuple[str, str], list] = defaultdict(list)
    for f in facts:
        panels[(f.metric, f.unit or "")].append(f)
    from flows.report import KEY_METRICS

    order = list(KEY_METRICS)
    keys = sorted(
        panels, key=lambda k: (order.index(k[0]) if k[0] in order else len(order), -len(panels[k]), k[1])
    )
    pair_totals: dict[str, int] = defaultdict(int)
    for f in facts:
        pair_totals[f.pair] += 1
    shown_pairs = sorted(pair_totals, key=lambda k: (-pair_totals[k], k))[:FACT_PAIRS]
    palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]
    colour = {p: palette[i % len(palette)] for i, p in enumerate(shown_pairs)}
    titles = []
    for metric, unit in keys:
        titles.append(f"{_metric_label(metric)}{f' ({unit})' if unit and unit != 'count' else ''}")
    fig = make_subplots(
        rows=max(len(keys), 1),
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.12 / max(len(keys), 1),
        subplot_titles=titles,
    )
    in_legend: set[str] = set()
    for row, key in enumerate(keys, start=1):
        items = panels[key]
        valid = [f.value for f in items if f.is_valid]
        log = _use_log(valid)
        axis = _axis_range(valid, log) if valid else (0.0, 1.0)
        floor = _floor(axis, log)
        groups: dict[str, list] = defaultdict(list)
        for f in items:
            groups[f.pair if f.pair in colour else "other pairs"].append(f)
        for pair, group in sorted(groups.items()):
            group.sort(key=lambda f: (f.published_date, f.value))
            good = [f for f in group if f.is_valid]
            bad = [f for f in group if not f.is_valid]
            if good:
                fig.add_trace(
                    go.Scatter(
                        x=[f.published_date.isoformat() for f in good],
                        y=[f.value for f in good],
                        mode="lines+markers",
                        name=pair,
                        legendgroup=pair,
                        showlegend=pair not in in_legend,
                        line={"color": colour.get(pair, "#7f7f7f"), "width": 1, "dash": "dot"},
                        marker={"size": 10, "color": colour.get(pair, "#7f7f7f"), "symbol": "circle"},
                        hovertext=[_fact_hover(data, f) for f in good],
                        hoverinfo="text",
                    ),
                    row=row,
                    col=1,
                )
                in_legend.add(pair)
            if bad:
                fig.add_trace(
                    go.Scatter(
                        x=[f.published_date.isoformat() for f in bad],
                        y=[floor] * len(bad),
                        mode="markers",
                        name=f"{pair}: failed validation (not to scale)",
                        legendgroup=pair,
                        showlegend=False,
                        marker={
                            "size": 12,
                            "symbol": "x",
                            "color": colour.get(pair, "#7f7f7f"),
                            "line": {"width": 2, "color": TONE_COLOURS["conflictual"]},
                        },
                        hovertext=[
                            _fact_hover(data, f) + "<br>drawn on the floor: the value is off this axis"
                            for f in bad
                        ],
                        hoverinfo="text",
                    ),
                    row=row,
                    col=1,
                )
        fig.update_yaxes(
            type="log" if log else "linear",
            range=list(axis),
            title_text=("log " if log else "") + (key[1] or ""),
            row=row,
            col=1,
        )
    from flows.report import date_range

    fig.update_xaxes(type="date", range=date_range(data))
    fig.update_layout(
        height=max(260, 230 * len(keys)),
        margin={"l": 70, "r": 10, "t": 30, "b": 30},
        legend={"title": {"text": "pair"}},
        plot_bgcolor="white",
        hovermode="closest",
        hoverlabel={"align": "left"},
    )
    return fig


# ------------------------------------------------------------------------ indicators


def _indicator_hover(data: Any, i: Indicator) -> str:
    direction = f" {i.direction}" if i.direction else ""
    value = (
        "no value: sources conflict" if i.reconciled_value is None else _number(i.reconciled_value, i.unit)
    )
    failed = "<br>a fact behind it failed validation" if i.has_failed_fact else ""
    return (
        f"<b>{_esc(data.name(i.country_a))} – {_esc(data.name(i.country_b))}</b>{_esc(direction)}<br>"
        f"{_esc(_metric_label(i.metric))} · {_esc(i.period_label)} · {_esc(i.kind)}<br>"
        f"{_esc(value)} ({_esc(i.status)})<br>"
        f"reported {_esc(_number(i.value_min, i.unit))} – {_esc(_number(i.value_max, i.unit))}<br>"
        f"{i.source_count} source(s): {_esc(', '.join(i.publishers[:5]))}{failed}"
    )


def indicator_panels(indicators: list[Indicator]) -> list[tuple[str, str, str, list[Indicator]]]:
    """(pair, metric, unit, its indicators) of the panels to draw: the most reported first."""
    groups: dict[tuple[str, str, str], list[Indicator]] = defaultdict(list)
    for i in indicators:
        groups[(i.pair, i.metric, i.unit or "")].append(i)
    keys = sorted(groups, key=lambda k: (-sum(i.source_count for i in groups[k]), k))[:INDICATOR_PANELS]
    return [(*k, groups[k]) for k in keys]


def indicator_figure(data: Any, indicators: list[Indicator]):
    """One panel per pair and metric (see the module docstring)."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    panels = indicator_panels(indicators)
    titles = [
        f"{pair} · {_metric_label(metric)}{f' ({unit})' if unit and unit != 'count' else ''}"
        for pair, metric, unit, _ in panels
    ]
    fig = make_subplots(
        rows=max(len(panels), 1),
        cols=1,
        vertical_spacing=min(0.3 / max(len(panels), 1), 0.9 / max(len(panels) - 1, 1)),
        subplot_titles=titles,
    )
    # one time axis for every panel: the periods shown, with a quarter of a year either side
    first = min((i.period_start for _, _, _, items in panels for i in items), default=date.today())
    last = max((i.period_end for _, _, _, items in panels for i in items), default=date.today())
    x_range = [(first - timedelta(days=92)).isoformat(), (last + timedelta(days=92)).isoformat()]
    legend_seen: set[str] = set()
    for row, (_pair, _metric, _unit, items) in enumerate(panels, start=1):
        values = [v for i in items for v in (i.value_min, i.value_max)]
        log = _use_log(values)
        series: dict[tuple[str, str, str], list[Indicator]] = defaultdict(list)
        for i in items:
            series[
                (i.direction, i.period_granularity or "", "plan" if i.kind != "actual" else "actual")
            ].append(i)
        for (direction, granularity, kind), group in sorted(series.items()):
            group.sort(key=lambda i: i.period_start)
            resolved = [i for i in group if i.reconciled_value is not None]
            conflicting = [i for i in group if i.reconciled_value is None]
            name = " ".join(
                x for x in (direction, granularity, "plans and forecasts" if kind == "plan" else "") if x
            )
            if resolved:
                fig.add_trace(
                    go.Scatter(
                        x=[i.middle.isoformat() for i in resolved],
                        y=[i.reconciled_value for i in resolved],
                        error_y={
                            "type": "data",
                            "symmetric": False,
                            "array": [i.value_max - i.reconciled_value for i in resolved],
                            "arrayminus": [i.reconciled_value - i.value_min for i in resolved],
                            "color": "#9e9e9e",
                            "thickness": 6,
                            "width": 0,
                        },
                        mode="lines+markers" if kind == "actual" else "markers",
                        name=name or "value",
                        legendgroup=name,
                        showlegend=name not in legend_seen,
                        line={"width": 1, "dash": "solid" if kind == "actual" else "dot"},
                        marker={
                            "size": 10,
                            "symbol": "circle" if kind == "actual" else "circle-open",
                            "color": [STATUS_COLOURS.get(i.status, "#555") for i in resolved],
                            "line": {
                                "width": [2 if i.has_failed_fact else 0 for i in resolved],
                                "color": "#c62828",
                            },
                        },
                        hovertext=[_indicator_hover(data, i) for i in resolved],
                        hoverinfo="text",
                    ),
                    row=row,
                    col=1,
                )
                legend_seen.add(name)
            if conflicting:
                xs: list[str | None] = []
                ys: list[float | None] = []
                hover: list[str | None] = []
                for i in conflicting:
                    xs += [i.middle.isoformat(), i.middle.isoformat(), None]
                    ys += [i.value_min, i.value_max, None]
                    hover += [_indicator_hover(data, i)] * 2 + [None]
                fig.add_trace(
                    go.Scatter(
                        x=xs,
                        y=ys,
                        mode="lines+markers",
                        name="conflicting (lowest to highest reported)",
                        legendgroup="conflicting",
                        showlegend="conflicting" not in legend_seen,
                        line={"color": STATUS_COLOURS["conflicting"], "width": 3},
                        marker={"symbol": "line-ew-open", "size": 14, "color": STATUS_COLOURS["conflicting"]},
                        hovertext=hover,
                        hoverinfo="text",
                    ),
                    row=row,
                    col=1,
                )
                legend_seen.add("conflicting")
        fig.update_yaxes(
            type="log" if log else "linear", rangemode="normal" if log else "tozero", row=row, col=1
        )
        fig.update_xaxes(type="date", range=x_range, row=row, col=1)
    fig.update_layout(
        height=max(300, 280 * len(panels)),
        margin={"l": 70, "r": 10, "t": 30, "b": 30},
        plot_bgcolor="white",
        hovermode="closest",
        hoverlabel={"align": "left"},
    )
    return fig


def indicator_table(data: Any, indicators: list[Indicator]) -> str:
    """The indicators as an HTML section (latest periods first)."""
    if not indicators:
        return (
            '<section id="indicators"><h2>Indicators</h2><p class="note">No indicators in this selection '
            "(facts with a pair, a period and a unit: marts.dyad_indicators).</p></section>"
        )
    rows = []
    for i in indicators[:INDICATOR_ROWS]:
        colour = STATUS_COLOURS.get(i.status, "#555")
        failed = (
            ' <span class="badge indicator-failed" style="background:#c62828;color:white">failed fact</span>'
            if i.has_failed_fact
            else ""
        )
        rows.append(
            f'<tr data-indicator-id="{_esc(i.indicator_id)}" class="status-{_esc(i.status)}">'
            f'<td class="nowrap" title="{_esc(data.name(i.country_a))} – {_esc(data.name(i.country_b))}">'
            f"{_esc(i.pair)} {_esc(i.direction)}</td>"
            f"<td>{_esc(i.metric)}</td><td>{_esc(i.kind)}</td>"
            f'<td class="nowrap">{_esc(i.period_label)}</td>'
            f'<td><span class="badge" style="background:{colour};color:white">{_esc(i.status)}</span>{failed}</td>'
            f'<td class="num">{_esc(_number(i.reconciled_value, i.unit))}</td>'
            f'<td class="num">{_esc(_number(i.value_min, i.unit))} – {_esc(_number(i.value_max, i.unit))}</td>'
            f'<td class="num">{i.source_count}</td>'
            f"<td>{_esc(', '.join(i.publishers))}</td></tr>"
        )
    more = (
        f'<p class="note">The latest {INDICATOR_ROWS} of {len(indicators)}; all are in marts.dyad_indicators.</p>'
        if len(indicators) > INDICATOR_ROWS
        else ""
    )
    return (
        '<section id="indicators"><h2>Indicators</h2>'
        '<p class="note">One value per pair, direction, metric and period, reconciled over the sources: '
        "agreed (every source gives the same value), rounded (they agree within their wording: "
        "«почти 39 млрд» and «38,6 млрд»), conflicting (they do not: no value). Plans and forecasts "
        "are rows of their own. Near-duplicate stories count as one source.</p>"
        '<table id="indicators-table"><thead><tr><th>pair</th><th>metric</th><th>kind</th><th>period</th>'
        "<th>status</th><th>value</th><th>reported</th><th>sources</th><th>publishers</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{more}</section>"
    )


def indicator_figures(data: Any) -> list[tuple[str, str, str, Any]]:
    """The report's figure entries (div id, title, note, figure) for the indicators of ``data``."""
    indicators = getattr(data, "indicators", None) or []
    if not indicators:
        return []
    return [
        (
            "fig-indicators",
            "Indicators per dyad",
            "The reconciled value of each period (at its middle; grey bar: lowest to highest reported; "
            "colour: green agreed, blue rounded), conflicting periods as a red bar with no value, plans and "
            "forecasts as open markers. A red ring: a fact behind it failed validation.",
            indicator_figure(data, indicators),
        )
    ]
