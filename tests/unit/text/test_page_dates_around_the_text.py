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
