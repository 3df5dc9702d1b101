"""The report's charts as Plotly figures: the network of pairs, articles per pair per month and
the key facts over time (the indicator panel is in ``indicators.py``). Every text that comes from an article is escaped (``_esc``)."""

from __future__ import annotations

import html
import math
from collections import defaultdict
from datetime import date, timedelta

from flows.report.data import Fact, ReportData

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
TIMELINE_PAIRS = 10  # pairs drawn one by one in the articles timeline; the rest are summed
FACT_PAIRS = 8  # pairs drawn one by one in the key-facts chart; the rest share one trace
NETWORK_PAIRS = 150  # strongest pairs drawn in the network
_BAR_WIDTH_MS = 24 * 86_400_000  # a month's bar, in milliseconds of the date axis


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _short(text: str | None, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def format_number(v: float | None, unit: str | None = None, comparator: str | None = None) -> str:
    """``v`` with thin-space thousands, at most two decimals, its unit (none for counts) and a
    comparator other than ``=`` before it; ``—`` for None."""
    if v is None:
        return "—"
    number = f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip(".")
    prefix = "" if comparator in (None, "=") else f"{comparator} "
    suffix = "" if unit in (None, "count") else f" {unit}"
    return f"{prefix}{number}{suffix}".replace(",", "\u202f")


def format_value(fact: Fact) -> str:
    return format_number(fact.value, fact.unit, fact.comparator)


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
        if f.metric in KEY_METRICS
        and f.published_date
        and f.value is not None
        and f.country_a
        and not f.is_change  # a panel plots levels: "вырос на 12%" is no turnover of 12
    ]


LOG_SPAN = 100.0  # max/min of the valid values from which a panel's value axis is logarithmic
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22")


def metric_label(metric: str) -> str:
    """The name a metric is shown under (``trade_turnover`` -> ``Trade turnover``)."""
    return KEY_METRICS.get(metric, metric.replace("_", " ").capitalize())


def use_log(values: list[float]) -> bool:
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


def key_facts_figure(data: ReportData):
    """Every key fact at its article's date: one panel per metric and unit (pairs coloured), a log
    axis where the valid values span orders of magnitude (:data:`LOG_SPAN`), hover = the exact
    quote. A fact failing validation is drawn on its panel's floor with ×, never on the value
    axis, so one implausible value does not flatten the others."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    facts = key_facts(data)
    panels: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        panels[(f.metric, f.unit or "")].append(f)
    order = list(KEY_METRICS)
    keys = sorted(panels, key=lambda k: (order.index(k[0]), -len(panels[k]), k[1]))
    pair_totals: dict[str, int] = defaultdict(int)
    for f in facts:
        pair_totals[f.pair] += 1
    shown_pairs = sorted(pair_totals, key=lambda k: (-pair_totals[k], k))[:FACT_PAIRS]
    colour = {p: _PALETTE[i % len(_PALETTE)] for i, p in enumerate(shown_pairs)}
    titles = [f"{metric_label(m)}{f' ({u})' if u and u != 'count' else ''}" for m, u in keys]
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
        log = use_log(valid)
        axis = _axis_range(valid, log) if valid else (0.0, 1.0)
        floor = _floor(axis, log)
        groups: dict[str, list[Fact]] = defaultdict(list)
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


def _fact_hover(data: ReportData, f: Fact) -> str:
    status = "valid" if f.is_valid else "FAILED: " + ", ".join(f.failed_checks)
    return (
        f"<b>{_esc(data.name(f.country_a))} – {_esc(data.name(f.country_b))}</b> · {_esc(f.published_date)}<br>"
        f"{_esc(metric_label(f.metric))}: {_esc(format_value(f))}<br>"
        f"«{_esc(_short(f.quote, 120))}»<br>"
        f"{_esc(_short(f.publisher, 40))}: {_esc(_short(f.title, 80))}<br>{_esc(status)}"
    )
