"""A coordinated clause after a figure (", а ...") that names a subject of its own takes no metric
from the earlier clause's keyword; one that leaves its subject out (a year, a pronoun) keeps it."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "Экспорт казахстанского зерна в Иран в 2025 году достиг 310 млн долларов, "
            "а закупки иранских фруктов — 95 млн долларов.",
            ["export", "import"],  # the purchases of a country's goods: an import
        ),
        (
            "Импорт турецких товаров в Азербайджан составил 2,8 млрд долларов, а перевозки грузов — 640 млн долларов.",
            ["import", "other"],
        ),
        (
            "Импорт из Китая составил 4 млрд долларов, а китайские инвестиции — 1 млрд долларов.",
            ["import", "investment"],
        ),
        (
            "Экспорт Узбекистана в Россию в 2025 году составил 2,1 млрд долларов, а в 2024 году — 1,9 млрд долларов.",
            ["export", "export"],
        ),
        (
            "Товарооборот Армении и Ирана вырос до 700 млн долларов, а в прошлом году он составлял 640 млн долларов.",
            ["trade_turnover", "trade_turnover"],
        ),
    ],
)
def test_the_later_clause_keeps_its_own_subject(text: str, metrics: list[str]) -> None:
    assert [f.metric for f in extract_facts(text)] == metrics


@pytest.mark.parametrize(
    "text",
    [
        "Поставки из Турции выросли на 6,2% до $14,5 млрд, поставки в Турцию - на 3,8% до $9,1 млрд.",
        "Wywóz do Niemiec wzrósł o 6,2%, do 14,5 mld euro, przywóz - o 3,8%, do 9,1 mld euro.",
    ],
)
def test_a_hyphen_for_the_dash_of_an_elided_verb(text: str) -> None:
    """A hyphen with spaces around it stands for the dash of a verb left out: the clause after it
    takes the change before it, and its level after ``до``/``do`` is the level reached, no bound."""
    facts = extract_facts(text)
    assert [(f.value, f.change, f.comparator) for f in facts] == [
        (6.2, "increase", "="),
        (14.5e9, "to", "="),
        (3.8, "increase", "="),
        (9.1e9, "to", "="),
    ]
