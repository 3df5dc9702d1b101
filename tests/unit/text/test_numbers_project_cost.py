"""The cost of a project one side builds with or in the other (a plant, a shop, a bridge, a
power station, a modernisation) is an investment: the money the project puts in. A cost word in a
sentence that names no project (the cost of gas, of a supply contract) stays what it was."""

from __future__ import annotations

import pytest

from flows.text.numbers import extract_facts


def _metric(text: str, quote_part: str) -> str:
    (fact,) = [f for f in extract_facts(text) if quote_part in f.quote]
    return fact.metric


@pytest.mark.parametrize(
    ("text", "quote_part"),
    [
        ("Стоимость завода по выпуску удобрений в Ташкенте оценивается в 620 млн долларов.", "620"),
        ("Компании построят в Алматы терминал общей стоимостью около 85 млн евро.", "85"),
        ("Сторони домовилися про будівництво вітропарку вартістю 410 млн євро на Волині.", "410"),
        ("Бакі падпісалі пагадненне аб будаўніцтве камбіната коштам 300 млн долараў у Гомелі.", "300"),
        ("Firmy zbudują w Gdańsku terminal o wartości 1,2 mld zł.", "1,2"),
        ("Officials said a $780 million refinery upgrade would start next year.", "780"),
        ("The companies will build a new $1.1 billion fertilizer plant near the port.", "1.1"),
        ("Тараптар жалпы құны 2,3 млрд доллар болатын 12 жобаны қарастырды.", "2,3"),
    ],
)
def test_the_cost_of_a_project_is_an_investment(text: str, quote_part: str) -> None:
    assert _metric(text, quote_part) == "investment"


@pytest.mark.parametrize(
    ("text", "quote_part"),
    [
        ("Контракт на поставку зерна стоимостью 90 млн долларов подписан в Баку.", "90"),
        ("The deal is worth $3 billion, officials said.", "3"),
        ("Стоимость импортированного газа составила 4,2 млрд долларов.", "4,2"),
    ],
)
def test_a_cost_naming_no_project_is_no_investment(text: str, quote_part: str) -> None:
    assert _metric(text, quote_part) != "investment"


def test_the_nearest_flow_keeps_its_figure_beside_a_projects_cost() -> None:
    facts = extract_facts(
        "Товарооборот вырос до 5 млрд долларов, а стоимость проекта составит 300 млн долларов."
    )
    assert [f.metric for f in facts] == ["trade_turnover", "investment"]


@pytest.mark.parametrize(
    ("text", "quote_part"),
    [
        ("Дубайскія кампаніі плануюць укласці 60 млн дырхамаў у склад пад Брэстам.", "60"),
        ("У 2025 годзе аўстрыйскія фірмы ўклалі 210 млн еўра.", "210"),
        ("Польська компанія вкладе 75 млн євро у виробництво під Луцьком.", "75"),
        ("Торік литовські інвестори вклали 40 млн доларів.", "40"),
    ],
)
def test_ukrainian_and_belarusian_verbs_of_putting_money_in_are_investment(
    text: str, quote_part: str
) -> None:
    assert _metric(text, quote_part) == "investment"
