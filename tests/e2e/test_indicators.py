"""marts.dyad_indicators end to end: the articles of tests/data/indicators through the real pipeline.

Three outlets give BY-CN trade in 2024 (two of them one story: one source), a fourth restates the
export rounded ("превысил 2 млрд" / "2,3 млрд"), two sources disagree on BY-KZ trade in Q1 2024, a
forecast stands beside the actual, one sentence holds two periods, and an undated article's "в
прошлом году" stays without a period."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from tests.conftest import TEST_DATA

DATA = TEST_DATA / "indicators"


@pytest.fixture(scope="module")
def indicators(tmp_path_factory, prefect_harness):
    from tests.conftest import run_pipeline

    wh = tmp_path_factory.mktemp("indicators") / "dyad.duckdb"
    run_pipeline(DATA, wh)
    con = duckdb.connect(str(wh), read_only=True)
    yield con
    con.close()


def _rows(con, where: str, *params):
    cols = (
        "origin_country, destination_country, kind, period_label, status, reconciled_value, value_min, value_max,"
        " source_count, fact_count, publishers"
    )
    return con.execute(
        f"select {cols} from marts.dyad_indicators where {where} order by all", list(params)
    ).fetchall()


@pytest.mark.slow
def test_the_same_figure_from_three_outlets_is_agreed_and_counted_once(indicators):
    rows = _rows(
        indicators,
        "country_a = 'BY' and country_b = 'CN' and metric = 'trade_turnover' and kind = 'actual' and period_label = '2024'",
    )
    assert rows == [
        (None, None, "actual", "2024", "agreed", 8.2e9, 8.2e9, 8.2e9, 2, 3, ["belta.by", "news.by", "sb.by"])
    ]
    # "в прошлом году" of an article of 2025 is 2024: the same row as "в 2024 году"
    start, end = indicators.execute(
        "select period_start, period_end from marts.dyad_indicators where period_label = '2024' limit 1"
    ).fetchone()
    assert (start, end) == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.slow
def test_a_rounded_restatement_is_rounded_with_its_direction(indicators):
    rows = _rows(indicators, "metric = 'export'")
    assert rows == [
        ("BY", "CN", "actual", "2024", "rounded", 2.3e9, 2e9, 2.3e9, 2, 3, ["belta.by", "news.by", "sb.by"])
    ]
    rows = _rows(indicators, "metric = 'import'")
    assert rows == [("CN", "BY", "actual", "2024", "agreed", 5.9e9, 5.9e9, 5.9e9, 1, 1, ["sb.by"])]


@pytest.mark.slow
def test_a_real_conflict_has_no_reconciled_value(indicators):
    rows = _rows(indicators, "country_a = 'BY' and country_b = 'KZ'")
    assert rows == [
        (
            None,
            None,
            "actual",
            "2024-Q1",
            "conflicting",
            None,
            1.1e9,
            1.6e9,
            2,
            2,
            ["belta.by", "kazinform.kz"],
        )
    ]


@pytest.mark.slow
def test_forecasts_and_targets_stay_apart_from_actuals(indicators):
    rows = _rows(indicators, "country_b = 'CN' and metric = 'trade_turnover' and kind != 'actual'")
    assert [(r[2], r[3], r[5]) for r in rows] == [("forecast", "2024", 9e9), ("target", "2026", 10e9)]


@pytest.mark.slow
def test_two_periods_in_one_sentence(indicators):
    rows = _rows(
        indicators,
        "country_b = 'CN' and metric = 'trade_turnover' and kind = 'actual' and period_label != '2024'",
    )
    assert [(r[3], r[5]) for r in rows] == [("2023", 7.5e9), ("2024-Q1", 1.9e9)]


@pytest.mark.slow
def test_facts_behind_a_row_are_the_marts_facts(indicators):
    facts = indicators.execute(
        "select unnest(facts, recursive := true) from marts.dyad_indicators where metric = 'export'"
    ).fetchall()
    assert len(facts) == 3
    for fact_id, article_id, _canonical, quote, value, comparator, publisher, published in facts:
        row = indicators.execute(
            "select f.quote, f.value, f.comparator, a.publisher, a.published_date from marts.numeric_facts f"
            " join marts.articles a using (article_id) where fact_id = ? and article_id = ?",
            [fact_id, article_id],
        ).fetchone()
        assert row == (quote, value, comparator, publisher, published)


@pytest.mark.slow
def test_an_undated_article_has_no_relative_period(indicators):
    row = indicators.execute(
        "select m.period, m.period_start from raw.number_mentions m join raw.articles a using (article_id)"
        " where a.publisher = 'undated.example'"
    ).fetchone()
    assert row == ("в прошлом году", None)
    assert (
        indicators.execute("select count(*) from marts.dyad_indicators where country_b = 'VN'").fetchone()[0]
        == 0
    )


@pytest.mark.slow
def test_seed_indicators(query):
    rows = query(
        "select country_a, country_b, metric, period_granularity, status, reconciled_value, source_count, fact_count"
        " from marts.dyad_indicators order by all"
    )
    # Belarus's diplomatic missions in China, as of the article's date, stated in title and body
    assert ("BY", "CN", "diplomatic_missions", "as_of", "agreed", 5.0, 1, 2) in rows
    # two counts of one article about different things are two rows, not a conflict
    companies = [r for r in rows if r[2] == "companies"]
    assert len(companies) == 2 and {r[4] for r in companies} == {"agreed"}
    assert "conflicting" not in {r[4] for r in rows}
    assert all(r[6] <= r[7] for r in rows)
