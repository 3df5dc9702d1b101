"""Belarusian and Ukrainian: a foreign name right after a role head written in the nominative is
in the nominative as written even when its words read as another case (``Прем'єр-міністр Молдови
Александру Мунтяну заявив``: not Александр Мунтян, and the role kept); a Ukrainian first name in
``-ай`` is no adjective (``Міхай Попшой``); a Vietnamese name opens with a family name longer than a
syllable (``Нгуєн Фу Чонг``, ``Нгуен Мінь Ву``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Прем'єр-міністр Молдови Александру Мунтяну заявив, що уряд підтримує реформу.",
            "Александру Мунтяну",
            "прем'єр-міністр",
        ),
        (
            "Прэм'ер-міністр Малдовы Аляксандру Мунцяну заявіў, што ўрад падтрымлівае рэформу.",
            "Аляксандру Мунцяну",
            "прэм'ер-міністр",
        ),
        (
            "Міністр закордонних справ Молдови Міхай Попшой підписав угоду.",
            "Міхай Попшой",
            "міністр закордонних справ",
        ),
        ("Віцепрем'єр Румунії Тану Беліку заявив, що переговори тривають.", "Тану Беліку", "віцепрем'єр"),
        ("Президент В'єтнаму Нгуєн Фу Чонг заявив, що переговори тривають.", "Нгуєн Фу Чонг", "президент"),
        ("Прэзідэнт В'етнама Нгуен Мінь Ву сустрэўся з Лукашэнкам.", "Нгуен Мінь Ву", "прэзідэнт"),
        ("Прем'єр В'єтнаму Фам Мінь Чінь заявив, що торгівля зросла.", "Фам Мінь Чінь", "прем'єр"),
    ],
)
def test_foreign_names_after_a_nominative_role(text: str, name: str, role: str) -> None:
    assert _people(text).get(name, "missing") == role


def test_a_belarusian_adjective_in_ай_is_still_no_name() -> None:
    assert _people("Старшыня Гомельскай абласной рады Іван Карпенка заявіў, што ўраджай вырас.") == {
        "Іван Карпенка": "старшыня Гомельскай абласной рады"
    }
