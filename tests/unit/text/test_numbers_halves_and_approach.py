"""Amounts in words with a half or with a second, smaller scale; amounts approached or crossed."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.conftest import only_fact as _only


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        (
            "Инвестиции составили четыре с половиной миллиарда рублей.",
            "четыре с половиной миллиарда рублей",
            4.5e9,
            "RUB",
        ),
        (
            "Урожай составил шесть с половиной миллионов тонн.",
            "шесть с половиной миллионов тонн",
            6.5e6,
            "tonnes",
        ),
        ("Товарооборот достиг 7 с половиной млрд долларов.", "7 с половиной млрд долларов", 7.5e9, "USD"),
        (
            "Інвестиції склали три з половиною мільярди доларів.",
            "три з половиною мільярди доларів",
            3.5e9,
            "USD",
        ),
        (
            "Investment reached three and a half billion dollars.",
            "three and a half billion dollars",
            3.5e9,
            "USD",
        ),
        (
            "Экспорт составил три миллиарда двести миллионов долларов.",
            "три миллиарда двести миллионов долларов",
            3.2e9,
            "USD",
        ),
        (
            "Импорт составил семь миллионов пятьсот тысяч тонн.",
            "семь миллионов пятьсот тысяч тонн",
            7.5e6,
            "tonnes",
        ),
    ],
)
def test_a_half_and_a_smaller_scale_in_words_add_up(text, quote, value, unit):
    f = _only(text)
    assert (f.quote, f.value, f.unit) == (quote, value, unit)


def test_a_comma_ends_an_amount_in_words():
    facts = extract_facts("Товарооборот составил два миллиарда, триста миллионов пришлось на экспорт.")
    assert [f.value for f in facts] == [2e9, 3e8]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Товарооборот приблизился к 8 млрд долларов.", "~"),
        ("Товарооборот приближается к рубежу в 8 млрд долларов.", "~"),
        ("Товарообіг наблизився до позначки 8 млрд доларів.", "~"),
        ("Obroty zbliżyły się do 8 mld dolarów.", "~"),
        ("Trade approached $8 billion.", "~"),
        ("Trade crossed $8 billion.", ">"),
        ("Товарооборот перешагнул рубеж в 8 млрд долларов.", ">"),
    ],
)
def test_approached_and_crossed_amounts_are_not_exact(text, comparator):
    f = _only(text)
    assert (f.comparator, f.metric, f.value) == (comparator, "trade_turnover", 8e9)


@pytest.mark.parametrize(
    ("text", "quote", "comparator"),
    [
        ("Trade crossed the $8 billion mark.", "crossed the $8 billion mark", ">"),
        ("Exports topped the 2 million tonne mark in May.", "topped the 2 million tonne mark", ">"),
        ("Bilateral trade approached the $8 billion threshold.", "approached the $8 billion threshold", "~"),
        ("Trade reached the $8 billion mark.", "$8 billion", "="),  # reached: the amount itself
    ],
)
def test_english_milestone_after_the_amount(text, quote, comparator):
    f = _only(text)
    assert (f.quote, f.comparator) == (quote, comparator)
