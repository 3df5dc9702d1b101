"""A first name that is the same word in every case (``Хосе``, ``Педро``, ``Франсуа``) tells
nothing of the name's case: the surname is read in the case the words before govern, as an
East-Asian name's last part is (``По словам Хосе Мартинеса``: Хосе Мартинес), and a name in
apposition to an animate noun takes the noun's case (``задержали чилийца Педро Гонсалеса``,
``гражданина Перу Хосе Мартинеса``). A surname in ``-а`` in the nominative stays one."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По словам Хосе Мартинеса, переговоры прошли успешно.", "Хосе Мартинес"),
        ("Кабинет Педро Санчеса ушел в отставку.", "Педро Санчес"),
        ("Теннисист обыграл в финале гражданина Перу Хосе Мартинеса.", "Хосе Мартинес"),
        ("Власти задержали чилийца Педро Гонсалеса.", "Педро Гонсалес"),
        ("По данным Франсуа Мореля, сделка закрыта.", "Франсуа Морель"),
        ("Теннисист Хосе Мартинес обыграл соперника.", "Хосе Мартинес"),
        ("Выступил Хосе Сапата.", "Хосе Сапата"),
    ],
)
def test_the_surname_in_the_governed_case(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]
