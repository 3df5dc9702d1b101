"""A simple fraction in digits right after the "на"/"by"/"o" of a verb of change is the change's
size (``сократилась на 1/5``: 0.2 of the level, a decrease), as its words are (``на треть``,
``by a fifth``); elsewhere digits with a slash are no fraction (a day, a score)."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Российско-китайская торговля в долларовом выражении сократилась на 1/5.", 0.2, "decrease"),
        ("Импорт вырос на 1/3 по сравнению с 2024 годом.", 1 / 3, "increase"),
        ("Exports grew by 1/4 in 2025.", 0.25, "increase"),
        ("Eksport spadł o 1/4.", 0.25, "decrease"),
        ("Товарообіг скоротився на 2/5.", 0.4, "decrease"),
        ("Exports fell by a fifth.", 0.2, "decrease"),
    ],
)
def test_a_fraction_after_a_verb_of_change(text: str, value: float, change: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.unit, fact.change) == ("fraction", change)
    assert fact.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["Встреча пройдет 1/5 числа.", "Счет 1/5 в пользу гостей.", "The fifth round of talks ended."],
)
def test_no_fraction_without_a_change(text: str) -> None:
    assert [f for f in extract_facts(text) if f.unit == "fraction"] == []
