"""Years and spans of years in Belarusian and Ukrainian (``на 2027–2029 гады``, ``2026–2028 рр.``,
``тры гады``, ``три роки``) are no counts: Russian's morphology reads ``гады`` and ``роки`` as other
nouns, so the span words are listed. Pieces and machines counted in Belarusian, Ukrainian and
Polish (``адзінак``, ``одиниць``, ``sztuk``, ``maszyn``) are counts, and no currency of another
sentence goes to them."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    "text",
    [
        "Дарожная карта разлічана на 2026–2028 гады.",
        "Стратэгія на 2030-2035 гады зацверджана.",
        "Програму на 2026–2028 рр. схвалено.",
        "Праграма разлічана на тры гады.",
        "Праект разлічаны на 4 гады.",
        "Програма розрахована на чотири роки.",
        "Угоду укладено на 2 роки.",
    ],
)
def test_years_and_spans_of_years_are_no_counts(text: str) -> None:
    assert extract_facts(text) == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Кошт праекта — 12 млн еўра. Цэх будзе выпускаць да 3 тысяч адзінак у год.", 3000),
        ("Інвестиції — 12 млн євро. Завод вироблятиме 800 одиниць техніки щороку.", 800),
        ("Wartość inwestycji to 12 mln euro. Fabryka wyprodukuje 2,5 tys. sztuk rocznie.", 2500),
        ("Kontrakt jest wart 12 mln euro. Do Polski trafi 40 maszyn.", 40),
        ("Кантракт каштуе 12 млн еўра. Беларусь пастаўляе 120 машын.", 120),
    ],
)
def test_pieces_and_machines_are_counts_and_take_no_currency(text: str, value: float) -> None:
    (fact,) = [f for f in extract_facts(text) if f.value == value]
    assert fact.unit == "count", text
