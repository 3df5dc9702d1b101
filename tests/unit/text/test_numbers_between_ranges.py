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
