"""An Arabic name in an oblique case is one person, the article written as a word of its own
(``Аль Сауд``, ``Эль ...``) part of the family name and never read as a syllable of an East-Asian
name (``Аль Саудом`` is no ``Аль Сауд`` of its own); a first name the dictionary only guesses
as a nominative in ``-ом`` before a surname in the instrumental is the instrumental of its stem
(``с Фейсалом Фарханом``: Фейсал)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text) if p.name not in ("Лавров", "Путин")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Лавров встретился с Фейсалом бин Фарханом Аль Саудом в Эр-Рияде.",
            [("Фейсал бин Фархан Аль Сауд", None)],
        ),
        (
            "Переговоры с министром иностранных дел Саудовской Аравии принцем Фейсалом бин Фарханом"
            " Аль Саудом прошли в Москве.",
            [("Фейсал бин Фархан Аль Сауд", "министр иностранных дел")],
        ),
        (
            "Путин встретился с Мухаммедом бин Сальманом Аль Саудом в Эр-Рияде.",
            [("Мухаммед бин Сальман Аль Сауд", None)],
        ),
        (
            "Соглашение подписано с Халидом бин Салманом Аль Саудом в Москве.",
            [("Халид бин Салман Аль Сауд", None)],
        ),
        ("Лавров встретился с Фейсалом Фарханом в Москве.", [("Фейсал Фархан", None)]),
        ("Встреча с Тамимом бин Хамадом Аль Тани прошла в Дохе.", [("Тамим бин Хамад Аль Тани", None)]),
        ("Визит Абдаллы бин Заида Аль Нахайяна завершился.", [("Абдалла бин Заид Аль Нахайян", None)]),
        ("Встречу провел Фейсал бин Фархан Аль Сауд.", [("Фейсал бин Фархан Аль Сауд", None)]),
    ],
)
def test_an_arabic_name_in_an_oblique_case_is_one_person(text: str, people: list) -> None:
    assert _people(text) == people


def test_an_east_asian_name_in_the_instrumental_stays_one() -> None:
    assert _people("Встреча с Мун Чжэ Ином прошла в Сеуле.") == [("Мун Чжэ Ин", None)]
