"""A name of two given names and a surname whose second given name the dictionary reads only as
another word (``Селим``: a verb) is one person, the first given name leading it, not a first
name alone and a second person."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Соглашение подписал посол Турции в Беларуси Ахмет Селим Дагли.",
            "Ахмет Селим Дагли",
            "посол Турции в Беларуси",
        ),
        ("Об этом заявил Мустафа Селим Йылмаз.", "Мустафа Селим Йылмаз", None),
        ("Посол Турции Мехмет Селим Картал прибыл в Астану.", "Мехмет Селим Картал", "посол"),
    ],
)
def test_two_given_names_and_a_surname_are_one_person(text: str, name: str, role: str | None) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, role)]
