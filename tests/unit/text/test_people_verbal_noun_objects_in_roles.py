"""A portfolio whose verbal noun takes an object in the dative or instrumental (``содействия
инвестициям``, ``управления имуществом``) is one role phrase, its country after it: the role is
read whole, not dropped at the object."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Президент встретился с министром промышленности и содействия инвестициям Омана Салимом Аудом.",
            "Салим Ауд",
            "министр промышленности и содействия инвестициям",
        ),
        (
            "Министр торговли, промышленности и содействия инвестициям Омана Кайс бин Мухаммед аль-Юсеф"
            " прибыл в Москву.",
            "Кайс бин Мухаммед аль-Юсеф",
            "министр торговли, промышленности и содействия инвестициям",
        ),
        (
            "По словам министра содействия экспорту Кении Ахмеда Омара, поставки выросли.",
            "Ахмед Омар",
            "министр содействия экспорту",
        ),
    ],
)
def test_a_verbal_nouns_object_stays_in_the_role(text: str, name: str, role: str) -> None:
    people = {p.name: p for p in extract_people(text)}
    assert people[name].role == role
    assert people[name].role_start is not None and text[
        people[name].role_start : people[name].role_end
    ].split()[-1] in (
        "Омана",
        "Кении",
    )
