"""Ukrainian: a name of three or four words right after a role, each word declined in the role's
case or a foreign part that does not decline (``з главою МЗС Іспанії Хосе Мануелем Альбаресом
Буено``), or all in the nominative after a nominative role, is one person; the role does not take
the first given name into its complement."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Сибіга провів переговори з главою МЗС Іспанії Хосе Мануелем Альбаресом Буено.",
            "Хосе Мануель Альбарес Буено",
            "глава МЗС",
        ),
        (
            "Міністр закордонних справ Іспанії Хосе Мануель Альбарес Буено заявив про підтримку.",
            "Хосе Мануель Альбарес Буено",
            "міністр закордонних справ",
        ),
        (
            "Міністр оборони Норвегії Туре Оннсхус Сандвік заявив про допомогу.",
            "Туре Оннсхус Сандвік",
            "міністр оборони",
        ),
        (
            "Угоду підписано з послом Чилі Хуаном Пабло Ортісом Мено.",
            "Хуан Пабло Ортіс Мено",
            "посол",
        ),
    ],
)
def test_a_long_name_after_a_role_is_one_person(text: str, name: str, role: str) -> None:
    assert (name, role) in [(p.name, p.role) for p in extract_people(text)]


def test_a_name_going_on_past_three_words_is_not_cut_by_the_long_name_reading() -> None:
    people = [p.name for p in extract_people("Зустріч з президентом Туреччини Реджепом Таїпом Ердоганом.")]
    assert people == ["Реджеп Таїп Ердоган"]
