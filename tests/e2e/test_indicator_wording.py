"""marts.dyad_indicators end to end on wording: the articles of tests/data/indicators_wording through
the real pipeline. A hedged figure against a much larger one conflicts; a range is no single value;
a plan written "с X в 2025 году до Y к 2029 году" is a target for 2029, its start not a target; a
region's figure stays out of its country's row; a Kazakh period reaches the indicators; a figure for a
period not yet begun is no actual one; a second figure keeps its own elided year ("в 2025-м")."""

from __future__ import annotations

import duckdb
import pytest

from tests.conftest import TEST_DATA, run_pipeline

DATA = TEST_DATA / "indicators_wording"


@pytest.fixture(scope="module")
def indicators(tmp_path_factory, prefect_harness):
    """The warehouse of the articles of DATA, read only."""
    wh = tmp_path_factory.mktemp("indicators_wording") / "dyad.duckdb"
    run_pipeline(DATA, wh)
    with duckdb.connect(str(wh), read_only=True) as con:
        yield con


def _rows(con, a: str, b: str):
    return con.execute(
        "select metric, kind, period_label, status, reconciled_value, value_min, value_max, fact_count"
        " from marts.dyad_indicators where country_a = ? and country_b = ? order by all",
        [a, b],
    ).fetchall()


@pytest.mark.slow
def test_a_hedged_figure_conflicts_with_a_much_larger_one(indicators):
    assert _rows(indicators, "KZ", "UZ") == [
        ("trade_turnover", "actual", "2025", "conflicting", None, 40e9, 50e9, 2)
    ]


@pytest.mark.slow
def test_a_range_is_no_single_value(indicators):
    assert _rows(indicators, "AM", "GE") == [
        ("trade_turnover", "forecast", "2027", "agreed", None, 700e6, 900e6, 1)
    ]
    assert _rows(indicators, "AZ", "UZ") == [
        ("trade_turnover", "forecast", "2027", "agreed", None, 1.2e9, 1.6e9, 1)
    ]


@pytest.mark.slow
def test_a_plan_from_one_figure_to_another_is_a_target_for_its_own_year(indicators):
    assert _rows(indicators, "IR", "TJ") == [("trade_turnover", "target", "2029", "agreed", 1e9, 1e9, 1e9, 1)]
    start = indicators.execute(
        "select change, modality from marts.numeric_facts where country_a = 'IR' and value = 4e8"
    ).fetchall()
    assert start == [("from", "actual")]


@pytest.mark.slow
def test_a_regions_figure_stays_out_of_its_countrys_row(indicators):
    assert _rows(indicators, "CN", "KZ") == [
        ("trade_turnover", "actual", "2025", "agreed", 44e9, 44e9, 44e9, 1)
    ]
    scopes = indicators.execute(
        "select value, scope from intermediate.int_fact_indicators where country_a = 'CN' order by value"
    ).fetchall()
    assert scopes == [(9e8, "subnational"), (44e9, "national")]


@pytest.mark.slow
def test_a_kazakh_period_reaches_the_indicators(indicators):
    assert _rows(indicators, "KZ", "TR") == [("trade_turnover", "actual", "2025", "agreed", 7e9, 7e9, 7e9, 1)]


@pytest.mark.slow
def test_each_figure_takes_the_partner_of_its_own_clause(indicators):
    assert _rows(indicators, "KG", "TR") == [
        ("trade_turnover", "actual", "2025", "agreed", 1.1e9, 1.1e9, 1.1e9, 1)
    ]
    assert _rows(indicators, "IR", "KG") == [
        ("trade_turnover", "actual", "2025", "agreed", 2.4e8, 2.4e8, 2.4e8, 1)
    ]
    unpaired = indicators.execute(
        "select count(*) from marts.numeric_facts where country_a is null and unit = 'USD'"
    ).fetchone()
    assert unpaired == (0,)


@pytest.mark.slow
def test_figures_listed_respectively_keep_their_own_metrics(indicators):
    rows = indicators.execute(
        "select metric, origin_country, destination_country, reconciled_value from marts.dyad_indicators"
        " where country_a = 'MD' and country_b = 'RO' order by metric"
    ).fetchall()
    # each flow keeps its own side phrases: "в Румынию" is the export's destination, "из Румынии"
    # the import's origin (not the export's too, which made its direction unknown)
    assert rows == [("export", "MD", "RO", 2e9), ("import", "RO", "MD", 1.5e9)]


@pytest.mark.slow
def test_a_half_scale_word_is_an_amount(indicators):
    assert _rows(indicators, "SA", "UZ") == [("investment", "actual", "2025", "agreed", 5e8, 5e8, 5e8, 1)]


@pytest.mark.slow
def test_a_figure_for_a_period_not_yet_begun_is_no_actual(indicators):
    # worded without a verb of its own ("рост ... до 4 млрд ... ожидается к 2030 году"), dated 2026
    assert _rows(indicators, "MN", "VN") == [
        ("trade_turnover", "forecast", "2030", "agreed", 4e9, 4e9, 4e9, 1)
    ]


@pytest.mark.slow
def test_a_second_figure_keeps_its_own_elided_year(indicators):
    assert _rows(indicators, "LA", "TH") == [
        ("trade_turnover", "actual", "2024", "agreed", 3e9, 3e9, 3e9, 1),
        ("trade_turnover", "actual", "2025", "agreed", 3.6e9, 3.6e9, 3.6e9, 1),
    ]


@pytest.mark.slow
def test_digits_grouped_by_commas_with_a_decimal_point(indicators):
    assert _rows(indicators, "CL", "PE") == [
        ("trade_turnover", "actual", "2025", "agreed", 1.2345e9, 1.2345e9, 1.2345e9, 1)
    ]
