"""The report's indicator panel and table, from ``marts.dyad_indicators`` (``ReportData.indicators``).

- :func:`indicator_figure`: one panel per pair, metric and unit: the reconciled value of each
  period over time (at the period's middle; one line per direction and granularity), the band of
  reported values (lowest to highest), conflicting periods as a red bar from lowest to highest
  with no value, plans and forecasts as open markers of their own; a red ring when a fact of the
  row failed validation (and was left out of it); rows whose every fact failed are not drawn;
- :func:`indicator_table`: the same rows as an HTML table (status, value, band, sources);
- :func:`indicator_figures`: the page's figure entry for them (none without indicators).

Text from articles is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from flows.report.data import Indicator, ReportData
from flows.report.figures import _esc, format_number, metric_label, use_log

INDICATOR_PANELS = 12  # pair x metric panels drawn, the most reported first
INDICATOR_ROWS = 100  # rows of the indicator table
STATUS_COLOURS = {"agreed": "#2e7d32", "rounded": "#1f77b4", "conflicting": "#c62828", "flagged": "#757575"}


def _indicator_hover(data: ReportData, i: Indicator) -> str:
    direction = f" {i.direction}" if i.direction else ""
    value = (
        format_number(i.reconciled_value, i.unit)
        if i.reconciled_value is not None
        else "no value: every fact failed validation"
        if i.status == "flagged"
        else "no value: sources conflict"
        if i.status == "conflicting"
        else "no single value: only a range or a bound was reported"
    )
    failed = "<br>a fact of it failed validation and is left out" if i.has_failed_fact else ""
    return (
        f"<b>{_esc(data.name(i.country_a))} – {_esc(data.name(i.country_b))}</b>{_esc(direction)}<br>"
        f"{_esc(metric_label(i.metric))} · {_esc(i.period_label)} · {_esc(i.kind)}<br>"
        f"{_esc(value)} ({_esc(i.status)})<br>"
        f"reported {_esc(format_number(i.value_min, i.unit))} – {_esc(format_number(i.value_max, i.unit))}<br>"
        f"{i.source_count} source(s): {_esc(', '.join(i.publishers[:5]))}{failed}"
    )


def indicator_panels(indicators: list[Indicator]) -> list[tuple[str, str, str, list[Indicator]]]:
    """(pair, metric, unit, its indicators) of the panels to draw: the most reported first."""
    groups: dict[tuple[str, str, str], list[Indicator]] = defaultdict(list)
    for i in indicators:
        groups[(i.pair, i.metric, i.unit or "")].append(i)
    keys = sorted(groups, key=lambda k: (-sum(i.source_count for i in groups[k]), k))[:INDICATOR_PANELS]
    return [(*k, groups[k]) for k in keys]


def indicator_figure(data: ReportData, indicators: list[Indicator]):
    """One panel per pair, metric and unit (see the module docstring)."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    panels = indicator_panels(indicators)
    titles = [
        f"{pair} · {metric_label(metric)}{f' ({unit})' if unit and unit != 'count' else ''}"
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
        values = [v for i in items for v in (i.value_min, i.value_max) if v is not None]
        log = use_log(values)
        series: dict[tuple[str, str, str], list[Indicator]] = defaultdict(list)
        for i in items:
            series[
                (i.direction, i.period_granularity or "", "plan" if i.kind != "actual" else "actual")
            ].append(i)
        for (direction, granularity, kind), group in sorted(series.items()):
            group.sort(key=lambda i: i.period_start)
            resolved = [i for i in group if i.reconciled_value is not None]
            conflicting = [i for i in group if i.status == "conflicting"]
            # agreed or rounded with no single value: ranges ("от 300 до 500 млн") and bounds ("более 11 млрд")
            banded = [i for i in group if i.reconciled_value is None and i.status in ("agreed", "rounded")]
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
                            # an end a bound leaves open (NULL) draws no bar on that side
                            "array": [
                                (i.value_max or i.reconciled_value) - i.reconciled_value for i in resolved
                            ],
                            "arrayminus": [
                                i.reconciled_value - (i.value_min or i.reconciled_value) for i in resolved
                            ],
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
            if banded:
                fig.add_trace(_band_trace(data, banded, "range or bound" not in legend_seen), row=row, col=1)
                legend_seen.add("range or bound")
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


def _band_trace(data: ReportData, items: list[Indicator], show_legend: bool):
    """The rows reported only as a range or a bound: a bar from the lowest to the highest value
    stated, or a triangle at the one end a bound states (pointing up for "более X", down for
    "менее X")."""
    import plotly.graph_objects as go

    xs: list[str | None] = []
    ys: list[float | None] = []
    symbols: list[str] = []
    hover: list[str | None] = []
    for i in items:
        ends = [
            (v, s) for v, s in ((i.value_min, "triangle-up"), (i.value_max, "triangle-down")) if v is not None
        ]
        if len(ends) == 2:  # a range: both ends, bar-ended
            ends = [(i.value_min, "line-ew-open"), (i.value_max, "line-ew-open")]
        for v, symbol in ends:
            xs.append(i.middle.isoformat())
            ys.append(v)
            symbols.append(symbol)
            hover.append(_indicator_hover(data, i))
        xs.append(None)
        ys.append(None)
        symbols.append("circle")
        hover.append(None)
    return go.Scatter(
        x=xs,
        y=ys,
        mode="lines+markers",
        name="range or bound (no single value)",
        legendgroup="range or bound",
        showlegend=show_legend,
        line={"color": STATUS_COLOURS["rounded"], "width": 3},
        marker={"symbol": symbols, "size": 12, "color": STATUS_COLOURS["rounded"]},
        hovertext=hover,
        hoverinfo="text",
    )


def indicator_table(data: ReportData, indicators: list[Indicator]) -> str:
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
            f'<td class="num">{_esc(format_number(i.reconciled_value, i.unit))}</td>'
            f'<td class="num">{_esc(format_number(i.value_min, i.unit))} – {_esc(format_number(i.value_max, i.unit))}</td>'
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
        "«почти 39 млрд» and «38,6 млрд»), conflicting (they do not: no value), flagged (every fact "
        "failed validation: no value). Facts that fail validation are left out of the value and the "
        "sources (a “failed fact” badge). Plans and forecasts are rows of their own. Near-duplicate "
        "stories count as one source.</p>"
        '<table id="indicators-table"><thead><tr><th>pair</th><th>metric</th><th>kind</th><th>period</th>'
        "<th>status</th><th>value</th><th>reported</th><th>sources</th><th>publishers</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{more}</section>"
    )


def indicator_figures(data: ReportData) -> list[tuple[str, str, str, object]]:
    """The report's figure entries (div id, title, note, figure) for the indicators of ``data``."""
    indicators = data.indicators
    if not indicators:
        return []
    return [
        (
            "fig-indicators",
            "Indicators per dyad",
            "The reconciled value of each period (at its middle; grey bar: lowest to highest reported; "
            "colour: green agreed, blue rounded), conflicting periods as a red bar with no value, plans and "
            "forecasts as open markers. A red ring: a fact of it failed validation and is left out.",
            indicator_figure(data, indicators),
        )
    ]
