"""East-Asian names in an oblique case: the syllables before the last stay as written, soft ones
of four or five letters (``Минь``, ``Тхань``) and first parts the dictionary knows as a
nominative first name (``Данг``) too, while the last one is read back to the nominative
(``Фам Минь Тиня`` -> ``Фам Минь Тинь``, ``с Данг Минь Кхоем`` -> ``Данг Минь Кхой``); after
``по словам`` a two-part name's last part is in the genitive (``Ли Цяна`` -> ``Ли Цян``); a
syllable the dictionary also reads as a town's name, its rarer reading, opens the name (``Буй``)."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Визит премьер-министра Вьетнама Фам Минь Тиня в Москву завершился.",
            "Фам Минь Тинь",
            "премьер-министр",
        ),
        ("Переговоры с послом Вьетнама Данг Минь Кхоем прошли в Москве.", "Данг Минь Кхой", "посол"),
        ("Визит министра Вьетнама Буй Тхань Сона завершился.", "Буй Тхань Сон", "министр"),
        ("Встреча с Нгуен Минь Чиетом прошла в Ханое.", "Нгуен Минь Чиет", None),
        ("По словам Ли Цяна, торговля растет.", "Ли Цян", None),
        ("По словам Си Цзиньпина, отношения крепнут.", "Си Цзиньпин", None),
        ("По словам Ван И, переговоры прошли успешно.", "Ван И", None),
        # an African name of three parts keeps its undeclined first part
        ("Поздравление направили Сейду Кумба Туру.", "Сейду Кумба Тур", None),
    ],
)
def test_an_east_asian_name_in_an_oblique_case(text: str, name: str, role: str | None) -> None:
    assert [(p.name, p.role) for p in extract_people(text)] == [(name, role)]


def test_a_city_before_a_name_stays_the_city() -> None:
    assert [p.name for p in extract_people("Встреча в Уфе Максима Петрова прошла.")] == ["Максим Петров"]
