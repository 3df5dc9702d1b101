"""A trade balance in Ukrainian, Belarusian and Polish: its words make the metric
``trade_balance``, and a deficit or a negative balance makes the value negative, as in Russian."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Дефіцит зовнішньої торгівлі України сягнув 20 млрд доларів.", -20e9),
        ("Торговельний дефіцит з Туреччиною склав 900 млн доларів.", -900e6),
        ("Від'ємне сальдо з Польщею становило 1,1 млрд доларів.", -1.1e9),
        ("Профіцит торгівлі з Молдовою склав 600 млн доларів.", 600e6),
        ("Дэфіцыт знешняга гандлю склаў 2 мільярды долараў.", -2e9),
        ("Адмоўнае сальда з Расіяй склала 3 мільярды долараў.", -3e9),
        ("Deficyt w handlu z Chinami wyniósł 40 mld euro.", -40e9),
        ("Ujemne saldo wymiany z Niemcami sięgnęło 5 mld euro.", -5e9),
        ("Nadwyżka w handlu z Czechami wyniosła 3 mld euro.", 3e9),
    ],
)
def test_balances_in_other_languages(text: str, value: float) -> None:
    (fact,) = extract_facts(text)
    assert (fact.metric, fact.value) == ("trade_balance", value)
