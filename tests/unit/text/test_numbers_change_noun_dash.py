"""A change noun whose link verb a dash or a colon stands for ("прирост — 14,7%", "spadek: 3%",
"growth: 9%") makes its amount the change, in every press language; a dash after a flow's noun
("Товарооборот — 2 млрд") or a colon after another word ("Итог: 5%") makes no change."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "quote", "change"),
    [
        ("Экспорт составил 4 млрд долларов, прирост — 9,3%.", "9,3%", "increase"),
        ("Импорт составил 1,2 млрд долларов, снижение — почти 6%.", "почти 6%", "decrease"),
        ("Тавараабарот склаў 1 млрд долараў, прырост — 6%.", "6%", "increase"),
        ("Obroty wyniosły 3 mld euro, spadek: 2,5%.", "2,5%", "decrease"),
        ("Exports reached $5 billion, growth: 11%.", "11%", "increase"),
    ],
)
def test_a_dash_or_colon_after_a_change_noun_makes_the_amount_the_change(
    text: str, quote: str, change: str
) -> None:
    (fact,) = [f for f in extract_facts(text) if f.quote == quote]
    assert fact.change == change


@pytest.mark.parametrize("text", ["Товарооборот — 2 млрд долларов.", "Итог: 5%."])
def test_a_dash_after_another_word_makes_no_change(text: str) -> None:
    assert [f.change for f in extract_facts(text)] == [None]
