"""Ranges and changes written in any of the pipeline's languages (a bare first number takes the
second's scale), compound amounts with abbreviation dots, and currency words in case forms or
abbreviated with their country."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.conftest import only_fact as _only


@pytest.mark.parametrize(
    ("text", "start", "end", "unit"),
    [
        ("Trade could grow from $4 to $7 billion by 2030.", 4e9, 7e9, "USD"),
        ("Exports climbed from 2.5 to 3.1 billion euros.", 2.5e9, 3.1e9, "EUR"),
        ("Obroty wzrosły z 6 do 9 mld dolarów.", 6e9, 9e9, "USD"),
        ("Тавараабарот вырас з 1,2 да 1,8 млрд долараў.", 1.2e9, 1.8e9, "USD"),
        ("Товарообіг зріс з 700 до 900 млн доларів.", 7e8, 9e8, "USD"),
        ("Товарооборот может вырасти с 3 до 5 млрд долларов к 2030 году.", 3e9, 5e9, "USD"),
    ],
)
def test_a_change_from_a_bare_number_to_an_amount_shares_its_scale_and_unit(text, start, end, unit):
    facts = extract_facts(text)
    assert [(f.change, f.value, f.unit) for f in facts] == [("from", start, unit), ("to", end, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Trade could grow from $4 to $7 billion by 2030.",
        "Товарооборот может вырасти с 3 до 5 млрд долларов к 2030 году.",
        "Obroty mogą wzrosnąć z 6 do 9 mld dolarów do 2030 r.",
    ],
)
def test_the_starting_value_of_a_change_has_no_period_to_come(text):
    """``к 2030 году`` is when the change ends: the period of the 'to' value, never of the start."""
    first, second = extract_facts(text)
    assert first.change == "from" and first.period is None
    assert second.change == "to" and second.period is not None


@pytest.mark.parametrize(
    ("text", "quote", "low", "high", "unit"),
    [
        ("Inwestycje wyniosą od 2 do 4 mld euro.", "od 2 do 4 mld euro", 2e9, 4e9, "EUR"),
        ("Інвестыцыі складуць ад 3 да 6 млрд долараў.", "ад 3 да 6 млрд долараў", 3e9, 6e9, "USD"),
        ("Інвестиції становитимуть від 1 до 2 млрд доларів.", "від 1 до 2 млрд доларів", 1e9, 2e9, "USD"),
        ("Инвестиции составят от 5 до 8 млрд рублей.", "от 5 до 8 млрд рублей", 5e9, 8e9, "RUB"),
    ],
)
def test_a_range_from_to_in_each_language_is_one_fact(text, quote, low, high, unit):
    f = _only(text)
    assert (f.quote, f.value, f.value_high, f.unit, f.change) == (quote, low, high, unit, None)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Объём торговли достиг 1 млрд. 200 млн. долларов.", 1.2e9, "USD"),
        ("Товарооборот составил 2 млрд. 15 млн. руб.", 2.015e9, "RUB"),
        ("Экспорт составил 4 трлн. 300 млрд. рублей.", 4.3e12, "RUB"),
        ("Товарооборот составил 3 млрд 400 млн рублей.", 3.4e9, "RUB"),
    ],
)
def test_a_compound_amount_with_abbreviation_dots_is_one_amount(text, value, unit):
    f = _only(text)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Экспорт составил 120 млн рос. руб.", 1.2e8, "RUB"),
        ("Тауар айналымы 5 млрд теңгеге жетті.", 5e9, "KZT"),
        ("Инвестициялар көлемі 300 млн теңгеден асты.", 3e8, "KZT"),
        ("Экспорт составил 40 млрд тенге.", 4e10, "KZT"),
    ],
)
def test_currency_words_in_case_forms_and_abbreviated_with_their_country(text, value, unit):
    f = _only(text)
    assert (f.value, f.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Trade could grow to $8 billion.", "forecast"),
        ("Trade is expected to reach $6 billion next year.", "forecast"),
        ("Trade will double to $4 billion.", "forecast"),
        ("The two sides aim to triple trade to $9 billion.", "target"),
        ("Leaders agreed to raise bilateral trade to $15 billion by 2030.", "target"),
    ],
)
def test_english_trade_in_a_forecast_or_plan_is_trade_turnover(text, modality):
    f = _only(text)
    assert (f.metric, f.modality) == ("trade_turnover", modality)
