"""The relations report: what it selects from the published warehouse, and the page it writes."""

from __future__ import annotations

import logging
import re
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from flows.report import (
    TONE_COLOURS,
    Fact,
    NoPublishedWarehouse,
    Pair,
    ReportUsageError,
    article_href,
    format_value,
    load_report_data,
    network_figure,
    normalize_country,
    parse_since,
    refresh_report,
    write_report,
)
from flows.settings import PROJECT_ROOT, load_settings
from tests.conftest import SEED_FILES


def _settings(wh):
    return load_settings({"warehouse": str(wh)}, environ={})


# ------------------------------------------------------------------ no warehouse needed


def test_filters_are_validated():
    assert normalize_country(" by ") == "BY"
    assert normalize_country(None) is None
    for bad in ("BYE", "B", "Б", "B1", ""):
        with pytest.raises(ReportUsageError, match="alpha-2"):
            normalize_country(bad)
    assert parse_since("2025-02-01") == date(2025, 2, 1)
    assert parse_since(None) is None
    for bad in ("2025-13-01", "yesterday", "01.02.2025", "20250201", "2025-02-30"):
        with pytest.raises(ReportUsageError, match="ISO date"):
            parse_since(bad)


def test_article_links_are_http_or_file_only():
    assert article_href("seeds/a.txt", None) == (PROJECT_ROOT / "seeds" / "a.txt").as_uri()
    assert article_href("/data/in/a b.txt", None) == "file:///data/in/a%20b.txt"
    assert article_href("https://www.belta.by/x", None) == "https://www.belta.by/x"
    assert article_href("seeds/a.txt", "https://news.by/y") == "https://news.by/y"
    assert article_href("seeds/a.txt", "javascript:alert(1)").startswith("file://")
    assert article_href("javascript:alert(1)", None) is None
    assert article_href("data:text/html,x", "javascript:alert(1)") is None


def test_values_read_as_written():
    def fact(value, unit, comparator):
        return Fact(*(["f", "a", None, "BY", "KZ", "trade_turnover", value, unit, comparator, "q", None, True, ()]),
                    None, None, "seeds/x.txt", None)  # fmt: skip

    assert format_value(fact(1.5e9, "USD", ">")) == "> 1\u202f500\u202f000\u202f000 USD"
    assert format_value(fact(30.0, "count", "=")) == "30"
    assert format_value(fact(2.5, "percent", "~")) == "~ 2.5 percent"
    assert format_value(fact(None, "USD", "=")) == "—"


def test_pair_tone_is_the_tone_of_most_of_its_articles():
    def tone(cooperative, mixed, conflictual):
        return Pair("BY", "CN", 1, 0, None, None, 0, 0, None, cooperative, mixed, conflictual).tone

    assert tone(0, 0, 0) == "neutral"  # no article with a tone (or only neutral ones)
    assert tone(1, 0, 0) == "cooperative" and tone(0, 0, 2) == "conflictual" and tone(0, 3, 0) == "mixed"
    assert tone(2, 0, 1) == "cooperative" and tone(1, 1, 3) == "conflictual" and tone(1, 2, 0) == "mixed"
    assert tone(1, 0, 1) == "mixed" and tone(1, 1, 0) == "mixed" and tone(0, 2, 2) == "mixed"  # ties


def test_report_modules_read_their_sql_and_css_as_package_data():
    from flows.report import data, page

    for name in ("pairs", "timeline", "facts", "article_count", "countries", "last_run", "failed_checks"):
        sql = data.query(name)
        assert sql.lstrip().lower().startswith(("select", "with")) and "{sel}" not in sql
    assert "marts.dyad_tone" in data.query("pairs")
    # the keyword thresholds of the tone rule live in the mart only
    package = Path(data.__file__).parent
    assert not [
        p.name
        for p in package.rglob("*.*")
        if p.suffix in (".py", ".sql", ".css") and re.search(r"0\.75|0\.25", p.read_text(encoding="utf-8"))
    ]
    assert "body {" in page._css()
    with pytest.raises(FileNotFoundError):
        data.query("no_such_query")


def test_missing_warehouse_is_reported(tmp_path):
    with pytest.raises(NoPublishedWarehouse, match="no published warehouse"):
        write_report(_settings(tmp_path / "none" / "dyad.duckdb"))


