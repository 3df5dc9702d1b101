"""The indicator panel and the key-facts chart of the report (flows/report/indicators.py, figures.py)."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

from flows.report import (
    Fact,
    Indicator,
    ReportData,
    indicator_figure,
    indicator_table,
    key_facts_figure,
    render_html,
)


def _fact(
    i: int, value: float, day: date, valid: bool = True, metric: str = "trade_turnover", unit: str = "USD"
):
    return Fact(
        *(f"f{i}", f"a{i}", day, "BY", "CN", metric, value, unit, "=", f"{value} долларов", "s", valid),
        *((() if valid else ("value_plausible",)), "t", "belta.by", f"/tmp/{i}.txt", None),
    )


def _data(facts, indicators=()):
    return ReportData(
        generated_at=datetime.now(UTC),
        country=None,
        since=None,
        countries={},
        pairs=[],
        timeline=[],
        facts=list(facts),
        article_count=len(facts),
        last_run=None,
        indicators=list(indicators),
    )


def _yaxes(fig):
    return {k: v for k, v in fig.layout.to_plotly_json().items() if k.startswith("yaxis")}


def test_one_implausible_value_does_not_flatten_the_others():
    facts = [_fact(i, v, date(2024, 1 + i, 1)) for i, v in enumerate([1.2e9, 1.5e9, 1.1e9])]
    facts.append(_fact(9, 1.5e18, date(2024, 6, 1), valid=False))
    fig = key_facts_figure(_data(facts))
    (axis,) = _yaxes(fig).values()
    assert axis["type"] == "linear"  # valid values span less than two orders of magnitude
    lo, hi = axis["range"]
    assert hi < 2e9  # the axis is the valid values', not the failed one's
    failed = [t for t in fig.data if t.marker.symbol == "x"]
    assert len(failed) == 1 and lo <= failed[0].y[0] <= lo + (hi - lo) * 0.1  # on the floor
    assert "off this axis" in failed[0].hovertext[0]


def test_values_spanning_orders_of_magnitude_get_a_log_axis_per_metric_and_unit():
    facts = [_fact(1, 5e6, date(2024, 1, 1)), _fact(2, 8e9, date(2024, 2, 1))]
    facts += [_fact(3, 30, date(2024, 3, 1), metric="agreements", unit="count")]
    facts += [_fact(4, 2e8, date(2024, 3, 1), unit="EUR")]
    fig = key_facts_figure(_data(facts))
    axes = _yaxes(fig)
    assert len(axes) == 3  # trade in USD, trade in EUR, agreements: never one axis for two units
    usd = next(a for a in axes.values() if a["title"]["text"] == "log USD")
    assert usd["type"] == "log" and math.isclose(usd["range"][0], math.log10(5e6) - 0.3)


def _indicator(status, value, lo, hi, label, start, end, kind="actual", failed=False):
    return Indicator(
        *(
            f"i-{label}-{kind}",
            "BY",
            "KZ",
            None,
            None,
            "trade_turnover",
            "USD",
            kind,
            start,
            end,
            label,
            "quarter",
        ),
        *(status, value, lo, hi, 2, 2, ("<b>belta</b>", "kazinform.kz"), failed),
    )


def test_indicator_panel_marks_conflicts_and_keeps_plans_apart():
    rows = [
        _indicator("agreed", 1.0e9, 1.0e9, 1.0e9, "2023-Q4", date(2023, 10, 1), date(2023, 12, 31)),
        _indicator("conflicting", None, 1.1e9, 1.6e9, "2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
        _indicator(
            "agreed", 2.0e9, 2.0e9, 2.0e9, "2024-Q2", date(2024, 4, 1), date(2024, 6, 30), kind="target"
        ),
    ]
    fig = indicator_figure(_data([]), rows)
    names = [t.name for t in fig.data]
    assert "conflicting (lowest to highest reported)" in names
    conflict = next(t for t in fig.data if t.name.startswith("conflicting"))
    assert [y for y in conflict.y if y is not None] == [1.1e9, 1.6e9]
    plans = next(t for t in fig.data if "plans" in t.name)
    assert list(plans.y) == [2.0e9] and plans.marker.symbol == "circle-open"
    actual = next(t for t in fig.data if t.name == "quarter")
    assert list(actual.y) == [1.0e9]  # the conflicting quarter has no value on the line


def test_indicator_table_escapes_and_names_statuses():
    rows = [
        _indicator(
            "conflicting", None, 1.1e9, 1.6e9, "2024-Q1", date(2024, 1, 1), date(2024, 3, 31), failed=True
        )
    ]
    page = indicator_table(_data([]), rows)
    assert "<b>belta</b>" not in page and "&lt;b&gt;belta&lt;/b&gt;" in page
    assert "conflicting" in page and "failed fact" in page and "2024-Q1" in page
    html_page = render_html(_data([_fact(1, 1e9, date(2024, 1, 1))], rows))
    assert 'id="fig-indicators"' in html_page and 'id="indicators-table"' in html_page


def test_an_indicator_whose_every_fact_failed_is_listed_not_drawn():
    rows = [
        _indicator(
            "agreed", 1.0e9, 1.0e9, 1.0e9, "2023-Q4", date(2023, 10, 1), date(2023, 12, 31), failed=True
        ),
        _indicator("flagged", None, None, None, "2024-Q1", date(2024, 1, 1), date(2024, 3, 31), failed=True),
    ]
    fig = indicator_figure(_data([]), rows)
    assert [t.name for t in fig.data] == ["quarter"]  # no conflict bar for the flagged quarter
    assert list(fig.data[0].y) == [1.0e9] and list(fig.data[0].marker.line.width) == [2]
    page = indicator_table(_data([]), rows)
    assert "status-flagged" in page and page.count("indicator-failed") == 2


def test_ranges_and_bounds_are_drawn_as_what_was_reported():
    rows = [
        # "более 11 млрд" alone: a lower end only
        _indicator("agreed", None, 1.1e10, None, "2023-Q4", date(2023, 10, 1), date(2023, 12, 31)),
        # "от 1 до 2 млрд": a range
        _indicator("agreed", None, 1.0e9, 2.0e9, "2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
        # rounded to 11 bn while another fact said "более 11,5 млрд": the upper end is open
        _indicator("rounded", 1.1e10, 1.1e10, None, "2024-Q2", date(2024, 4, 1), date(2024, 6, 30)),
    ]
    fig = indicator_figure(_data([]), rows)
    band = next(t for t in fig.data if t.name.startswith("range or bound"))
    assert [y for y in band.y if y is not None] == [1.1e10, 1.0e9, 2.0e9]
    symbols = [s for s, y in zip(band.marker.symbol, band.y, strict=True) if y is not None]
    assert symbols == ["triangle-up", "line-ew-open", "line-ew-open"]
    assert "no single value" in band.hovertext[0] and "sources conflict" not in band.hovertext[0]
    point = next(t for t in fig.data if t.name == "quarter")
    assert list(point.y) == [1.1e10] and list(point.error_y.array) == [0.0]  # no bar into the open end


def test_a_change_is_no_level_on_the_key_facts_panels():
    """A turnover that grew by 12% (metric trade_turnover, change increase) is listed with its
    change, but the panels plot levels only: no point of 12 on the turnover's value axis."""
    from dataclasses import replace

    from flows.report.figures import key_facts

    level = _fact(1, 3.1e9, date(2025, 3, 1))
    change = replace(_fact(2, 12.0, date(2025, 4, 1), unit="percent"), change="increase")
    start = replace(_fact(3, 2.5e9, date(2025, 4, 1)), change="from")  # a level the change started at
    assert [f.fact_id for f in key_facts(_data([level, change, start]))] == ["f1", "f3"]
    assert "trade_turnover (increase)" in render_html(_data([level, change, start]))
