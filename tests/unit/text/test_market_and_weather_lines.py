"""Market tickers and weather lines above the headline are page chrome, never the title: a
temperature is a signed figure with a degree sign, with or without its scale (``Алматы +4°
Астана -12°``); an exchange-rate quote is any ISO 4217 code or a pair of them (``EUR/PLN 4,24``);
a line of fewer than four words and more figures than words is a ticker (``WIG20 2 514,3 (+0,4%)
EUR/PLN 4,24``)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text

HEADLINES = [
    (
        "Казахстан и Кыргызстан договорились о воде для южных регионов",
        "2 декабря 2026, 18:40",
        "Министр водных ресурсов Казахстана и министр Кыргызстана подписали протокол о вододелении.",
        date(2026, 12, 2),
    ),
    (
        "Polskie jabłka podbijają Egipt. Eksport wzrósł o 40 proc.",
        "26.11.2026, 10:05",
        "Eksport polskich jabłek do Egiptu wzrósł w pierwszych dwóch miesiącach sezonu o 40 proc.",
        date(2026, 11, 26),
    ),
    (
        "Україна та Молдова домовилися про спільний енергетичний ринок",
        "01.12.2026 10:15",
        "Міністри енергетики України та Молдови підписали меморандум про спільний енергетичний ринок.",
        date(2026, 12, 1),
    ),
]

CHROME = [
    "Алматы +4°  Астана -12°",
    "Минск −3°  Гродно +1°",
    "WIG20 2 514,3 (+0,4%)  EUR/PLN 4,24",
    "EUR/UAH 48,20  USD/UAH 41,50",
    "IMOEX 2 801,5 (−0,3%)  Brent 63,1",
    "GBP 1,27  CHF 1,12",
]


@pytest.mark.parametrize("chrome", CHROME)
@pytest.mark.parametrize(("headline", "date_line", "lead", "published"), HEADLINES)
def test_chrome_above_the_headline(
    chrome: str, headline: str, date_line: str, lead: str, published: date
) -> None:
    page = f"Портал\n{chrome}\n\n{headline}\n{date_line}\n\n{lead}\nВторой абзац статьи, совсем короткий.\n"
    meta = parse_scraped_text(page)
    assert (meta.title, meta.published_date) == (headline, published)
    assert page[meta.body_start : meta.body_end].startswith(lead)


@pytest.mark.parametrize(
    "headline",
    [
        "Brent подорожала до $63 за баррель",
        "Курс евро превысил 100 рублей впервые с весны",
        "Экспорт вырос до $5 млрд, импорт — до $3 млрд",
    ],
)
def test_headlines_with_figures_stay_headlines(headline: str) -> None:
    page = f"Портал\n\n{headline}\n2 декабря 2026, 18:40\n\nЦены на нефть выросли на торгах во вторник после решения стран ОПЕК+.\n"
    assert parse_scraped_text(page).title == headline
