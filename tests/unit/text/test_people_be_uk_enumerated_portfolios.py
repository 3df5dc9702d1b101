"""Belarusian and Ukrainian roles whose portfolio is an enumeration with commas, closed by a
conjunction (``міністрам гандлю, прамысловасці і ...``, ``міністром економіки, довкілля та ...``),
maybe with a verbal noun's object in the dative (``садзейнічання інвестыцыям``, ``сприяння
інвестиціям``): the whole phrase is the role, its commas kept; a comma with no conjunction after it
ends the role's reach."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for _, p in analyze_body(text).people]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Віцэ-прэм'ер сустрэўся з міністрам энергетыкі, прамысловасці і гандлю Іарданіі Салехам Харабшэхам.",
            ("Салех Харабшэх", "міністр энергетыкі, прамысловасці і гандлю"),
        ),
        (
            "Пасол правёў перамовы з міністрам эканомікі, працы і садзейнічання экспарту Мальдываў Ахмедам Саідам.",
            ("Ахмед Саід", "міністр эканомікі, працы і садзейнічання экспарту"),
        ),
        (
            "Делегацію прийняв міністр аграрної політики, продовольства та рибальства Грузії Отар Шамугія.",
            ("Отар Шамугія", "міністр аграрної політики, продовольства та рибальства"),
        ),
        (
            "Посол зустрівся з міністром транспорту, зв'язку та сприяння інвестиціям Чорногорії Філіпом Радуловичем.",
            ("Філіп Радулович", "міністр транспорту, зв'язку та сприяння інвестиціям"),
        ),
    ],
)
def test_an_enumerated_portfolio_is_the_role(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text)


def test_a_comma_without_a_closing_conjunction_ends_the_role() -> None:
    people = _people(
        "Сторони обговорили питання енергетики, транспорту, Олексій Гончар наголосив на логістиці."
    )
    assert all(role is None for _name, role in people)
