"""A milestone noun between a hedge verb and the amount keeps the hedge's comparator: the amount
was passed, not stated ("превысил отметку в 1 млрд" is more than 1 bn)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "comparator", "value"),
    [
        ("Экспорт впервые превысил отметку в 2 млрд долларов.", ">", 2e9),
        ("Взаимная торговля превысила планку в 700 млн долларов.", ">", 700e6),
        ("Товарооборот преодолел рубеж в $4 млрд.", ">=", 4e9),
        ("Товарообіг перевищив позначку 3 млрд доларів.", ">", 3e9),
        ("Товарообіг подолав рубіж у 3 млрд доларів.", ">=", 3e9),
        ("Eksport przekroczył próg 15 mld euro.", ">", 15e9),
        ("Exports topped the mark of $8 billion.", ">", 8e9),
        # no milestone, no hedge: stated
        ("Экспорт составил 2 млрд долларов.", "=", 2e9),
    ],
)
def test_milestones(text: str, comparator: str, value: float) -> None:
    (fact,) = extract_facts(text)
    assert (fact.comparator, fact.value) == (comparator, value)


@pytest.mark.parametrize(
    ("text", "quote", "comparator"),
    [
        # "один" before a scale word is the amount's own (alone it is prose: "одна из")
        ("Инвестиции составили около одного миллиарда долларов.", "около одного миллиарда долларов", "~"),
        ("Экспорт превысил один миллиард долларов.", "превысил один миллиард долларов", ">"),
        ("Кредит составит одну тысячу евро.", "одну тысячу евро", "="),
    ],
)
def test_one_before_a_scale_word(text: str, quote: str, comparator: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.quote, fact.comparator) == (quote, comparator)


def test_one_alone_stays_prose() -> None:
    (fact,) = extract_facts("Одна из компаний получила 5 млн долларов.")
    assert fact.quote == "5 млн долларов"
