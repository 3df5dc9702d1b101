"""Page heads on unseen sites: a date line with a byline, a rubric or a source set off after the
date; a date line with no year next to the headline, its year from the collection day; a dek (a
subheadline with no stop) under the headline, the date above the headline or between them; and a
masthead naming the outlet before its tagline."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text
from flows.text.dates import date_line

BODY = "Правительства двух стран подписали соглашение о поставках зерна, сообщила пресс-служба."


@pytest.mark.parametrize(
    "line",
    [
        "3 снежня 2026, 09:40 | Аўтар: Павел Лаўрыновіч",
        "3 декабря 2026, 09:40 | Автор: Мария Соколова",
        "03.12.2026 09:40 | Автор: Иван Сидоров",
        "3 грудня 2026, 09:40 | Автор: Олена Коваль",
        "3 grudnia 2026 r. | Autor: Anna Kowalska",
        "Dec 3, 2026 | By Mark Evans",
        "3 декабря 2026, 09:40 | Политика",
        "3 grudnia 2026 | Gospodarka",
        "Dec 3, 2026 | Business",
        "3 декабря 2026, 09:40 | Источник: РИА Новости",
        "09:40 | 3 декабря 2026 | Экономика",
    ],
)
def test_a_date_line_with_a_byline_rubric_or_source_after_the_date(line: str) -> None:
    found = date_line(line)
    assert found is not None and found[0].to_date() == date(2026, 12, 3)
    page = f"Беларусь и Куба обсудили поставки сахара\n{line}\n\n{BODY}\n"
    meta = parse_scraped_text(page)
    assert (meta.published_date, meta.published_date_source) == (date(2026, 12, 3), "header")


@pytest.mark.parametrize(
    "line",
    [
        "3 декабря 2026 | Россия и Китай подписали соглашение",  # a headline after the bar
        "3 декабря 2026 Москва сообщила о переговорах",
    ],
)
def test_a_date_beside_a_headline_or_prose_is_no_date_line(line: str) -> None:
    assert date_line(line) is None


@pytest.mark.parametrize(
    ("line", "collected", "expected"),
    [
        ("3 декабря, 09:40", date(2026, 12, 4), date(2026, 12, 3)),
        ("3 грудня, 09:40", date(2026, 12, 4), date(2026, 12, 3)),
        ("3 grudnia, 09:40", date(2026, 12, 4), date(2026, 12, 3)),
        ("3 желтоқсан, 09:40", date(2026, 12, 4), date(2026, 12, 3)),
        # a day after the collection day is last year's
        ("30 декабря, 18:00", date(2027, 1, 2), date(2026, 12, 30)),
        # collected too long after: no date
        ("3 декабря, 09:40", date(2027, 3, 1), None),
    ],
)
def test_a_date_line_without_a_year_under_the_headline(
    line: str, collected: date, expected: date | None
) -> None:
    page = f"Главная | Новости | Спорт\nБеларусь и Куба обсудили поставки сахара\n{line}\n\n{BODY}\n"
    meta = parse_scraped_text(page, collected=collected)
    assert meta.published_date == expected
    assert meta.published_date_source == ("header" if expected else "none")
    assert meta.title == "Беларусь и Куба обсудили поставки сахара"


def test_a_date_line_without_a_year_takes_the_feed_item_s_year() -> None:
    page = f"Беларусь и Куба обсудили поставки сахара\n3 декабря, 09:40\n\n{BODY}\n"
    meta = parse_scraped_text(page, context=date(2026, 12, 3))
    assert meta.published_date == date(2026, 12, 3)


HEADLINE = "Казахстан и Китай договорились о новом железнодорожном переходе"
DEK = "Пропускная способность границы вырастет вдвое"


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (["Экономика, 3 дек 2026, 11:20", HEADLINE, DEK], HEADLINE),  # the date above the headline
        ([HEADLINE, "3 декабря 2026, 11:20", DEK], HEADLINE),  # the date between
        (
            [
                "Gospodarka, 3 grudnia 2026",
                "Polska i Litwa uzgodniły budowę mostu",
                "Inwestycja skróci drogę do Wilna",
            ],
            "Polska i Litwa uzgodniły budowę mostu",
        ),
        (
            ["Japan and Vietnam agree on a metro loan", "Dec 3, 2026", "The line will open in 2030"],
            "Japan and Vietnam agree on a metro loan",
        ),
    ],
)
def test_a_dek_under_the_headline_is_not_the_title(head: list[str], headline: str) -> None:
    page = "\n".join(["Коммерсантъ", *head, "", BODY]) + "\n"
    meta = parse_scraped_text(page)
    assert meta.title == headline
    assert meta.published_date == date(2026, 12, 3)
    assert page[meta.body_start : meta.body_end] == BODY


@pytest.mark.parametrize(
    ("masthead", "publisher"),
    [
        ("Звязда — грамадска-палітычная газета", "Звязда"),
        ("ВЗГЛЯД / Деловая газета", "ВЗГЛЯД"),
        ("БЕЛТА — Новости Беларуси", "БЕЛТА"),
        ("Укрінформ — мультимедійна платформа іномовлення України", "Укрінформ"),
        ("Kazinform — International News Agency", "Kazinform"),
        ("Новости Казахстана | Tengrinews", "Tengrinews"),
    ],
)
def test_a_masthead_naming_the_outlet_before_its_tagline(masthead: str, publisher: str) -> None:
    page = f"{masthead}\nБеларусь и Куба обсудили поставки сахара\n3 декабря 2026, 09:40\n\n{BODY}\n"
    assert parse_scraped_text(page).publisher == publisher
