"""Date lines as pages print them beside other things: a byline before the date, a time zone in
lower case, an English ordinal with "of"; and lines that stay no date line."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text
from flows.text.dates import date_line


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By Anna Lee, March 3, 2026", date(2026, 3, 3)),
        ("Written by Mark O'Neil | Jan. 14, 2025", date(2025, 1, 14)),
        ("Автор: Ольга Сидоренко | 17 июня 2026", date(2026, 6, 17)),
        ("Автор: И. Ковалев, 02.09.2025 11:20", date(2025, 9, 2)),
        ("Autorka: Anna Wiśniewska, 8 lutego 2026, 09:05", date(2026, 2, 8)),
        ("Аўтар: Сяргей Дубавец | 21 мая 2026", date(2026, 5, 21)),
        ("03.04.2026 10:30 (мск)", date(2026, 4, 3)),
        ("17:45 msk, 3 апреля 2026", date(2026, 4, 3)),
        ("Posted on the 21st of May 2026", date(2026, 5, 21)),
        ("Published on 2nd of June 2026, 08:10", date(2026, 6, 2)),
        # long names, and two authors: the date past the first 32 characters
        ("By Aida Nurmagambetova, December 1, 2026", date(2026, 12, 1)),
        ("By Zhanna Shayakhmetova and Dana Omirgazy, Nov. 4, 2026", date(2026, 11, 4)),
        ("Автор: Айгерим Нурмагамбетова | 3 ноября 2026, 14:05", date(2026, 11, 3)),
        ("Автор: Анна Ли и Дана Омиргазы | 1 декабря 2026", date(2026, 12, 1)),
        ("Autor: Katarzyna Przybyszewska-Wojciechowska, 8 lutego 2026", date(2026, 2, 8)),
    ],
)
def test_a_date_line_with_a_byline_zone_or_ordinal(line: str, day: date) -> None:
    found = date_line(line)
    assert found is not None
    assert (found[0].year, found[0].month, found[0].day) == (day.year, day.month, day.day)


@pytest.mark.parametrize(
    "line",
    [
        "Встреча прошла 5 декабря 2026",
        "By the end of March 2026",
        "Автор идеи выступил 3 апреля 2026 года в Минске с докладом",
        "the 5th of December 2026 was a Saturday",
    ],
)
def test_prose_with_a_date_is_no_date_line(line: str) -> None:
    assert date_line(line) is None


@pytest.mark.parametrize(
    "byline",
    ["By Anna Lee, March 3, 2026", "Автор: Ольга Сидоренко | 3 марта 2026", "03.03.2026 09:00 (мск)"],
)
def test_the_line_under_the_headline_gives_the_date_and_is_no_title(byline: str) -> None:
    text = (
        "Uzbekistan and Turkey expand rail freight\n"
        f"{byline}\n"
        "Uzbekistan and Turkey agreed to double rail freight between the two countries by 2028. "
        "The sides signed a roadmap in Tashkent.\n"
    )
    meta = parse_scraped_text(text)
    assert meta.title == "Uzbekistan and Turkey expand rail freight"
    assert meta.published_date == date(2026, 3, 3)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # an author's name before the publication label, set off by a dash, a bar or a comma
        ("Ірина Мельник — Опубліковано: 4 грудня 2026, 09:15", date(2026, 12, 4)),
        ("Сергей Ким | Опубликовано: 4 декабря 2026", date(2026, 12, 4)),
        ("Alicja Nowak-Zielińska, Opublikowano: 4 grudnia 2026 r.", date(2026, 12, 4)),
        ("By Tom O'Brien — Published December 4, 2026", date(2026, 12, 4)),
        ("Аляксей Шыла · Апублікавана 04.12.2026 10:00", date(2026, 12, 4)),
    ],
)
def test_an_authors_name_before_the_published_label(line: str, day: date) -> None:
    found = date_line(line)
    assert found is not None
    assert (found[0].year, found[0].month, found[0].day) == (day.year, day.month, day.day)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence naming a publication is no date line
        "Министр сообщил, что доклад опубликовано 4 декабря 2026 года в Минске",
        "Ірина Мельник — Прем'єр-міністр 4 грудня 2026",
    ],
)
def test_words_before_a_date_that_are_no_author_and_label(line: str) -> None:
    assert date_line(line) is None
