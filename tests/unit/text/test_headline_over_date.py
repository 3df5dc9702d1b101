"""A long headline that ends like a sentence (``?``, ``!``, ``»``, ``.``) over the page's date line
is the title, not the first paragraph: the date under it is the page's, and the body starts at
the lead (``parse_scraped_text``)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text

LEAD = {
    "ru": "Министр иностранных дел Казахстана провел переговоры с коллегой из Узбекистана в Ташкенте.",
    "en": "The foreign ministers of Kazakhstan and Uzbekistan held talks in Tashkent on Tuesday.",
    "pl": "Ministrowie spraw zagranicznych Polski i Czech rozmawiali we wtorek w Pradze o współpracy.",
    "uk": "Міністри закордонних справ України та Молдови провели переговори у Кишиневі у вівторок.",
}


@pytest.mark.parametrize(
    ("headline", "date_line", "lang", "published"),
    [
        (
            "Зачем Казахстан и Узбекистан строят новую железную дорогу через пустыню?",
            "02.12.2026 09:15",
            "ru",
            date(2026, 12, 2),
        ),
        (
            "Токаев призвал соседей ускорить строительство новой железной дороги в регионе!",
            "2 декабря 2026, 09:15",
            "ru",
            date(2026, 12, 2),
        ),
        (
            "Мирзиёев назвал переговоры в Ташкенте «новой страницей в отношениях двух стран»",
            "2 декабря 2026 г. 09:15",
            "ru",
            date(2026, 12, 2),
        ),
        (
            "Why are Kazakhstan and Uzbekistan building a new railway across the desert?",
            "December 2, 2026",
            "en",
            date(2026, 12, 2),
        ),
        (
            "Sikorski: Polska i Czechy muszą wspólnie chronić granicę przed nowymi zagrożeniami.",
            "2 grudnia 2026, 09:15",
            "pl",
            date(2026, 12, 2),
        ),
        (
            "Чому Україна та Молдова будують новий міст через річку Дністер саме зараз?",
            "02.12.2026 09:15",
            "uk",
            date(2026, 12, 2),
        ),
    ],
)
def test_a_long_headline_over_a_date_line_is_the_title(headline, date_line, lang, published):
    page = f"Главная | Новости | Политика | Экономика\n\n{headline}\n{date_line}\n\n{LEAD[lang]}\nВторой абзац текста.\n"
    meta = parse_scraped_text(page)
    assert meta.title == headline
    assert (meta.published_date, meta.published_date_source) == (published, "header")
    assert page[meta.body_start :].startswith(LEAD[lang])


def test_an_agency_dateline_under_a_long_headline_opens_the_body():
    headline = "Лукашенко предложил Казахстану создать совместное производство тракторов в Беларуси!"
    page = f"{headline}\n02.12.2026 08:00\n\nМИНСК, 2 декабря. /ТАСС/. Президент Белоруссии предложил создать производство.\n"
    meta = parse_scraped_text(page)
    assert meta.title == headline
    assert page[meta.body_start :].startswith("МИНСК, 2 декабря.")
    assert meta.published_date == date(2026, 12, 2)


def test_a_paragraph_without_a_date_line_under_it_stays_the_body():
    page = (
        "Новости\n\nПрезидент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Узбекистана в Астане.\n"
        "Стороны обсудили торговлю и транзит.\n"
    )
    meta = parse_scraped_text(page)
    assert page[meta.body_start :].startswith("Президент Казахстана")
