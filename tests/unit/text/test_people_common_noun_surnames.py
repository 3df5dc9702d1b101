"""A name right after a role phrase whose surname the dictionary reads as a common noun
(``Пенья``: of ``пенье``) is a person's, whether the first name is one the dictionary knows as a
rarer reading (``Хорхе``) or as a place (``Сантьяго``, ``Сидней``); the place's name inside the
person's is then no place. Nothing is read when more capitalized words stand between the role and
the name, nor with no role before it."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Отношения сохранятся, заявил президент Парагвая Сантьяго Пенья.", "Сантьяго Пенья", "президент"),
        ("Президент Парагвая Сантьяго Пенья прибыл в Тайбэй.", "Сантьяго Пенья", "президент"),
        ("Об этом сообщил министр финансов Хорхе Пенья.", "Хорхе Пенья", "министр финансов"),
        ("Министр Хорхе Пенья прибыл в Асунсьон.", "Хорхе Пенья", "министр"),
        ("Документ подписал губернатор Сидней Сила.", "Сидней Сила", "губернатор"),
    ],
)
def test_a_common_noun_surname_after_a_role(text: str, name: str, role: str) -> None:
    (person,) = extract_people(text)
    assert (person.name, person.role) == (name, role)


@pytest.mark.parametrize(
    "text",
    [
        # three names after the country: not read as the last two with the first taken into the role
        "Об этом заявил посол Чили Хорхе Рохас Силва.",
        # no role before: a city and a noun
        "В Сантьяго Пенья звучала до утра.",
    ],
)
def test_no_common_noun_surname_without_a_role_right_before(text: str) -> None:
    assert [p.name for p in extract_people(text) if "Пенья" in p.name or "Силва" in p.name] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Путин встретился с президентом Аргентины Хавьером Милеем.", "Хавьер Милей"),
        ("По словам Хавьера Милея, экономика растет.", "Хавьер Милей"),
        ("Лула встретился с Хавьером Милеем в Буэнос-Айресе.", "Хавьер Милей"),
    ],
)
def test_a_surname_the_dictionary_reads_only_as_a_verb_form(text: str, name: str) -> None:
    # "Милеем", "Милея": forms of the verb "милеть" to the dictionary; capitalized after a first
    # name they are the surname in a case
    assert name in {p.name for p in extract_people(text)}
