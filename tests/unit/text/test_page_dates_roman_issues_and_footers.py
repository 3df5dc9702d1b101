"""Dates and publishers a page states in less common ways: the month in Roman numerals (``3.XII.2026``,
``3 XII 2026``), a newspaper's issue header naming its weekday beside the issue's number
(``Четверг, 10 сентября 2026 года | № 171 (28 305)``), a footer saying when the story was
published (``Материал опубликован 14.09.2026 в 18:20.``), an outlet's name above its tagline
(``Северный рабочий / Ежедневная газета``), an agency's name before a colon in the dateline
(``Тбилиси, 14 сентября. Sakinform: ...``), and a portal's featured story above the date, which is
no headline (``Главное: ...``)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import match_dateline, parse_scraped_text
from flows.text.dates import date_line, find_dates, issue_day, publication_statement

HEADLINE = "Грузия и Армения договорились о строительстве моста через Дебед"
LEAD = (
    "Премьер-министры двух стран встретились в Тбилиси и подписали соглашение о строительстве "
    "нового моста. Работы начнутся весной следующего года."
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("14.IX.2026 | 08:05", date(2026, 9, 14)),
        ("14 IX 2026, 08:05", date(2026, 9, 14)),
        ("05. IV. 2025 r.", date(2025, 4, 5)),
        ("1 I 2026", date(2026, 1, 1)),
        ("30.XI.2026", date(2026, 11, 30)),
    ],
)
def test_a_month_in_roman_numerals_makes_a_date_line(line: str, day: date) -> None:
    found = date_line(line)
    assert found is not None and found[0].to_date() == day


@pytest.mark.parametrize(
    "text",
    ["XII съезд партии 2026", "глава IV 2026", "14 IX", "Rozdział 3 XI 20", "14 ix 2026"],
)
def test_a_roman_numeral_without_a_day_and_a_year_is_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "dated",
    ["14.IX.2026 | 08:05", "Opublikowano: 14 IX 2026, 08:05"],
)
def test_a_page_dated_with_a_roman_month_gets_that_day(dated: str) -> None:
    page = f"Kurier Wschodni\n{dated}\n\n{HEADLINE}\n\n{LEAD}\n"
    meta = parse_scraped_text(page)
    assert meta.published_date == date(2026, 9, 14)
    assert meta.title == HEADLINE


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Четверг, 10 сентября 2026 года | № 171 (28 305)", date(2026, 9, 10)),
        ("№ 171 (28305) · 10 września 2026", date(2026, 9, 10)),
        ("Wtorek, 8 września 2026 | Nr 209 (9 951)", date(2026, 9, 8)),
        ("Вторник, 8 сентября 2026 | Выпуск № 44", date(2026, 9, 8)),
    ],
)
def test_an_issue_header_dates_the_issue(line: str, day: date) -> None:
    assert issue_day(line) == day
    page = f"Северный край\n{line}\n\n{HEADLINE}\n\n{LEAD}\n"
    meta = parse_scraped_text(page)
    assert meta.published_date == day
    assert meta.title == HEADLINE


def test_a_weekday_date_beside_weather_stays_the_portals_today() -> None:
    page = f"Северный край\nЧетверг, 10 сентября 2026 | Ярославль: +12 °C\n\n{HEADLINE}\n\n{LEAD}\n"
    assert parse_scraped_text(page).published_date is None
    assert issue_day("Четверг, 10 сентября 2026 | Указ № 171") is None


@pytest.mark.parametrize(
    ("footer", "day"),
    [
        ("Материал опубликован 14.09.2026 в 18:20. Перепечатка без ссылки запрещена.", date(2026, 9, 14)),
        ("Статья опубликована 14 сентября 2026 года.", date(2026, 9, 14)),
        ("Матеріал опубліковано 14 вересня 2026 р., 18:20", date(2026, 9, 14)),
        ("Artykuł opublikowano 14 września 2026 r.", date(2026, 9, 14)),
        ("This story was first published on September 14, 2026.", date(2026, 9, 14)),
    ],
)
def test_a_footer_stating_the_publication_dates_a_page_without_a_date_line(footer: str, day: date) -> None:
    assert publication_statement(footer) == day
    page = (
        f"Северный край\nСегодня в 18:20\n\n{HEADLINE}\n\n{LEAD}\n\nЧитайте также\nДругая новость\n{footer}\n"
    )
    assert parse_scraped_text(page).published_date == day


@pytest.mark.parametrize(
    "line",
    [
        "Материал опубликован в газете «Северный край» 14 сентября 2026 года.",
        "Опубликовано 14 сентября 2026 года в журнале «Эксперт»",
        "Опубликован доклад ООН",
        "Материал опубликован 14 сентября.",
    ],
)
def test_a_statement_without_its_day_right_after_the_verb_dates_nothing(line: str) -> None:
    assert publication_statement(line) is None


def test_a_date_line_at_the_head_wins_over_a_footer_statement() -> None:
    page = (
        f"Северный край\n12.09.2026 10:00\n\n{HEADLINE}\n\n{LEAD}\n\n"
        "Материал опубликован 14.09.2026 в 18:20.\n"
    )
    assert parse_scraped_text(page).published_date == date(2026, 9, 12)


@pytest.mark.parametrize(
    ("name", "tagline"),
    [
        ("Северный Рабочий", "Ежедневная газета"),
        ("Голос Приднестровья", "Общественно-политическое издание"),
        ("KAVKAZ-Today", "Новости Кавказа и Закавказья"),
        ("Kurier Podlaski", "Niezależny dziennik regionu"),
        ("Вечірній Ужгород", "Новини Закарпаття"),
    ],
)
def test_an_outlets_name_above_its_tagline_is_the_publisher(name: str, tagline: str) -> None:
    page = f"{name}\n{tagline}\nГлавная | Политика | Экономика | Спорт\n12.09.2026 10:00\n\n{HEADLINE}\n\n{LEAD}\n"
    meta = parse_scraped_text(page)
    assert meta.publisher == name
    assert meta.title == HEADLINE


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Тбилиси, 14 сентября. Sakinform: Грузия и Армения", "Sakinform"),
        ("Ереван, 14 сентября. News.am: Грузия и Армения", "News.am"),
        ("Бишкек, 14 сентября. Кабар: Кыргызстан и Армения", "Кабар"),
        ("Бишкек, 14 сентября. Минэкономики: Кыргызстан и Армения", None),
        ("Москва, 14 сентября. Песков: Россия и Армения", None),
    ],
)
def test_an_agency_before_a_colon_closes_the_dateline(text: str, agency: str | None) -> None:
    found = match_dateline(text)
    if agency is None:
        assert found is None or found.agency is None
    else:
        assert found is not None and found.agency == agency


@pytest.mark.parametrize(
    "label",
    ["Главное", "Top story", "Najważniejsze", "Головне"],
)
def test_a_featured_story_over_the_date_is_no_headline(label: str) -> None:
    page = (
        f"Северный край\nГлавная | Политика | Экономика | Спорт\n"
        f"{label}: Курс лари к доллару упал до минимума за полгода — Нацбанк\n\n"
        f"12.09.2026 10:00\n\n{HEADLINE}\n\n{LEAD}\n"
    )
    meta = parse_scraped_text(page)
    assert meta.title == HEADLINE
    assert "Курс лари" not in page[meta.body_start : meta.body_end]
