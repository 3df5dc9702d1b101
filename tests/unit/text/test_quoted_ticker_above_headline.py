"""A line ending in a closing quote with no stop before it (a ticker's or a sidebar's headline:
``13:55 Китай и Россия обсудили поставки газа по «Силе Сибири»``) is no paragraph: the article's
body does not start there, and the headline and date line under it are the article's, not a
teaser's that ends the body. A paragraph ending in a stop inside or after its quotes still is
one."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text

PAGES = [
    (
        "РБК\n13:55 Китай и Россия обсудили поставки газа по «Силе Сибири — 2»\n\n"
        "Монголия нарастила экспорт угля в Китай\n1 декабря 2026, 11:05\n\n"
        "Монголия в январе-октябре 2026 года экспортировала в Китай 83,7 млн тонн угля, сообщил министр.\n"
        "По его словам, поставки идут через пункт пропуска Гашуунсухайт.\n",
        "Монголия нарастила экспорт угля в Китай",
        date(2026, 12, 1),
        "Монголия в январе-октябре",
    ),
    (
        "Укрінформ\nПольща і Україна обговорили проєкт «Балтія — Чорне море»\n\n"
        "Литва передасть Україні ще 20 млн євро на енергетику\n01.12.2026 14:35\n\n"
        "Міністр закордонних справ Литви повідомив, що Литва передасть Україні ще 20 млн євро.\n",
        "Литва передасть Україні ще 20 млн євро на енергетику",
        date(2026, 12, 1),
        "Міністр закордонних справ Литви",
    ),
    (
        "Gazeta\n10:20 Węgry i Słowacja podpisały umowę o gazociągu „Eastring”\n\n"
        "Czechy i Austria uzgodniły nowe połączenie kolejowe\n27.11.2026 13:20\n\n"
        "Ministrowie transportu Czech i Austrii podpisali w Wiedniu porozumienie o nowym połączeniu.\n",
        "Czechy i Austria uzgodniły nowe połączenie kolejowe",
        date(2026, 11, 27),
        "Ministrowie transportu",
    ),
    (
        "БелТА\n09:40 Лукашенко открыл фестиваль «Славянский базар в Витебске»\n\n"
        "Беларусь и Вьетнам обсудили поставки тракторов\n3 декабря 2026, 12:00\n\n"
        "Министр промышленности Беларуси провел переговоры с делегацией Вьетнама в Минске.\n",
        "Беларусь и Вьетнам обсудили поставки тракторов",
        date(2026, 12, 3),
        "Министр промышленности",
    ),
]


@pytest.mark.parametrize(("page", "title", "published", "opening"), PAGES)
def test_quoted_ticker_line_is_no_paragraph(page: str, title: str, published: date, opening: str) -> None:
    meta = parse_scraped_text(page)
    body = page[meta.body_start : meta.body_end]
    assert (meta.title, meta.published_date) == (title, published)
    assert body.startswith(opening)
    assert "»\n" not in body and "”\n" not in body


@pytest.mark.parametrize(
    "lead",
    [
        "Министр заявил журналистам, что стороны готовы «двигаться вперед без промедления».",
        "Министр заявил журналистам, что стороны готовы «двигаться вперед без промедления!»",
    ],
)
def test_paragraph_ending_in_quotes_with_a_stop_is_text(lead: str) -> None:
    page = (
        f"Казахстан и Китай обсудили транзит\n2 декабря 2026, 10:00\n\n{lead}\nВторой абзац текста статьи.\n"
    )
    meta = parse_scraped_text(page)
    assert meta.title == "Казахстан и Китай обсудили транзит"
    assert page[meta.body_start : meta.body_end].startswith(lead)
