"""Kinds of figures read in the press's own conventions: Polish separators (a decimal comma and a
thousands' dot, in Latin script), Polish halves written apart ("pół miliarda"), a multiple of one and
a half, "больш як" / "більш як" bounds, a period or a particle between a bound's verb and its
amount, things counted after adjectives or in hyphenated compounds (Belarusian, Ukrainian,
Polish), and a starting level whose unit is written once, after the level reached."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _one(text: str, part: str):
    (fact,) = [f for f in extract_facts(text) if part in f.quote]
    return fact


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("Polska sprzedała Czechom maszyny o wartości 2.480 mln zł.", "2.480", 2_480_000_000, "PLN"),
        ("Gazociągiem przesłano ok. 4.200 GWh gazu.", "4.200", 4_200, "gwh"),
        ("Eksport do Litwy wyniósł 1,375 mld euro.", "1,375", 1_375_000_000, "EUR"),
        ("Import z Chin sięgnął 7,125 mld zł.", "7,125", 7_125_000_000, "PLN"),
        # English keeps its thousands' comma, Russian its decimal comma
        ("Exports reached 1,375 million tonnes, officials said.", "1,375", 1_375_000_000, "tonnes"),
        ("Экспорт составил 1,375 млрд долларов.", "1,375", 1_375_000_000, "USD"),
    ],
)
def test_separators_are_read_in_the_languages_convention(text, part, value, unit) -> None:
    fact = _one(text, part)
    assert (round(fact.value), fact.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("Spółki zainwestują ponad pół miliarda złotych.", "pół", 500_000_000, "PLN"),
        ("Przewieziono pół miliona ton zboża.", "pół", 500_000, "tonnes"),
        ("Obroty wzrosły półtorakrotnie w ciągu roku.", "półtorakrotnie", 1.5, "times"),
    ],
)
def test_polish_halves_and_one_and_a_half_times(text, part, value, unit) -> None:
    fact = _one(text, part)
    assert (fact.value, fact.unit) == (value, unit)


def test_half_a_year_is_no_figure() -> None:
    assert extract_facts("Budowa potrwa pół roku.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Завод ужо выпусціў больш як 4 тыс. камбайнаў.",
        "Україна отримала більш як 300 генераторів.",
        "Obroty obu krajów przekroczyły w tym okresie 4,2 mld USD.",
        "Товарооборот превысил за этот период 6 млрд долларов.",
        "Eksport przekroczył więc 900 mln euro.",
    ],
)
def test_a_bound_before_its_amount_gives_more_than(text: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.comparator == ">"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Бок гатовы закупіць 250 беларускіх аўтобусаў.", "аўтобусаў"),
        ("Польща передасть 120 українських тракторів.", "тракторів"),
        ("Litwa kupi 35 nowych polskich autobusów.", "autobusów"),
        ("Естонія передасть понад 1,2 тис. дронів-розвідників на суму 9 млн євро.", "дронів"),
    ],
)
def test_things_counted_after_adjectives_or_in_compounds_are_counts(text: str, counted: str) -> None:
    counts = [f for f in extract_facts(text) if f.unit == "count"]
    assert [f.counted for f in counts] == [counted]
    assert all(f.unit != "EUR" or "млн" in f.quote for f in extract_facts(text))


@pytest.mark.parametrize(
    ("text", "part", "value", "unit"),
    [
        ("Добыча может вырасти с нынешних 350 тыс. до 600 тыс. баррелей в сутки.", "350", 350_000, "barrels"),
        ("Поставки вырастут с 4 до 6 млн тонн.", "4", 4_000_000, "tonnes"),
        (
            "Output will rise from the current 2.1 million to 2.6 million barrels per day.",
            "2.1",
            2_100_000,
            "barrels",
        ),
    ],
)
def test_a_starting_level_takes_the_unit_written_after_the_level_reached(text, part, value, unit) -> None:
    fact = _one(text, part)
    assert (round(fact.value), fact.unit, fact.change) == (value, unit, "from")
