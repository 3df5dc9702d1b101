"""Role kinds of more posts: the head of a president's administration is an official, not a
mayor; an Indian state's chief minister heads a region (``главный министр штата``, ``Chief
Minister``); a Ukrainian ``генеральний секретар`` of a body heads it, as the Russian does; a
royal title after a post keeps the post's kind (``Energy Minister Prince``), and an honorific
before a name (``Sheikh``) is part of neither the name nor the post."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Глава администрации президента Казахстана Айбек Дадебай провел совещание.",
            "Айбек Дадебай",
            "official",
        ),
        ("Глава администрации Смоленска Андрей Борисов заявил о планах.", "Андрей Борисов", "mayor"),
        (
            "Главный министр штата Уттар-Прадеш Йоги Адитьянатх встретился с инвесторами.",
            "Йоги Адитьянатх",
            "regional_head",
        ),
        ("Uttar Pradesh Chief Minister Yogi Adityanath met investors.", "Yogi Adityanath", "regional_head"),
        (
            "Зустріч з генеральним секретарем НАТО Марком Рютте відбулася в Брюсселі, і це важливо.",
            "Марк Рютте",
            "head_of_organisation",
        ),
        (
            "Saudi Energy Minister Prince Abdulaziz bin Salman said output would rise.",
            "Abdulaziz bin Salman",
            "minister",
        ),
        (
            "Emir of Qatar Sheikh Tamim bin Hamad Al Thani received the delegation.",
            "Tamim bin Hamad Al Thani",
            "head_of_state",
        ),
        ("Crown Prince Mohammed bin Salman met the president.", "Mohammed bin Salman", "royalty"),
    ],
)
def test_the_kind_of_the_post(text: str, name: str, kind: str) -> None:
    assert [(p.name, p.role_kind) for p in extract_people(text)] == [(name, kind)]


def test_an_honorific_is_no_part_of_the_post() -> None:
    (person,) = extract_people("Emir of Qatar Sheikh Tamim bin Hamad Al Thani received the delegation.")
    assert person.role == "emir"
