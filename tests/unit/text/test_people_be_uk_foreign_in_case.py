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
