"""Where a page states its headline and date besides the line under the headline: teasers of other
articles above the headline, each with its date; the headline, outlet and date on one line; the
date printed under the text. The article's own headline and date are read, never a teaser's."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text

BODY = {
    "ru": (
        "Стороны обсудили вопросы торгово-экономического сотрудничества, реализацию совместных проектов в "
        "промышленности и сельском хозяйстве.\nПо словам министра, товарооборот между странами вырос на 12%."
    ),
    "uk": (
        "Сторони обговорили питання торговельно-економічного співробітництва та реалізацію спільних проєктів "
        "в енергетиці.\nЗа словами міністра, товарообіг між країнами торік зріс на 12%."
    ),
    "pl": (
        "Strony omówiły kwestie współpracy handlowej i gospodarczej oraz realizację wspólnych projektów w "
        "energetyce.\nJak powiedział minister, obroty handlowe wzrosły o 12 proc."
    ),
}


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        (
            "Популярное\n3 апреля 2025\nМинск и Москва согласовали цены на газ на следующий год\n"
            "2 апреля 2025\nСтроительство АЭС обсудят весной\n\n"
            "Армения и Иран создадут совместное предприятие по сборке грузовиков\n4 апреля 2025, 09:10\n\n"
            + BODY["ru"],
            "Армения и Иран создадут совместное предприятие по сборке грузовиков",
            date(2025, 4, 4),
        ),
        (
            "Популярне\n7 жовтня 2024\nУряд ухвалив нові правила експорту зерна\n\n"
            "Україна та Молдова домовилися про спільний митний контроль на кордоні\n8 жовтня 2024, 16:20\n\n"
            + BODY["uk"],
            "Україна та Молдова домовилися про спільний митний контроль на кордоні",
            date(2024, 10, 8),
        ),
        (
            "Najczęściej czytane\n1 lutego 2025\nRząd przyjął nowy plan dla rolnictwa\n\n"
            "Polska i Litwa podpiszą umowę o budowie nowego połączenia kolejowego\n2 lutego 2025, 11:05\n\n"
            + BODY["pl"],
            "Polska i Litwa podpiszą umowę o budowie nowego połączenia kolejowego",
            date(2025, 2, 2),
        ),
    ],
)
def test_teasers_with_their_dates_above_the_headline_are_not_the_articles(
    text: str, title: str, published: date
) -> None:
    meta = parse_scraped_text(text)
    assert (meta.title, meta.published_date) == (title, published)
    # the body starts at its first paragraph, the headline out of it
    assert any(text[meta.body_start :].startswith(body) for body in BODY.values())


@pytest.mark.parametrize(
    ("line", "title", "published", "publisher"),
    [
        (
            "Россия и Вьетнам обсудили ядерный проект — ТАСС, 12 марта 2025",
            "Россия и Вьетнам обсудили ядерный проект",
            date(2025, 3, 12),
            "ТАСС",
        ),
        (
            "Казахстан и Азербайджан подписали соглашение о транзите — 14.05.2025",
            "Казахстан и Азербайджан подписали соглашение о транзите",
            date(2025, 5, 14),
            None,
        ),
        (
            "Грузия и Армения обсудили транзит грузов – РИА Новости, 03.06.2025",
            "Грузия и Армения обсудили транзит грузов",
            date(2025, 6, 3),
            "РИА Новости",
        ),
    ],
)
def test_a_headline_with_its_outlet_and_date_on_one_line(
    line: str, title: str, published: date, publisher: str | None
) -> None:
    meta = parse_scraped_text(f"Главная / Новости\n{line}\n\n{BODY['ru']}\n")
    assert (meta.title, meta.published_date, meta.published_date_source) == (title, published, "header")
    if publisher is not None:
        assert meta.publisher == publisher


@pytest.mark.parametrize(
    ("closing", "published"),
    [
        ("12.03.2025 14:35", date(2025, 3, 12)),
        ("Опубликовано: 5 июня 2025, 10:00", date(2025, 6, 5)),
        ("21.11.2024, 08:15", date(2024, 11, 21)),
    ],
)
def test_the_date_printed_under_the_text_is_the_pages_and_no_text(closing: str, published: date) -> None:
    text = f"Новости\nВьетнам и Россия обсудили поставки удобрений\n\n{BODY['ru']}\n{closing}\nТеги: Вьетнам, Россия\n"
    meta = parse_scraped_text(text)
    assert meta.published_date == published
    assert closing not in text[meta.body_start : meta.body_end]
    assert text[meta.body_start : meta.body_end].endswith("вырос на 12%.")


def test_a_date_under_the_text_never_replaces_the_heads() -> None:
    text = f"Вьетнам и Россия обсудили поставки удобрений\n2 марта 2025, 10:00\n\n{BODY['ru']}\n12.03.2025 14:35\n"
    assert parse_scraped_text(text).published_date == date(2025, 3, 2)


EN_BODY = (
    "The two sides discussed trade and economic cooperation and joint projects in industry and "
    "agriculture.\nAccording to the minister, bilateral trade grew by 12% last year."
)


@pytest.mark.parametrize(
    ("date_text", "published", "modified"),
    [
        ("March 12, 20252:35 PM GMT+3", date(2025, 3, 12), None),
        ("March 12, 2025 2:35 PM GMT+3Updated 2 hours ago", date(2025, 3, 12), None),
        ("12.03.202514:35", date(2025, 3, 12), None),
        (
            "March 12, 2025 at 2:35 PM GMT+3\nUpdated on March 13, 2025 at 9:05 AM GMT+3",
            date(2025, 3, 12),
            date(2025, 3, 13),
        ),
    ],
)
def test_date_lines_glued_by_widgets(date_text: str, published: date, modified: date | None) -> None:
    headline = "Poland and Lithuania to build new power link"
    meta = parse_scraped_text(f"{headline}\n{date_text}\n\n{EN_BODY}\n")
    assert (meta.title, meta.published_date, meta.modified_date) == (headline, published, modified)


@pytest.mark.parametrize(
    ("headline", "weekday_line", "published"),
    [
        ("Беларусь и Венесуэла обсудили поставки тракторов", "Среда, 12 марта 2025", date(2025, 3, 12)),
        (
            "Узбекистан и Китай договорились о поставках меди",
            "Вторник, 11 марта 2025, 14:35",
            date(2025, 3, 11),
        ),
        ("Polska i Czechy podpisały umowę gazową", "Środa, 12 marca 2025", date(2025, 3, 12)),
        ("Poland and Lithuania to build new power link", "Wednesday, March 12, 2025", date(2025, 3, 12)),
    ],
)
def test_a_weekday_date_right_under_the_headline_is_the_articles(
    headline: str, weekday_line: str, published: date
) -> None:
    body = EN_BODY if headline.startswith("Poland") else BODY["pl" if headline.startswith("Polska") else "ru"]
    meta = parse_scraped_text(f"Экономика\n{headline}\n{weekday_line}\n\n{body}\n")
    assert (meta.title, meta.published_date) == (headline, published)


@pytest.mark.parametrize(
    "today",
    [
        "Среда, 3 декабря 2025",
        "Środa, 3 grudnia 2025",
        "Wednesday, December 3, 2025",
        "Середа, 3 грудня 2025",
    ],
)
def test_a_weekday_date_in_the_portal_head_is_its_today(today: str) -> None:
    text = f"{today}\nНовости Политика Экономика\n\nБеларусь и Венесуэла обсудили поставки тракторов\n\n{BODY['ru']}\n"
    assert parse_scraped_text(text).published_date is None
