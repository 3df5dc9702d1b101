"""A surname the dictionary reads as a place's name (``Рохас``, ``Медина``, ``Толедо``,
``Кордова``) right after a role and two given names is the person's surname, in the nominative as
written (``Медина`` is no genitive of ``Медин``), and the role before the name stays the person's.
A word the gazetteer names as a country, capital or city does not join the name, and with no role
before the name a place stays a place."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Министр торговли Чили Хосе Мануэль Рохас прибыл в Пекин.",
            "Хосе Мануэль Рохас",
            "министр торговли",
        ),
        ("Глава МИД Хосе Антонио Медина заявил о переговорах.", "Хосе Антонио Медина", "глава МИД"),
        ("Посол Мария Фернанда Кордова вручила верительные грамоты.", "Мария Фернанда Кордова", "посол"),
        ("Сенатор Луис Альберто Толедо выступил против.", "Луис Альберто Толедо", "сенатор"),
    ],
)
def test_a_place_word_after_two_given_names_is_the_surname(text: str, name: str, role: str) -> None:
    found = [(p.name, p.role) for p in extract_people(text)]
    assert found == [(name, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Для Хосе Антонио Каталония стала второй родиной.",
        "Хуан Карлос Урал не любил, а Сибирь полюбил.",
    ],
)
def test_without_a_role_before_a_place_stays_a_place(text: str) -> None:
    """With no role before the name, a place's name after two given names is the place (a region
    the gazetteer may not list: "Каталония", "Урал"), not a surname."""
    assert not any(("Каталония" in p.name or "Урал" in p.name) for p in extract_people(text))


def test_a_city_of_the_gazetteer_stays_out_of_the_name() -> None:
    names = [p.name for p in extract_people("Встречу открыл Хосе Мануэль Мадрид.")]
    assert not any("Мадрид" in n for n in names)
