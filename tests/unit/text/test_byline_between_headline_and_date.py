"""A byline alone on its line between the headline and the page's date line (``By Aida
Nurmagambetova``, ``Автор: Мария Соколова``, ``Autor: Jan Nowak``) leaves the headline over its
date: a teaser's headline above it is not the title, the date is the page's, and the body starts
at the lead."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text
from flows.text.dates import byline_line

PAGES = [
    (
        "The Standard\nKenya, Tanzania resume talks on border trade\n\n"
        "Kenya and Oman sign deal on seafarers and livestock exports\nBy Aida Nurmagambetova\n"
        "November 27, 2026\n\nKenya and Oman on Thursday signed an agreement on labour mobility, officials said.\n",
        "Kenya and Oman sign deal on seafarers and livestock exports",
        date(2026, 11, 27),
        "Kenya and Oman on Thursday",
    ),
    (
        "Rzeczpospolita\nNiemcy i Polska podpisały umowę o obronie powietrznej\n\n"
        "Sikorski i Budrys rozmawiali o Rail Baltica w Wilnie\nAutor: Jan Nowak\n27.11.2026 13:20\n\n"
        "Wymiana handlowa Polski i Litwy w 2025 roku wyniosła 7,9 mld euro, poinformował minister.\n",
        "Sikorski i Budrys rozmawiali o Rail Baltica w Wilnie",
        date(2026, 11, 27),
        "Wymiana handlowa",
    ),
    (
        "Коммерсантъ\nКитай и Россия обсудили поставки газа  3 часа назад\n\n"
        "Армения и Грузия договорились о новом пункте пропуска\nАвтор: Мария Соколова\n"
        "2 декабря 2026, 15:40\n\nПравительства Армении и Грузии подписали соглашение о новом пункте пропуска.\n",
        "Армения и Грузия договорились о новом пункте пропуска",
        date(2026, 12, 2),
        "Правительства Армении",
    ),
    (
        "Укрінформ\nСловаччина та Угорщина обговорили газовий транзит\n\n"
        "Литва та Україна домовилися про спільне виробництво дронів\nАвтор: Олена Коваль\n"
        "01.12.2026 10:15\n\nУряди Литви та України підписали меморандум про спільне виробництво дронів.\n",
        "Литва та Україна домовилися про спільне виробництво дронів",
        date(2026, 12, 1),
        "Уряди Литви",
    ),
]


@pytest.mark.parametrize(("page", "title", "published", "opening"), PAGES)
def test_byline_between_headline_and_date(page: str, title: str, published: date, opening: str) -> None:
    meta = parse_scraped_text(page)
    assert (meta.title, meta.published_date, meta.published_date_source) == (title, published, "header")
    assert page[meta.body_start : meta.body_end].startswith(opening)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Aida Nurmagambetova", True),
        ("Автор: Мария Соколова", True),
        ("Autorka: Anna Maria Kowalska", True),
        ("By December 2026 the talks resumed", False),
        ("Автор: Мария Соколова | 2 декабря 2026", False),
    ],
)
def test_byline_line(line: str, expected: bool) -> None:
    assert byline_line(line) is expected