def test_refresh_report_logs_and_does_not_raise(tmp_path, caplog):
    logger = logging.getLogger("flows.report")  # outside a flow run; Prefect's logging setup
    logger.addHandler(caplog.handler)  # may replace the root handlers, so listen here
    try:
        assert refresh_report(_settings(tmp_path / "none" / "dyad.duckdb")) is None
    finally:
        logger.removeHandler(caplog.handler)
    assert "relations report not written: NoPublishedWarehouse" in caplog.text


# --------------------------------------------------------------- the seeds warehouse


@pytest.mark.slow
def test_unfiltered_selection_matches_the_marts(seeds_warehouse, query):
    wh, summary = seeds_warehouse
    data = load_report_data(wh)
    assert data.article_count == 3
    assert {(p.country_a, p.country_b, p.article_count, p.fact_count) for p in data.pairs} == set(
        query("select country_a, country_b, article_count, fact_count from marts.dyads")
    )
    assert {(t.country_a, t.country_b, t.month_start, t.article_count) for t in data.timeline} == set(
        query("select country_a, country_b, month_start, article_count from marts.dyad_timeline")
    )
    assert len(data.facts) == summary.facts_total == 10
    assert [f.published_date for f in data.facts] == sorted(
        (f.published_date for f in data.facts), reverse=True
    )
    assert {p.tone for p in data.pairs} == {"cooperative"}  # dyad_tone says so for every seed pair
    assert data.last_run and data.last_run[0] == summary.run_id
    assert data.failed_checks == [] and data.facts_failing == []


def _keyword_rule(cooperation: int, conflict: int) -> str:
    """The rule of marts.dyad_tone over keyword counts, written out to compare with."""
    hits = cooperation + conflict
    if hits == 0:
        return "neutral"
    return (
        "cooperative"
        if cooperation >= 0.75 * hits
        else "conflictual"
        if cooperation <= 0.25 * hits
        else "mixed"
    )


def _line_colours(fig) -> dict[str, str]:
    """Tone colour of each pair's line in the network figure, by the pair's hover text."""
    lines = [t for t in fig.data if t.mode == "lines"]
    marks = next(t for t in fig.data if t.name == "pairs")
    return {text.split("<br>")[0]: line.line.color for line, text in zip(lines, marks.hovertext, strict=True)}


@pytest.mark.slow
def test_pair_tone_comes_from_the_mart(seeds_warehouse, tmp_path):
    wh, _ = seeds_warehouse
    data = load_report_data(wh)
    # one article per seed pair: the pair's tone is the keyword rule over its counts, as before
    assert all(p.article_count == 1 for p in data.pairs)
    assert [p.tone for p in data.pairs] == [
        _keyword_rule(p.cooperation_count, p.conflict_count) for p in data.pairs
    ]
    assert set(_line_colours(network_figure(data)).values()) == {TONE_COLOURS["cooperative"]}

    # the report follows what the mart says, not the keyword counts beside it
    copy = tmp_path / "dyad.duckdb"
    shutil.copy2(wh, copy)
    with duckdb.connect(str(copy)) as con:
        con.execute(
            "update marts.dyad_tone set tone = 'conflictual' where country_a = 'BY' and country_b = 'KZ'"
        )
    changed = load_report_data(copy)
    tones = {p.key: p.tone for p in changed.pairs}
    assert tones.pop("BY–KZ") == "conflictual" and set(tones.values()) == {"cooperative"}
    colours = _line_colours(network_figure(changed))
    assert [c for label, c in colours.items() if "(KZ)" in label] == [TONE_COLOURS["conflictual"]]


@pytest.mark.slow
def test_country_filter(seeds_warehouse):
    wh, _ = seeds_warehouse
    kz = load_report_data(wh, "kz")
    assert kz.country and kz.country.label == "Казахстан (KZ)"
    assert [(p.country_a, p.country_b) for p in kz.pairs] == [("BY", "KZ")]
    assert kz.article_count == 1 and len(kz.facts) == 7
    assert all("KZ" in (f.country_a, f.country_b) for f in kz.facts)
    assert {(t.country_a, t.country_b) for t in kz.timeline} == {("BY", "KZ")}

    by = load_report_data(wh, "BY")
    assert len(by.pairs) == 3 and by.article_count == 3 and len(by.facts) == 10

    with pytest.raises(ReportUsageError, match="unknown country code 'XX'"):
        load_report_data(wh, "XX")


