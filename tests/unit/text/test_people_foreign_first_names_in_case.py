"""Foreign names the dictionary does not know, read back to the nominative by the case their
context gives: a first name in -а declined as a noun (``Нарендры``, ``Болой``, ``Джорджей`` ->
``Нарендра``, ``Бола``, ``Джорджа``) before a surname that declines for no one; a man's name in
``-ай`` (``Виная`` -> ``Винай``); each part of a hyphened first name (``Мохаммад-Резы``); and a
surname alone in ``-ова``/``-ева`` after words that govern the genitive (``По словам Токаева``,
``Визит Мирзиёева``, ``у Силуанова``): a man's genitive, not a woman's nominative."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text) if p.name != "Путин"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Визит премьер-министра Индии Нарендры Моди завершился.", [("Нарендра Моди", "премьер-министр")]),
        ("Визит Нарендры Моди в Москву завершился.", [("Нарендра Моди", None)]),
        ("Путин встретился с президентом Нигерии Болой Тинубу.", [("Бола Тинубу", "президент")]),
        (
            "Встреча с премьер-министром Италии Джорджей Мелони прошла в Риме.",
            [("Джорджа Мелони", "премьер-министр")],
        ),
        ("Переговоры с Джорджей Мелони прошли в Риме.", [("Джорджа Мелони", None)]),
        (
            "По словам посла Индии в России Виная Кумара, торговля растет.",
            [("Винай Кумар", "посол Индии в России")],
        ),
        (
            "Визит вице-президента Ирана Мохаммад-Резы Арефа завершился.",
            [("Мохаммад-Реза Ареф", "вице-президент")],
        ),
        # a common noun in the genitive before a name is no first name
        (
            "Депутат Госдумы Адальби Шхагошев внес законопроект.",
            [("Адальби Шхагошев", "депутат Госдумы")],
        ),
    ],
)
def test_a_foreign_first_name_read_back_from_its_case(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("По словам Токаева, переговоры прошли успешно.", "Токаев"),
        ("По словам Мирзиёева, переговоры прошли успешно.", "Мирзиёев"),
        ("Визит Мирзиёева в Москву завершился.", "Мирзиёев"),
        ("Встреча у Силуанова прошла в Минфине.", "Силуанов"),
        ("Письмо от Нуриева пришло вчера.", "Нуриев"),
        # a woman's genitive, and a woman as a verb's subject, stay hers
        ("По словам Захаровой, переговоры прошли успешно.", "Захарова"),
        ("Токаева заявила о поддержке.", "Токаева"),
    ],
)
def test_a_surname_alone_after_words_that_govern_the_genitive(text: str, name: str) -> None:
    assert [p.name for p in extract_people(text)] == [name]
