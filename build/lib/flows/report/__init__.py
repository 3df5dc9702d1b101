"""The relations report: one self-contained HTML page to look at instead of querying tables.

``write_report`` reads the published warehouse read-only (the connection is closed before any
figure is built), selects what the filters ask for and writes a page with

- a network of country pairs: line width = articles, colour = tone (the tone ``marts.dyad_tone``
  gives most of the pair's selected articles; a tie between two tones is mixed);
- articles per pair per month (stacked bars);
- key facts (trade turnover, export, import, investment, agreements, joint ventures) over the
  articles' publication dates, one panel per metric and unit, the exact quote in the hover text;
- the relation indicators of ``marts.dyad_indicators``: a panel per pair and metric (reconciled
  value per period, band of reported values, conflicts) and their table;
- the latest facts with links to their articles and their validation status;
- the checks that failed in the last published run.

Where things are:

- ``data.py``: the filters (``--country``, ``--since``), the rows the page is made of and
  ``load_report_data``, which runs the queries of ``queries/*.sql`` (one query a file);
- ``figures.py``: the Plotly figures; ``indicators.py``: the indicator panel and table;
- ``page.py`` and ``report.css``: the HTML page;
- ``write.py``: ``write_report`` (``dyad report``) and ``refresh_report`` (after a published run).

Counting follows the marts: a story republished by several sites counts once (canonical
articles only). ``country`` keeps the pairs, facts and articles that involve that country;
``since`` keeps articles published on or after that date (articles without a known date are
left out when ``since`` is given). Plotly draws the charts; plotly.js is inlined once, so the
file opens without a network. Every text that comes from an article is escaped.
"""

from flows.report.data import (
    Country,
    Fact,
    FailedCheck,
    Indicator,
    NoPublishedWarehouse,
    Pair,
    ReportData,
    ReportUsageError,
    TimelinePoint,
    default_report_path,
    load_report_data,
    normalize_country,
    parse_since,
)
from flows.report.figures import (
    KEY_METRICS,
    TONE_COLOURS,
    date_range,
    format_value,
    key_facts,
    key_facts_figure,
    network_figure,
    network_layout,
    timeline_figure,
)
from flows.report.indicators import indicator_figure, indicator_table
from flows.report.page import LATEST_FACTS, article_href, render_html
from flows.report.write import refresh_report, write_report

__all__ = [
    "KEY_METRICS",
    "LATEST_FACTS",
    "TONE_COLOURS",
    "Country",
    "Fact",
    "FailedCheck",
    "Indicator",
    "NoPublishedWarehouse",
    "Pair",
    "ReportData",
    "ReportUsageError",
    "TimelinePoint",
    "article_href",
    "date_range",
    "default_report_path",
    "format_value",
    "indicator_figure",
    "indicator_table",
    "key_facts",
    "key_facts_figure",
    "load_report_data",
    "network_figure",
    "network_layout",
    "normalize_country",
    "parse_since",
    "refresh_report",
    "render_html",
    "timeline_figure",
    "write_report",
]