@pytest.mark.slow
def test_since_filter(seeds_warehouse):
    wh, _ = seeds_warehouse
    since_2025 = load_report_data(wh, since=date(2025, 1, 1))
    assert {(p.country_a, p.country_b) for p in since_2025.pairs} == {("BY", "CN"), ("BY", "KZ")}
    assert since_2025.article_count == 2 and len(since_2025.facts) == 9
    assert min(t.month_start for t in since_2025.timeline) >= date(2025, 1, 1)

    late = load_report_data(wh, "BY", "2025-06-01")
    assert [(p.country_a, p.country_b, p.article_count) for p in late.pairs] == [("BY", "CN", 1)]
    assert {f.published_date for f in late.facts} == {date(2025, 11, 14)}


@pytest.mark.slow
def test_empty_selection_writes_a_report_that_says_so(seeds_warehouse, tmp_path):
    wh, _ = seeds_warehouse
    for country, since in (("US", None), (None, "2099-01-01")):
        data = load_report_data(wh, country, since)
        assert data.is_empty and data.pairs == [] and data.facts == [] and data.timeline == []
        out = write_report(_settings(wh), country, since, tmp_path / f"empty-{country}.html")
        page = out.read_text(encoding="utf-8")
        assert "No articles match these filters" in page
        assert "Plotly.newPlot" not in page and "No facts in this selection" in page


@pytest.mark.slow
def test_report_page_is_self_contained(seeds_warehouse, tmp_path):
    wh, _ = seeds_warehouse
    out = write_report(_settings(wh), out=tmp_path / "r" / "report.html")
    assert out == (tmp_path / "r" / "report.html").resolve()
    page = out.read_text(encoding="utf-8")
    assert page.count("Plotly.newPlot") == 4  # network, articles timeline, key facts, indicators
    for div in (
        "fig-network",
        "fig-articles",
        "fig-facts",
        "fig-indicators",
        "indicators-table",
        "facts-table",
        "validation",
    ):
        assert f'id="{div}"' in page
    assert len(re.findall(r"\* plotly\.js v\d", page)) == 1  # the library is inlined once
    assert "<script src=" not in page.replace(" ", "") and "cdn.plot.ly" not in page.split("</head>")[1]
    links = re.findall(r'href="(file://[^"]+)"', page)
    assert len(links) == 10  # every fact links to its article's input file
    assert {link.rsplit("/", 1)[1] for link in links} == {seed.name for seed in SEED_FILES}
    assert page.count('<tr class="valid"') == 10
    assert not list(out.parent.glob(".report-*"))  # no temporary file left behind


@pytest.mark.slow
def test_default_path_and_refresh(seeds_warehouse, tmp_path):
    wh, _ = seeds_warehouse
    copy = tmp_path / "wh" / "dyad.duckdb"
    copy.parent.mkdir()
    shutil.copy2(wh, copy)
    path = refresh_report(_settings(copy))
    assert path == copy.parent / "report.html" and path.stat().st_size > 1_000_000


# --------------------------------------------------- a warehouse with flagged facts


@pytest.mark.slow
def test_article_text_is_escaped_and_failures_are_shown(flagged_warehouse, tmp_path):
    wh, summary = flagged_warehouse
    assert summary.facts_failing == 2
    data = load_report_data(wh, "CN")
    assert {c.check for c in data.failed_checks} == {"money_within_ceiling", "share_within_0_100"}
    assert sorted(c for f in data.facts_failing for c in f.failed_checks) == [
        "money_within_ceiling",
        "share_within_0_100",
    ]
    page = write_report(_settings(wh), "CN", None, tmp_path / "cn.html").read_text(encoding="utf-8")
    body = page.split("</head>", 1)[1]
    assert "<script>window.__pwned" not in body and "<img src=x" not in body
    assert "<b>Агентство</b>" not in body and "&lt;b&gt;Агентство&lt;/b&gt;" in body
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror=" in body
    assert "javascript:" not in body.lower()
    assert body.count('<tr class="failed"') == 2 and body.count('<span class="badge failed">') == 2
    assert '<span class="check">money_within_ceiling</span>' in body
    assert 'id="failed-checks"' in body


@pytest.mark.slow
def test_nightly_refresh_regenerates_the_report(prefect_harness, inbox, tmp_path):
    from flows.pipeline import nightly_refresh

    wh = tmp_path / "wh" / "dyad.duckdb"
    summary = nightly_refresh(inbox=[str(inbox)], warehouse_path=str(wh))
    assert summary.status == "published"
    page = (wh.parent / "report.html").read_text(encoding="utf-8")
    assert f"data of run {summary.run_id}" in page and page.count("Plotly.newPlot") == 4
