"""Polish writes a currency's country after the noun (``rubli białoruskich``, ``koron czeskich``,
``dolarów kanadyjskich``): the adjective names the currency, the noun's usual one never stands in
for it (``rubli białoruskich`` is BYN, not RUB), and an adjective of a country Dyad has no currency
for leaves the currency untold (``XXX``). The krona has its Polish forms. An amount with its own
currency beside one in złoty keeps its own."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "unit", "quote"),
    [
        ("Białoruś otrzyma kredyt w wysokości 4 mld rubli białoruskich.", "BYN", "4 mld rubli białoruskich"),
        ("Kanada przekaże 250 mln dolarów kanadyjskich na odbudowę.", "CAD", "250 mln dolarów kanadyjskich"),
        ("Szwecja wyda 6 mld koron szwedzkich na obronę.", "SEK", "6 mld koron szwedzkich"),
        ("Budżet Danii to 900 mln koron duńskich.", "DKK", "900 mln koron duńskich"),
        ("Węgry zapłacą 40 mld forintów węgierskich za gaz.", "HUF", "40 mld forintów węgierskich"),
        ("Japonia zainwestuje 300 mld jenów japońskich.", "JPY", "300 mld jenów japońskich"),
        ("Fidżi otrzyma 20 mln dolarów fidżyjskich.", "XXX", "20 mln dolarów fidżyjskich"),
        ("Kazachstan spłaci 2 mld rubli kazachskich.", "XXX", "2 mld rubli kazachskich"),
    ],
)
def test_the_adjective_after_the_noun_names_the_currency(text: str, unit: str, quote: str) -> None:
    (fact,) = extract_facts(text)
    assert (fact.unit, text[fact.char_start : fact.char_end]) == (unit, quote)


def test_an_amount_in_its_own_currency_beside_one_in_zloty() -> None:
    text = "Odcinek polski kosztuje 9–11 mld zł, a słowacki około 120 mld koron czeskich."
    units = [(f.value, f.unit) for f in extract_facts(text)]
    assert units == [(9e9, "PLN"), (120e9, "CZK")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Chiny zainwestują 3 mld dolarów chińskich pieniędzy w Serbii.", "USD"),
        ("Niemcy sprzedały 700 mln euro niemieckich maszyn.", "EUR"),
        ("Litwa wyda 40 mln euro litewskich podatników.", "EUR"),
        ("Londyn przekaże 600 mln funtów brytyjskich.", "GBP"),
    ],
)
def test_an_adjective_of_the_noun_after_it_names_no_currency(text: str, unit: str) -> None:
    """An adjective after the currency that goes with a noun after it (``chińskich pieniędzy``)
    is that noun's, not the currency's."""
    (fact,) = extract_facts(text)
    assert fact.unit == unit
