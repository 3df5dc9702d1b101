"""Capitalized words right after a noun of a named site or facility (a field, a port, an airport,
a terminal, a pipeline, a hotel, a stadium, a mine) are that site's name, no person's, even when
one of them is a title (``с месторождения Шах Дениз``: no shah named Дениз); a role phrase that
opens before the noun keeps its person (``Директор порта Иван Петров``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    "text",
    [
        "Азербайджан экспортировал в Грузию 1,6 млрд кубометров газа с месторождения Шах Дениз.",
        "Нефть с ливийского месторождения Эль Шарара поступает на экспорт.",
        "Газ с совместного месторождения Гранд-Тортю Ахмейим пойдет на экспорт.",
        "Поставки идут через порт Бандар Аббас.",
        "Самолет приземлился в аэропорту Хамад Аббас.",
        "Азербайджан експортував до Грузії 1,6 млрд кубометрів газу з родовища Шах Деніз.",
        "Ropa trafi do portu Gdańsk Północny przez terminal Naftoport.",
    ],
)
def test_a_sites_name_is_no_person(text: str) -> None:
    assert extract_people(text) == []


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Директор порта Иван Петров заявил, что поставки выросли.", "Иван Петров", "директор порта"),
        ("Директор порту Іван Петренко заявив, що поставки зросли.", "Іван Петренко", "директор порту"),
        (
            "Начальник месторождения Сергей Иванов рассказал о добыче.",
            "Сергей Иванов",
            "начальник месторождения",
        ),
    ],
)
def test_a_role_before_the_site_noun_keeps_its_person(text: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, role)]
