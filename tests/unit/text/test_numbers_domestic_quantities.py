"""A country's own output, consumption or harvest (``собственного производства``, ``внутреннее
потребление``, ``урожай``, ``domestic output``, ``własnej produkcji``) is no flow between two sides
and no volume of one: its figure's metric is ``other``, even with a word of a flow further back in
the sentence; a flow's own figure beside it keeps its metric."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "Министр сообщил, что страна снизит закупки за рубежом благодаря росту собственного "
            "производства сахара до 2,4 млн тонн.",
            ["other"],
        ),
        ("Внутреннее потребление газа в Египте выросло до 62 млрд кубометров.", ["other"]),
        (
            "Урожай пшеницы в Аргентине составил 18 млн тонн, экспорт в Бразилию - 4 млн тонн.",
            ["other", "export"],
        ),
        ("Власне виробництво зерна в Молдові сягнуло 3 млн тонн.", ["other"]),
        ("Własna produkcja węgla w Czechach spadła do 20 mln ton.", ["other"]),
        (
            "Japan's domestic output fell to 80 million tonnes, while imports from Australia reached 9 million tonnes.",
            ["other", "import"],
        ),
    ],
)
def test_a_countrys_own_quantity_is_no_flow(text: str, metrics: list[str]) -> None:
    assert [f.metric for f in extract_facts(text)] == metrics
