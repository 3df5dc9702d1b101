"""Buying goods from a side named after the verb is an import (``закупил у России``, ``bought ...
from Russia``, ``kupił od Rosji``), as supplying to one is an export (``shipped ... to the
Philippines``: an article before the side too); a length or an area is never a flow's level
(``экспортного газопровода протяженностью 214 км`` is no export)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _only(text: str):
    (fact,) = extract_facts(text)
    return fact


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Египет закупил у России 8,5 млн тонн пшеницы.", "import"),
        ("Китай приобрел у Казахстана 2 млн тонн зерна.", "import"),
        ("Турция закупила у Ирана 3,1 млрд кубометров газа.", "import"),
        ("Egypt bought 8.5 million tonnes of wheat from Russia.", "import"),
        ("India purchased 1.2 million barrels of oil from Iraq.", "import"),
        ("Egipt kupił od Rosji 8,5 mln ton pszenicy.", "import"),
        ("Kazakhstan shipped 200,000 tonnes of wheat to the Philippines.", "export"),
        # buying with no side after the verb: no flow across a border
        ("Компания купила 5 млн акций банка.", "other"),
        ("Россия купила у частных инвесторов облигаций на 2 млрд рублей.", "other"),
    ],
)
def test_purchases_from_a_side(text: str, metric: str) -> None:
    assert _only(text).metric == metric


@pytest.mark.parametrize(
    "text",
    [
        "Туркменистан начал строительство экспортного газопровода протяженностью 214 км в Афганистан.",
        "Стороны приняли инвестиционное решение по проекту трубопровода длиной 523 км.",
        "Експортний нафтопровід завдовжки 320 км з'єднає дві країни.",
        "Экспорт зерна собран с 500 тысяч гектаров.",
    ],
)
def test_a_length_or_area_is_no_flow(text: str) -> None:
    assert _only(text).metric == "other"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Polska sprowadziła z Maroka 320 tys. ton pomidorów.", "import"),
        ("Polska kupiła z Niemiec 5 tys. ton zboża.", "import"),
        ("Україна придбала у Польщі 30 тис. тонн вугілля.", "import"),
        ("Україна постачила до Бангладеш 450 тис. тонн пшениці.", "export"),
    ],
)
def test_supplies_and_purchases_in_other_languages(text: str, metric: str) -> None:
    assert _only(text).metric == metric


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан і Азербайджан домовилися збільшити товарообіг до 1 млрд доларів.",
        "Казахстан і Азербайджан дамовіліся павялічыць тавараабарот да 1 млрд долараў.",
        "Kazachstan i Azerbejdżan uzgodniły zwiększenie obrotów do 1 mld dolarów.",
        "Казахстан и Азербайджан договорились увеличить товарооборот до 1 млрд долларов.",
        "Kazakhstan and Azerbaijan agreed to increase trade to $1 billion.",
    ],
)
def test_an_agreed_rise_is_a_target(text: str) -> None:
    assert _only(text).modality == "target"


def test_a_rise_that_happened_stays_actual() -> None:
    assert _only("Товарообіг збільшився до 1 млрд доларів.").modality == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Катар поставляет СПГ в Пакистан по 11 долларов за MMBtu.",
        "Qatar sells LNG to Pakistan at $11 per MMBtu.",
        "Цена газа составила 12 долларов за млн БТЕ.",
        "Тариф составил 2500 рублей за Гкал.",
    ],
)
def test_a_price_per_unit_of_heat(text: str) -> None:
    assert _only(text).metric == "price"


@pytest.mark.parametrize(
    "text",
    [
        "Дефицит Эквадора в торговле с Колумбией достиг 1,1 млрд долларов.",
        "Дефіцит України в торгівлі з Китаєм сягнув 1,1 млрд доларів.",
        "Deficyt Polski w handlu z Chinami wyniósł 1,1 mld dolarów.",
    ],
)
def test_a_deficit_with_its_country_before_the_trade(text: str) -> None:
    fact = _only(text)
    assert (fact.metric, fact.value) == ("trade_balance", -1.1e9)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Казахстан поставил в Узбекистан 1,2 млн тонн пшеницы. Стоимость поставок составила 290 млн долларов.",
            "export",
        ),
        (
            "Россия импортировала из Казахстана 2 млн тонн зерна. Стоимость поставок составила 400 млн долларов.",
            "import",
        ),
        ("Компания провела переговоры. Стоимость поставок составила 290 млн долларов.", "other"),
    ],
)
def test_the_supplies_of_the_sentence_before(text: str, metric: str) -> None:
    assert extract_facts(text)[-1].metric == metric
