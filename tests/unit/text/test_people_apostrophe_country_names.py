"""A country's name with an apostrophe (``Кот-д'Ивуар``, with a straight or a typographic one) is
no part of the name after it and stays in the role before it."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
@pytest.mark.parametrize(
    ("template", "name", "role"),
    [
        (
            "Об этом сообщил министр торговли и промышленности Кот-д{a}Ивуара Сулейман Диаррасуба.",
            "Сулейман Диаррасуба",
            "министр торговли и промышленности Кот-д{a}Ивуара",
        ),
        (
            "Президент Кот-д{a}Ивуара Алассан Уаттара прибыл в Москву.",
            "Алассан Уаттара",
            "президент Кот-д{a}Ивуара",
        ),
        (
            "Переговоры провел посол Кот-д{a}Ивуара Жан-Батист Куаме.",
            "Жан-Батист Куаме",
            "посол Кот-д{a}Ивуара",
        ),
    ],
)
def test_a_country_with_an_apostrophe_before_a_name(
    apostrophe: str, template: str, name: str, role: str
) -> None:
    people = [(p.name, p.role) for p in extract_people(template.format(a=apostrophe))]
    assert people == [(name, role.format(a=apostrophe))]
