"""Belarusian and Ukrainian: foreign names in the instrumental after a role: a first name in -а
declined (``Нарендрою``, ``Джорджею`` after a hushing consonant -> ``Нарендра``, ``Джорджа``)
before a surname that does not decline, and a listed first name before a foreign surname left
undeclined (``Петэрам Сіярта`` -> ``Петэр Сіярта``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Зустріч з прем'єр-міністром Індії Нарендрою Моді відбулася в Делі.",
            "Нарендра Моді",
            "прем'єр-міністр",
        ),
        (
            "Зустріч з прем'єр-міністром Італії Джорджею Мелоні відбулася в Римі.",
            "Джорджа Мелоні",
            "прем'єр-міністр",
        ),
        (
            "Сустрэча з міністрам замежных спраў Венгрыі Петэрам Сіярта прайшла ў Мінску.",
            "Петэр Сіярта",
            "міністр замежных спраў",
        ),
        # a name that declines whole stays read so
        (
            "Президент України провів розмову з президентом Туреччини Реджепом Таїпом Ердоганом.",
            "Реджеп Таїп Ердоган",
            "президент",
        ),
    ],
)
def test_a_foreign_name_in_the_instrumental_after_a_role(text: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in extract_people(text) if p.role is not None] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # particles after a first name not listed make it a name, read by its ending; the surname
        # after particles is no Ukrainian one in -о
        (
            "Прем'єр-міністерка України Ірина Левченко провела зустріч із прем'єр-міністром Нідерландів"
            " Мартеном ван дер Бергом.",
            "Мартен ван дер Берг",
        ),
        (
            "Міністр закордонних справ Бельгії провів зустріч із Петером ван ден Брінком у Брюсселі.",
            "Петер ван ден Брінк",
        ),
        (
            "Міністар замежных спраў Беларусі сустрэўся з Марцінам ван дэр Бергам у Мінску.",
            "Марцін ван дэр Берг",
        ),
    ],
)
def test_a_foreign_name_with_particles_in_an_oblique_case(text, name):
    assert name in [p.name for p in extract_people(text)]
