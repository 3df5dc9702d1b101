"""Units written the Polish and Ukrainian way, the base of a comparison in the unit of the figure
it is compared with, a share stated by the verb of its holder, and the volume of trade as turnover
in every language read."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Import gazu wyniósł w 2024 r. 6,5 mld m sześc.", 6.5e9),
        ("Eksport wyniósł 2 mln m3 drewna.", 2e6),
        ("Поставки склали 3 млрд кубічних метрів газу.", 3e9),
        ("Polska sprowadziła 4 mld metrów sześciennych gazu.", 4e9),
    ],
)
def test_cubic_metres_of_every_language(text: str, value: float) -> None:
    ((fact),) = extract_facts(text)
    assert (fact.value, fact.unit) == (value, "cubic_meters")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Exports fell to 5.1 million tonnes, down from 7.6 million a year earlier.", "tonnes"),
        ("Экспорт снизился до 5,1 млн тонн против 7,6 млн годом ранее.", "tonnes"),
        ("Eksport wyniósł 5,1 mln ton wobec 7,6 mln rok wcześniej.", "tonnes"),
        ("Поставки газа составили 12 млрд кубометров против 9 млрд годом ранее.", "cubic_meters"),
    ],
)
def test_the_base_compared_with_takes_the_figures_unit(text: str, unit: str) -> None:
    assert [f.unit for f in extract_facts(text)] == [unit, unit]


def test_a_base_in_money_keeps_the_currency() -> None:
    facts = extract_facts("Экспорт составил 5,1 млрд долларов против 4,2 млрд годом ранее.")
    assert [f.unit for f in facts] == ["USD", "USD"]


@pytest.mark.parametrize(
    "text",
    [
        "Около 40% экспорта Беларуси приходится на Россию.",
        "Близько 30% експорту припадає на ЄС.",
        "Na Niemcy przypada 28 proc. polskiego eksportu.",
        "China accounts for 35% of the country's imports.",
    ],
)
def test_a_share_stated_by_the_verb_of_its_holder(text: str) -> None:
    ((fact),) = extract_facts(text)
    assert (fact.unit, fact.metric) == ("percent", "share")


@pytest.mark.parametrize(
    "text",
    [
        "Обсяг торгівлі становив майже 1 млрд 300 млн доларів.",
        "Аб'ём гандлю склаў 2 млрд долараў.",
        "Wolumen handlu wyniósł 2 mld dolarów.",
        "Объем торговли составил 2 млрд долларов.",
    ],
)
def test_the_volume_of_trade_is_its_turnover(text: str) -> None:
    ((fact),) = extract_facts(text)
    assert fact.metric == "trade_turnover"
