"""A man's foreign surname in -а/-я after a first name that does not decline (``Фумио``,
``Мауро``, ``Хосе``) declines as a woman's noun does: in the genitive ``-ы``, in the accusative
``-у``; the case comes from the verb, the preposition or the role's head before the name, and the
nominative is the surname in -а (``Кисиды`` -> Кисида), not the word as written. An accusative in
-у is also that of a surname that does not decline (``Санду``, ``Гросу``): it is read as one in -а
only when the text writes that form too. A surname the dictionary declines otherwise
(``Санчеса``: Санчес) keeps its reading."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Есихидэ Мориока прибыл в Москву. Президент принял премьер-министра Японии Есихидэ Мориоку.",
            "Есихидэ Мориока",
        ),
        ("Рикардо Мора назначен министром. Министр поздравил Рикардо Мору с назначением.", "Рикардо Мора"),
        ("Канцлер принял главу МИД Бразилии Мауро Перейру. Мауро Перейра приехал впервые.", "Мауро Перейра"),
        ("По словам Марио Гуэрры, переговоры прошли успешно.", "Марио Гуэрра"),
        ("Президент принял премьер-министра Испании Педро Санчеса.", "Педро Санчес"),
    ],
)
def test_an_a_stem_surname_in_an_oblique_case(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Министр поздравил Марио Гросу с назначением.", "Марио Гросу"),
        ("Премьер принял министра Японии Есихидэ Мориоку.", "Есихидэ Мориоку"),
    ],
)
def test_an_accusative_in_u_alone_stays_as_written(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]
