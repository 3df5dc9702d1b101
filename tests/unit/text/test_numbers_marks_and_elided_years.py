"""Digits grouped by one mark with the other as the decimal mark, and years written with a case
ending or left out where a second figure answers a first: each figure keeps its own value and
its own period, never the other's."""

from __future__ import annotations

import pytest

from flows.text.numbers.extract import extract_facts


def _facts(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(f.value, f.unit, f.period) for f in extract_facts(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Trade between the two countries totaled $1,234.5 million last year.", 1_234_500_000, "USD"),
        ("Exports reached 2,017.25 thousand tonnes.", 2_017_250, "tonnes"),
        ("Imports were worth €12,345.6m in 2025.", 12_345_600_000, "EUR"),
        ("Obroty wyniosły 1.234,5 mln zł w 2025 roku.", 1_234_500_000, "PLN"),
        ("Товарооборот составил 3.456,78 млн долларов.", 3_456_780_000, "USD"),
        ("Товарообіг склав 1.050,2 млн доларів.", 1_050_200_000, "USD"),
    ],
)
def test_both_marks_the_last_is_the_decimal_one(text, value, unit):
    (fact,) = extract_facts(text)
    assert (fact.value, fact.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Товарооборот составил 1,234 млрд долларов.", 1_234_000_000),  # one comma: decimal in Russian
        ("Exports rose to 12,450 tonnes.", 12_450),  # one comma before Latin: thousands
        ("Товарооборот составил 1.234.567 долларов.", 1_234_567),
        ("Товарооборот составил 2,5 млрд долларов.", 2_500_000_000),
    ],
)
def test_one_mark_reads_as_before(text, value):
    (fact,) = extract_facts(text)
    assert fact.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Товарооборот в 2024 году составлял 3 млрд, а в 2025-м — 3,6 млрд долларов.", "в 2024 году", "в 2025-м"),
        ("Экспорт за 2023-й составил 2 млрд долларов, за 2024-й — 2,4 млрд долларов.", "за 2023-й", "за 2024-й"),
        ("Импорт в 2022-м составил 900 млн долларов, в 2023-м — 1,1 млрд долларов.", "в 2022-м", "в 2023-м"),
        ("В прошлом году товарооборот составил 3 млрд долларов, в этом — 3,6 млрд долларов.",
         "В прошлом году", "в этом"),
        ("В текущем году экспорт достиг 5 млрд долларов, в прошлом — 4,1 млрд долларов.",
         "В текущем году", "в прошлом"),
    ],
)  # fmt: skip
def test_a_second_figure_takes_its_own_elided_year(text, first, second):
    assert [p for _, _, p in _facts(text)] == [first, second]


def test_a_year_with_a_case_ending_closes_a_summing_up():
    (fact,) = extract_facts("Товарооборот по итогам 2025-го превысил 7 млрд долларов.")
    assert fact.period == "по итогам 2025-го"


def test_a_demonstrative_without_a_dash_is_no_period():
    facts = extract_facts("В этом документе указано, что товарооборот составил 3 млрд долларов.")
    assert [f.period for f in facts] == [None]
