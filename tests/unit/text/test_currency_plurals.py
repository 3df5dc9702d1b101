"""Currency nouns in the plural genitive of Ukrainian, Belarusian and Polish (and Russian
``гривень``): the amount is money of that currency, not a count."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Дефіцит бюджету сягнув 412 млрд гривень.", "UAH"),
        ("Україна отримала близько 20 мільярдів гривень допомоги.", "UAH"),
        ("Штраф складає 17 тис. гривень.", "UAH"),
        ("Киев выделил 3 млрд гривень на ремонт.", "UAH"),
        ("Кошт праекта — 50 млн грыўняў.", "UAH"),
        ("Ukraina przeznaczyła 8 mld hrywien na obronę.", "UAH"),
        ("Туреччина отримала 40 млрд лір інвестицій.", "TRY"),
        ("Японія виділила 300 млрд єн на проєкт.", "JPY"),
        ("Індія інвестувала 90 млрд рупій у порт.", "INR"),
        ("Швейцарія заморозила 7 млрд франків.", "CHF"),
        ("Вірменія отримала 25 млрд драмів кредиту.", "AMD"),
        ("Узбекистан виділив 900 млрд сумів на дороги.", "UZS"),
        ("Brazylia zainwestowała 12 mld reali w kolej.", "BRL"),
        ("Japonia przeznaczyła 500 mld jenów na obronę.", "JPY"),
    ],
)
def test_currency_plurals_of_other_languages(text: str, unit: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Доходы бюджета составили 18 трлн тг.", "KZT"),
        ("Инвестиции превысили 400 млрд тг.", "KZT"),
        ("Chiny zainwestowały 7 mld juanów w port.", "CNY"),
        ("Obroty wyniosły 90 mln juanów.", "CNY"),
    ],
)
def test_tenge_abbreviated_and_polish_yuan(text: str, unit: str) -> None:
    (fact,) = extract_facts(text)
    assert fact.unit == unit
