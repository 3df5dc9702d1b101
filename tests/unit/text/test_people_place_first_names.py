"""First names the dictionary reads first as a place (София, Джорджия, Каролина, Сантьяго, Питер,
Арарат, Казбек, Милан)
before a surname (flows/text/people: words._PLACE_FIRST_NAMES, names._place_word_fits_before_surname):
the person keeps the first name; after a preposition of place, before a place or a role word, or
when a country's name, the word stays a place. A name after a title of rank in quotes («Адмирал
Макаров») names a ship or a building, not a person."""

from __future__ import annotations

import pytest

from flows.text.people import extract_people
from flows.text.people.words import _joined_place


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вчера София Коппола представила новый фильм.", "София Коппола"),
        ("Билеты на концерт Софии Ротару раскупили за день.", "София Ротару"),
        ("Журналисты встретились с Софией Петровой.", "София Петрова"),
        ("Джорджия Мелони заявила о поддержке Киева.", "Джорджия Мелони"),
        ("Дакота Джонсон снялась в новом триллере.", "Дакота Джонсон"),
        ("Каролина Куркова открыла показ.", "Каролина Куркова"),
        ("Сантьяго Абаскаль выступил на митинге в Мадриде.", "Сантьяго Абаскаль"),
        ("Роль исполнила актриса София Лорен.", "София Лорен"),
        # men's first names and women's the dictionary knows as places, in any case
        ("Министр встретился с Араратом Мирзояном.", "Арарат Мирзоян"),
        ("Арарат Мирзоян заявил об этом журналистам.", "Арарат Мирзоян"),
        ("Глава Кабардино-Балкарии Казбек Коков открыл форум.", "Казбек Коков"),
        ("Милан Кундера умер в Париже.", "Милан Кундера"),
        ("Мадина Абдуллаева выиграла турнир.", "Мадина Абдуллаева"),
    ],
)
def test_a_first_name_read_first_as_a_place_stays_in_the_name(text: str, name: str) -> None:
    assert name in _names(text), extract_people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a preposition of place the word is the place
        ("В Софии Петров встретился с коллегами.", "Петров"),
        ("В Сантьяго Мартинес провел пресс-конференцию.", "Мартинес"),
        # a declined surname in a case or gender the first name does not have
        ("О Софии Земане вышла книга.", "Земан"),
        ("В Милане Земан встретился с коллегами.", "Земан"),
        ("Туристы поднялись на Эльбрус. Петров сказал.", "Петров"),
    ],
)
def test_a_place_before_a_surname_stays_a_place(text: str, name: str) -> None:
    assert _names(text) == [name], extract_people(text)


def test_a_country_before_a_name_is_no_first_name() -> None:
    # a country's name before a role's name is its complement (президент Чада ...)
    people = extract_people("Президент Чада Идрис Деби прибыл в Париж.")
    assert [p.name for p in people] == ["Идрис Деби"]
    assert people[0].role == "президент"


@pytest.mark.parametrize(
    "text",
    [
        "Танкер «Адмирал Макаров» прибыл в порт Новороссийск.",
        "Крейсер «Маршал Устинов» вернулся в Североморск.",
        "Плавучая АЭС «Академик Ломоносов» прибыла в Певек.",
        "Ледокол «Капитан Хлебников» вышел из Владивостока.",
    ],
)
def test_a_name_after_a_title_of_rank_in_quotes_names_a_thing(text: str) -> None:
    assert extract_people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # one end of a route whose other end is a place: a place, no one's name
        "Газ пойдет по газопроводу Яссы — Унгены.",
        "Строительство газопровода Яссы — Кишинев завершено.",
        "Рейс Москва — Яссы отменен из-за погоды.",
        "Авария произошла на трассе «Калязин — Сергиев Посад».",
    ],
)
def test_a_route_end_is_no_name(text: str) -> None:
    assert extract_people(text) == []


@pytest.mark.parametrize(
    ("words", "place"),
    [
        (("Коста", "Рика"), True),
        (("Тель", "Авив"), True),
        (("Нью", "Йорк"), True),
        (("Рио", "де", "Жанейро"), True),
        (("Сан", "Франциско"), True),
        (("Жан", "Поль"), False),  # a double first name: joined, no dictionary word
        (("Пак", "Чен", "Ына"), False),
        (("Ким", "Чен"), False),
    ],
)
def test_words_written_apart_are_a_place_when_joined_they_are_one(
    words: tuple[str, ...], place: bool
) -> None:
    assert _joined_place(words) is place
