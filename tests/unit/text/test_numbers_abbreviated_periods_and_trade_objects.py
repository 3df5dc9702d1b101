"""A change verb and its amount stay linked across a period written with an abbreviated year or
quarter (``вырос в 2025 г. на 4%``, ``зріс у 2025 р. на 7%``, ``wzrosła w 2025 r. o 4 proc.``);
a Belarusian comparative after the amount (``на 8% больш``, ``на 3% менш``, ``болей``) is a
change as its Russian, Ukrainian and Polish kin are; trade as a growth verb's object in any form
(``нарастили торговлю``, ``расширят торговлю``) or with its two sides in the genitive
(``Торговля России и Монголии``, ``Торгівля України та Польщі``, ``Гандаль Беларусі і Кітая``)
makes the level after ``до`` the trade turnover; trade's balance stays a balance."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.flows_named import flow_named


@pytest.mark.parametrize(
    ("text", "value", "change", "period"),
    [
        ("Товарооборот вырос в 2025 г. на 4%.", 4.0, "increase", "в 2025 г."),
        ("Экспорт сократился в 2024 г. почти на 6%.", 6.0, "decrease", "в 2024 г."),
        ("Товарообіг зріс у 2025 р. на 7%.", 7.0, "increase", "у 2025 р."),
        ("Wymiana handlowa wzrosła w 2025 r. o 4 proc.", 4.0, "increase", "w 2025 r."),
        ("Eksport spadł w 2024 r. o 12 proc.", 12.0, "decrease", "w 2024 r."),
    ],
)
def test_an_abbreviated_period_between_verb_and_amount(
    text: str, value: float, change: str, period: str
) -> None:
    (fact,) = extract_facts(text)
    assert (fact.value, fact.metric, fact.change, fact.period) == (
        value,
        flow_named(text, fact.char_start),
        change,
        period,
    )


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Тавараабарот склаў 6,3 млрд долараў, што на 8% больш, чым годам раней.", 8.0, "increase"),
        ("Экспарт склаў 1,2 млрд долараў, на 15% болей, чым летась.", 15.0, "increase"),
        ("Імпарт склаў 900 млн долараў, што на 3% менш, чым годам раней.", 3.0, "decrease"),
    ],
)
def test_a_belarusian_comparative_after_the_amount(text: str, value: float, change: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit == "percent"]
    assert (fact.value, fact.change) == (value, change)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Россия и Монголия нарастили торговлю на 20% — до $2,9 млрд.", 2.9e9),
        ("Торговля России и Монголии выросла на 20%, до $2,9 млрд.", 2.9e9),
        ("Торгівля України та Польщі зросла на 10%, до 12 млрд доларів.", 12e9),
        ("Гандаль Беларусі і Кітая павялічыўся на 10%, да 8 млрд долараў.", 8e9),
        ("Страны расширят торговлю до 5 млрд долларов к 2030 году.", 5e9),
    ],
)
def test_trade_as_an_object_or_with_its_two_sides_is_the_turnover(text: str, value: float) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit == "USD"]
    assert (fact.value, fact.metric) == (value, "trade_turnover")


def test_the_balance_of_trade_stays_a_balance() -> None:
    (fact,) = extract_facts("Сальдо торговли России и Китая составило 10 млрд долларов.")
    assert fact.metric == "trade_balance"
