"""Foreign names whose first part the dictionary reads as another word, or only guesses:

- a capitalized word after a country's genitive, or after a role noun that takes no body as its
  complement (``премьер``, ``министр``, ``посол``), starts the name, it is no body's genitive
  (``глава правительства Непала Пушпа Камал Дахал``; still ``глава Ростеха Сергей Чемезов``);
- two capitalized words after a role noun in the nominative that the dictionary reads only in
  oblique cases are a name written as it is (``Премьер-министр Непала Шарма Оли``), and the last
  written alone later is that person, not a first name of its own;
- a Turkic first name in ``-ы`` before a man's surname in the nominative is as written
  (``Сатыбалды Ергалиев``), and the nominative written so names the person whose genitive the
  article also gives."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Глава правительства Непала Пушпа Камал Дахал посетил Пекин.",
            [("Пушпа Камал Дахал", "глава правительства")],
        ),
        (
            "Бывший премьер Непала Пушпа Камал Дахал прибыл в Дели.",
            [("Пушпа Камал Дахал", "бывший премьер")],
        ),
        ("Премьер Пушпа Камал Дахал выступил в парламенте.", [("Пушпа Камал Дахал", "премьер")]),
        ("Посол Раджа Кумар Сингх вручил верительные грамоты.", [("Раджа Кумар Сингх", "посол")]),
        (
            "Министр иностранных дел Шри-Ланки Виджита Херат провел переговоры.",
            [("Виджита Херат", "министр иностранных дел")],
        ),
        # a body's genitive after a role noun that takes one stays the body's
        ("Глава Ростеха Сергей Чемезов заявил о планах.", [("Сергей Чемезов", "глава Ростеха")]),
        (
            "Председатель Сената Олий Мажлиса Танзила Нарбаева выступила.",
            [("Танзила Нарбаева", "председатель Сената Олий Мажлиса")],
        ),
    ],
)
def test_first_part_after_a_country_or_a_bodiless_role(text: str, people: list[tuple[str, str]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Премьер-министр Непала Шарма Оли посетил Пекин.",
            [("Шарма Оли", "премьер-министр")],
        ),
        (
            "Премьер-министр Непала Шарма Оли посетил Пекин. Как заявил Оли, визит важен.",
            [("Шарма Оли", "премьер-министр")],
        ),
        # an oblique first name after a role in another case is that case's: no name as written
        ("Встреча с Олей прошла спокойно.", [("Оля", None)]),
        ("Президент Союза Журналистов заявил о проверке.", []),
    ],
)
def test_oblique_words_after_a_nominative_role(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Аким области Сатыбалды Ергалиев заявил, что работы продолжатся.",
            [("Сатыбалды Ергалиев", "аким области")],
        ),
        ("Депутат Бекболды Ахметов выступил с докладом.", [("Бекболды Ахметов", "депутат")]),
        ("Министр встретился с Бекболды Ахметовым в Астане.", [("Бекболды Ахметов", None)]),
        ("Письмо Жаксыбалды Серикову передали вчера.", [("Жаксыбалды Сериков", None)]),
        (
            "По словам Сатыбалды Ергалиева, сроки не изменятся. Аким Сатыбалды Ергалиев заявил это.",
            [("Сатыбалды Ергалиев", "аким")],
        ),
        # -ы of a first name before a surname that says nothing of the case: a genitive in -а
        ("Визит Нарендры Моди завершился.", [("Нарендра Моди", None)]),
        ("Визит Пушпы Камала Дахала завершился.", [("Пушпа Камал Дахал", None)]),
        ("Слова Анналены Бербок подтвердились.", [("Анналена Бербок", None)]),
    ],
)
def test_turkic_first_names_in_y(text: str, people: list[tuple[str, str | None]]) -> None:
    assert _people(text) == people
