"""More ways the press writes a change: verbs of slowing, sagging, recovering and doubling before
``до`` (``замедлилась до 7,7%``, ``просел до 2 млрд``, ``восстановился до``, ``удвоить ... до``)
and English ones (``slumped``, ``plummeted``, ``rebounded``); a percentage in brackets after an
amount with an en dash for its minus (``(–3,2%)``); the Belarusian ``ў`` before a multiple
(``павялічыўся ў 1,3 раза``); a Kazakh percent sign with the dative's ending (``12%-ға
артты``); and a hedge between the number and its scale or unit (``30 с лишним процентов``,
``2 с небольшим миллиарда``: a lower bound)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts
from tests.flows_named import flow_named


def _facts(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.change, f.comparator) for f in extract_facts(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Инфляция замедлилась до 7,7%.", 7.7, "percent"),
        ("Инфляция ускорилась до 9%.", 9.0, "percent"),
        ("Экспорт просел до 2 млрд долларов.", 2e9, "USD"),
        ("Экспорт восстановился до 2 млрд долларов.", 2e9, "USD"),
        ("Стороны намерены удвоить товарооборот до 10 млрд долларов.", 1e10, "USD"),
    ],
)
def test_a_change_verb_before_do_gives_the_new_level(text: str, value: float, unit: str) -> None:
    assert _facts(text) == [(value, unit, "to", "=")]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Exports to Russia slumped 12% to $3 billion.", 12.0, "decrease"),
        ("Imports plummeted 20% in October.", 20.0, "decrease"),
        ("Shipments rebounded 8% in the third quarter.", 8.0, "increase"),
        ("Экспорт просел на 12%.", 12.0, "decrease"),
    ],
)
def test_more_verbs_of_change_before_a_percentage(text: str, value: float, change: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit == "percent"]
    assert (fact.value, fact.change, fact.metric) == (value, change, flow_named(text, fact.char_start))


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Импорт составил $800 млн (–3,2%).", -3.2, "decrease"),
        ("Импорт составил $800 млн (−3,2%).", -3.2, "decrease"),
        ("Экспорт составил $1,2 млрд (+7,5%).", 7.5, "increase"),
    ],
)
def test_a_signed_percentage_in_brackets_after_an_amount(text: str, value: float, change: str) -> None:
    (fact,) = [f for f in extract_facts(text) if f.unit == "percent"]
    assert (fact.value, fact.change) == (value, change)


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Экспарт павялічыўся ў 1,3 раза.", 1.3, "increase"),
        ("Тавараабарот вырас ў 2 разы.", 2.0, "increase"),
        ("Экспарт скараціўся ў 1,5 раза.", 1.5, "decrease"),
    ],
)
def test_a_belarusian_multiple_after_u_short(text: str, value: float, change: str) -> None:
    assert _facts(text) == [(value, "times", change, "=")]


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Экспорт 12%-ға артты.", 12.0, "increase"),
        ("Қытайдан импорт 8%-ға төмендеді.", 8.0, "decrease"),
    ],
)
def test_a_kazakh_percent_sign_with_a_case_ending(text: str, value: float, change: str) -> None:
    assert _facts(text) == [(value, "percent", change, "=")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Товарооборот вырос на 30 с лишним процентов.", 30.0, "percent"),
        ("Товарооборот составил 2 с небольшим миллиарда долларов.", 2e9, "USD"),
        ("Инвестиции составили 300 с лишним миллионов долларов.", 3e8, "USD"),
    ],
)
def test_a_hedge_between_the_number_and_its_scale_or_unit(text: str, value: float, unit: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.value, fact.unit, fact.comparator) == (value, unit, ">")
