"""Currencies beyond the region's: a country's adjective before a currency noun names it
(``бахрейнских динаров`` BHD, ``кенийских шиллингов`` KES, ``Egyptian pounds`` EGP); a noun several
countries use is told by the country named (``рупий`` in a sentence naming Pakistan is PKR, not
INR; ``динаров`` after Bahrain BHD; ``франков КФА`` in Senegal XOF, not CHF), with the noun's most
usual currency when none is named (``рупий`` INR, ``фунтов`` GBP); money in a currency Dyad cannot
tell is ``XXX`` (flagged), never a count and never another country's code."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _unit(text: str) -> str:
    (fact,) = extract_facts(text)
    return fact.unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Бахрейн вложит в проекты 100 млн бахрейнских динаров.", "BHD"),
        ("Бруней вложит 50 млн брунейских долларов.", "BND"),
        ("Товарооборот составил 5 млн ливанских фунтов.", "LBP"),
        ("Египет получил 5 млн ливанских фунтов.", "LBP"),
        ("Кения получит 3 млрд кенийских шиллингов.", "KES"),
        ("Уругвай выделит 2 млрд уругвайских песо.", "UYU"),
        ("Нигерия получит 500 млрд найр.", "NGN"),
        ("Бангладеш выделит 2 млрд така.", "BDT"),
        ("Эфиопия получит 4 млрд бырр.", "ETB"),
        ("Egypt received 5 billion Egyptian pounds.", "EGP"),
        ("Kenya will get 3 billion Kenyan shillings.", "KES"),
        ("Bahrain will invest 100 million Bahraini dinars.", "BHD"),
    ],
)
def test_currency_named_by_its_adjective_or_noun(text: str, unit: str) -> None:
    assert _unit(text) == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Пакистан и Бангладеш подписали контракт стоимостью 13,8 млрд рупий.", "PKR"),
        ("Индия выделит 5 млрд рупий.", "INR"),
        ("Шри-Ланка получит 40 млрд рупий.", "LKR"),
        ("Компания вложит 5 млрд рупий.", "INR"),
        ("Бахрейн и Ирак подписали соглашение. Бахрейн выделит на проект 300 млн динаров.", "BHD"),
        ("Сенегал получит 20 млрд франков КФА.", "XOF"),
        ("Швейцария выделит 20 млн франков.", "CHF"),
        ("Марокко получит 2 млрд дирхамов.", "MAD"),
        ("Компания из Дубая заплатит 2 млрд дирхамов.", "AED"),
        ("Египет получил 5 млн фунтов.", "EGP"),
        ("Лондон выделит 5 млн фунтов.", "GBP"),
        ("Танзания получит 3 млрд шиллингов.", "TZS"),
    ],
)
def test_a_noun_several_countries_use_is_told_by_the_country_named(text: str, unit: str) -> None:
    assert _unit(text)[-3:] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Барбадос получит 100 млн барбадосских долларов.",
        "Brunei will invest 50 million Bruneian dollars.",
        "Компания заплатит 20 млрд франков.",
    ],
)
def test_a_currency_dyad_cannot_tell_is_xxx(text: str) -> None:
    assert _unit(text) == "XXX"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Инвестиции составили 100 млн новых долларов.", "USD"),
        ("Банк выделит 5 млрд дополнительных рублей.", "RUB"),
    ],
)
def test_an_adjective_naming_no_country_leaves_the_nouns_currency(text: str, unit: str) -> None:
    assert _unit(text) == unit


def test_an_adjective_before_another_noun_is_still_a_count() -> None:
    (fact,) = extract_facts("Компания получила 2 млн долгосрочных кредитов.")
    assert fact.unit == "count"
