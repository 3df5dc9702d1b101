"""A first name and patronymic without a surname, the polite address of an interview in
Belarusian or Ukrainian (``— Віктар Іванавіч, ...``, ``— Тетяна Миколаївна, ...``), is the one
person of the text with that first name and a surname, not a person of its own. A patronymic is
a suffix after a listed man's first name (``Мікалаевіч`` of Мікалай, ``Петрівна`` of Петро);
with two people of that first name, or none, the address stays as read."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Старшыня аблвыканкама Віктар Каранкевіч адказаў на пытанні. — Віктар Іванавіч, як ідзе "
            "будаўніцтва заводаў на поўдні вобласці? — Будаўніцтва ідзе па графіку.",
            "Віктар Каранкевіч",
        ),
        (
            "Міністр економіки України Тетяна Бережна дала інтерв'ю виданню. — Тетяна Миколаївна, "
            "чи зростатиме експорт до Польщі наступного року? — Так, ми очікуємо зростання.",
            "Тетяна Бережна",
        ),
        (
            "Посол Білорусі Сергій Ржеутський розповів про візит. Сергій Олександрович, дякую за "
            "розмову і за вашу відвертість.",
            "Сергій Ржеутський",
        ),
    ],
)
def test_the_address_is_the_person_named_in_full(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]


def test_two_people_of_the_first_name_leave_the_address_as_read() -> None:
    text = (
        "Міністр Іван Петренко і депутат Іван Коваль прибули до Варшави. — Іван Петрович, яка мета "
        "візиту до Польщі? — Переговори з колегами."
    )
    names = [p.name for p in extract_people(text)]
    assert "Іван Петренко" in names and "Іван Коваль" in names and "Іван Петрович" in names


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Під час зустрічі із заступником міністра сільського господарства Чехії Мартином Новаком "
            "сторони обговорили експорт зерна.",
            "заступник міністра сільського господарства",
        ),
        (
            "Міністр промислового розвитку Литви Андрюс Казлаускас заявив про експорт і імпорт.",
            "міністр промислового розвитку",
        ),
    ],
)
def test_a_portfolio_with_an_adjective_in_the_genitive(text: str, role: str) -> None:
    """A role's complement may open with an adjective in the genitive (``сільського``,
    ``промислового``): the whole portfolio is the role."""
    (person,) = extract_people(text)
    assert person.role == role


def test_a_first_name_and_patronymic_in_a_sentence_is_no_address() -> None:
    """Written in a sentence, not as an address opening it with a comma after it, a first name and
    patronymic may be another person of the same first name: it stays as read."""
    text = (
        "Міністр Дмитро Кулеба провів зустріч у Варшаві. Дмитро Олександрович Петров, посол, "
        "також узяв участь. Потім виступив Дмитро Іванович з доповіддю."
    )
    names = [p.name for p in extract_people(text)]
    assert "Дмитро Кулеба" in names and "Дмитро Іванович" in names
