"""A currency noun several countries use (рубли, сомы, динары) left bare in a sentence naming two of
them takes the one currency the text writes out elsewhere (``5 трлн российских рублей`` ... ``3,86
трлн рублей``); when the text writes out both, or neither, it stays unknown (XXX), and a sentence
naming only one of them still decides."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _units(text: str) -> dict[str, str]:
    return {f.quote: f.unit for f in extract_facts(text)}


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        (
            "Объем торговли Беларуси и России достигнет 6 трлн российских рублей. За полгода "
            "товарооборот Беларуси и России составил 2,9 трлн рублей.",
            "2,9 трлн рублей",
            "RUB",
        ),
        (
            "Беларусь направит на программы Союзного государства 400 млн белорусских рублей. "
            "Россия и Беларусь вложат в проект еще 150 млн рублей.",
            "150 млн рублей",
            "BYN",
        ),
        (
            "Кыргызстан и Узбекистан создадут фонд. Бишкек внесет 900 млн кыргызских сомов, а всего "
            "Кыргызстан и Узбекистан вложат 2 млрд сомов.",
            "2 млрд сомов",
            "KGS",
        ),
    ],
)
def test_the_currency_the_text_writes_out(text: str, quote: str, unit: str) -> None:
    assert _units(text)[quote] == unit


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        # both written out: cannot be told
        (
            "Россия выделит 5 млрд российских рублей, Беларусь — 3 млрд белорусских рублей. "
            "Товарооборот Беларуси и России составил 8 млрд рублей.",
            "8 млрд рублей",
            "XXX",
        ),
        # none written out
        ("Товарооборот Беларуси и России составил 8 млрд рублей.", "8 млрд рублей", "XXX"),
        # the sentence names one country: its currency
        (
            "Инвестиции России составили 5 млрд российских рублей. Средняя зарплата в Беларуси "
            "выросла до 2500 рублей.",
            "выросла до 2500 рублей",
            "BYN",
        ),
    ],
)
def test_no_guess_where_the_text_does_not_tell(text: str, quote: str, unit: str) -> None:
    assert _units(text)[quote] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the country's name or adjective in any language of the gazetteer tells whose crowns
        ("Товарообіг України та Швеції перевищив 80 млрд крон.", "SEK"),
        ("Eksport do Norwegii wyniósł 3 mld koron.", "NOK"),
        ("Таваразварот з Даніяй склаў 5 млн крон.", "DKK"),
        ("Inwestycje w Czechach to 2 mld koron.", "CZK"),
        ("Шведські інвестиції сягнули 4 млрд крон.", "SEK"),
        ("Экспорт составил 2 млрд крон.", "XXX"),  # no country named: cannot tell
    ],
)
def test_a_countrys_name_in_any_language_tells_a_shared_currency(text, unit):
    (fact,) = extract_facts(text)
    assert fact.unit == unit
