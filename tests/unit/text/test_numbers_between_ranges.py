"""A range written "between X and Y" in the languages read is one fact with both ends, as "от X до
Y" is; "between" before years or countries makes none."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value", "high", "unit"),
    [
        ("Damage is put at between $4 billion and $6 billion.", 4e9, 6e9, "USD"),
        ("The plant will cost between 300 and 400 million euros.", 300e6, 400e6, "EUR"),
        ("Koszt szacuje się na między 5 a 7 mld zł.", 5e9, 7e9, "PLN"),
        ("Вартість оцінюють між 2 і 3 млрд гривень.", 2e9, 3e9, "UAH"),
        ("Between 40 and 60 companies took part in the fair.", 40, 60, "count"),
    ],
)
def test_between_x_and_y_is_one_range(text, value, high, unit):
    (fact,) = extract_facts(text)
    assert (fact.value, fact.value_high, fact.unit) == (value, high, unit)


def test_between_years_is_no_range_of_amounts():
    assert extract_facts("Trade between 2020 and 2024 grew steadily.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Объем инвестиций составит от 210 до 210 млн долларов в 2025 году.", 210e6, "USD"),
        ("Товарооборот составил от 3,4 до 3,40 млрд евро.", 3.4e9, "EUR"),
        ("Цена составит 75–75 рублей за килограмм.", 75, "RUB"),
        ("Inflation is expected to be between 6% and 6% next year.", 6, "percent"),
        ("Eksport wyniesie od 12 do 12 mld zł.", 12e9, "PLN"),
    ],
)
def test_a_range_whose_ends_are_equal_is_one_value(text, value, unit):
    # no range: marts.dyad_indicators reconciles a point, not a band of width zero
    (fact,) = extract_facts(text)
    assert (fact.value, fact.value_high, fact.unit, fact.comparator) == (value, None, unit, "=")


def test_a_range_keeps_both_ends_when_they_differ_in_the_last_digit():
    (fact,) = extract_facts("Товарооборот составил от 3,4 до 3,41 млрд евро.")
    assert (fact.value, fact.value_high) == (3.4e9, 3.41e9)
