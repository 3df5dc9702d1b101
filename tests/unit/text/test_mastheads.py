"""A text page's first line that is the outlet's masthead names the publisher: an outlet's name,
a domain, a brand of the outlet's shape, or ``Section | Outlet``. A headline, a section name or a
navigation bar names none."""

from __future__ import annotations

import pytest

from flows.text.article import masthead_publisher, parse_scraped_text

HEADLINE = "Президенты двух стран обсудили торговлю и транзит"
BODY = "Президент Казахстана и президент Узбекистана встретились в Ташкенте и обсудили торговлю в среду."


def _page(first: str | None, headline: str | None = HEADLINE, body: str = BODY) -> str:
    lines = [x for x in (first, headline) if x is not None]
    return "\n\n".join([*lines, body]) + "\n"


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        ("Звязда", "Звязда"),
        ("Укрінформ", "Укрінформ"),
        ("Новости Казахстана | Tengrinews", "Tengrinews"),
        ("Экономика — Kazinform", "Kazinform"),
        ("Polityka | PAP", "PAP"),
        ("Наша Ніва", "Наша Ніва"),
        ("zakon.kz", "zakon.kz"),
        ("Sputnik Армения", "Sputnik Армения"),
        ("Kyiv Post", "Kyiv Post"),
        ("Арменпресс", "Арменпресс"),
        ("  Новини | Суспільне  ", "Суспільне"),
    ],
)
def test_a_masthead_first_line_names_the_publisher(first, publisher):
    meta = parse_scraped_text(_page(first))
    assert meta.publisher == publisher
    assert meta.title == HEADLINE


@pytest.mark.parametrize(
    "first",
    [
        "Политика",  # a section
        "Главные новости",  # a section ending in a masthead noun, not an outlet's title case
        "Главная | Политика | Экономика",  # a navigation bar
        "Новости | Политика",  # a section path: its last part is no outlet
        "Вторник, 1 декабря 2026",  # a date line
        "Meduza сообщила о новых санкциях.",  # a sentence
    ],
)
def test_a_first_line_of_another_shape_names_no_publisher(first):
    assert parse_scraped_text(_page(first)).publisher is None


def test_a_headline_is_no_masthead():
    # the first line is the headline itself: no publisher, though it ends in an outlet's word
    page = _page(None, "Токаев и Мирзиёев обсудили проект Kazinform")
    assert parse_scraped_text(page).publisher is None
    assert masthead_publisher("Токаев и Мирзиёев обсудили торговлю в Ташкенте") is None


def test_a_line_below_the_headline_is_no_masthead():
    page = f"{HEADLINE}\n\nУкрінформ\n\n{BODY}\n"
    assert parse_scraped_text(page).publisher is None


def test_the_masthead_is_the_pages_publisher_before_the_datelines_agency():
    body = "АСТАНА, 30 ноября /ТАСС/. Президент Казахстана встретился с президентом Узбекистана в Астане."
    assert parse_scraped_text(_page("Tengrinews.kz", body=body)).publisher == "Tengrinews.kz"
    assert parse_scraped_text(_page(None, body=body)).publisher == "ТАСС"


@pytest.mark.parametrize(
    ("first", "second", "publisher"),
    [
        ("Вечерний Гродно", "vgr.by | Главная > Экономика", "vgr.by"),
        ("Голос Громады", "Новини | hromada.ua", "hromada.ua"),
    ],
)
def test_a_domain_line_under_an_outlet_name_of_no_known_shape_names_the_publisher(first, second, publisher):
    page = "\n".join([first, second, "", HEADLINE, "", BODY]) + "\n"
    meta = parse_scraped_text(page)
    assert (meta.publisher, meta.title) == (publisher, HEADLINE)


def test_only_the_first_two_lines_are_read_for_a_masthead():
    page = "\n".join(["Политика", "Главная | Экономика", "Новости | vgr.by", "", HEADLINE, "", BODY]) + "\n"
    assert parse_scraped_text(page).publisher is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Уральский вестник", "Уральский вестник"),
        ("Кубань Ньюс — новости Краснодара", "Кубань Ньюс"),
        ("Бизнес сегодня", "Бизнес сегодня"),
        ("Поліський вісник", "Поліський вісник"),
        ("Dziennik Bałtycki", "Dziennik Bałtycki"),
    ],
)
def test_a_masthead_capitalised_as_the_language_writes_it_names_the_outlet(line: str, outlet: str) -> None:
    assert masthead_publisher(line) == outlet


@pytest.mark.parametrize("line", ["Последние новости", "Все новости", "Latest news", "Daily news"])
def test_a_sections_heading_is_no_outlet(line: str) -> None:
    assert masthead_publisher(line) is None
