"""A level someone wants, hopes or intends to reach is a target: English ``wants to``, ``hopes
to``, ``would like to``; Russian ``о намерении`` as ``намерен``. Documents a sentence signs are
agreements."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    "text",
    [
        "France wants to raise investment in Germany to $5 billion in 2026.",
        "Poland hopes to raise exports to Ukraine to $10 billion.",
        "Vietnam would like to bring trade with India to $20 billion by 2030.",
        "The ministers hoped to double turnover to $3 billion.",
        "The two leaders agreed on Friday to build a $500 million hydropower plant.",
        "Kazakhstan agreed with Uzbekistan to raise trade to $10 billion.",
        "Компания сообщила о намерении закупить оборудование на 8 млрд долларов.",
        "Стороны заявили о намерении довести товарооборот до 5 млрд долларов.",
    ],
)
def test_a_wish_or_an_intention_is_a_target(text):
    (fact,) = extract_facts(text)
    assert fact.modality == "target"


@pytest.mark.parametrize(
    "text",
    [
        "Trade between the two countries rose to $5 billion, officials said.",
        "Exports to Ukraine reached $10 billion last year.",
    ],
)
def test_a_level_reported_as_reached_stays_actual(text):
    (fact,) = extract_facts(text)
    assert fact.modality == "actual"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Стороны подписали 12 документов.", "agreements"),
        ("По итогам визита подписан пакет из 15 документов.", "agreements"),
        ("The sides signed 8 documents on trade.", "agreements"),
        ("Сторони підписали 10 документів.", "agreements"),
        ("Таможня проверила 300 документов.", "other"),
    ],
)
def test_documents_signed_are_agreements(text, metric):
    (fact,) = extract_facts(text)
    assert fact.metric == metric


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the hour of an energy unit in Ukrainian and Belarusian
        ("Експорт електроенергії склав 1,2 млн МВт·год.", "mwh"),
        ("Экспарт электраэнергіі склаў 2 млрд кВт·гадз.", "kwh"),
        ("Экспорт электроэнергии составил 1,2 млн МВт·ч.", "mwh"),
    ],
)
def test_energy_units_of_every_language(text, unit):
    (fact,) = extract_facts(text)
    assert fact.unit == unit
