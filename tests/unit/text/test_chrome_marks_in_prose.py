"""A mark of page chrome (a temperature, a link, two exchange-rate quotes) inside a sentence of
the article does not make the sentence chrome: the paragraph stays body, the date beside it stays
the article's, the headline that names two amounts stays the title."""

from __future__ import annotations

from datetime import date

import pytest

from flows.ingest.documents import InputItem, parse_inputs
from flows.text.article import _is_title_candidate, is_chrome_line, is_prose_line, parse_scraped_text

PROSE_WITH_MARKS = [
    "Товарооборот Беларуси и Вьетнама за девять месяцев составил $412 млн, тогда как годом ранее — $387 млн.",
    "Инвестиции Евросоюза в экономику Армении достигли EUR 640 млн, а кредиты ЕБРР — EUR 210 млн за год.",
    "Kazakhstan's grain exports to Iran rose to $310 million, while imports of fruit reached $95 million last year.",
    "Полный текст совместного заявления опубликован на официальном сайте министерства https://mfa.gov.by/press/.",
    "Из-за жары до +41 °C переговоры делегаций Индии и Пакистана перенесли с полудня на вечер пятницы.",
]

WIDGETS = [
    "USD 92,51 ▲ EUR 99,10 ▼ CNY 12,70",
    "Курсы ЦБ: $ 92,51 € 99,10",
    # quotes as equations: "1 USD = 1,7000 AZN"
    "ЦБА: 1 USD = 1,7000 AZN · 1 EUR = 1,9864 AZN · Brent 64,20",
    "NBP: 1 EUR = 4,2150 PLN | 1 USD = 3,6410 PLN",
    "Минск −2 °C, облачно",
    "Погода в Астане: +5°C",
    "Читайте также: https://example.org/news/123",
    "Подписывайтесь на наш канал в Telegram: https://t.me/dyad_news",
]


@pytest.mark.parametrize("line", PROSE_WITH_MARKS)
def test_a_sentence_with_chrome_marks_is_prose(line: str) -> None:
    assert not is_chrome_line(line)
    assert is_prose_line(line)


@pytest.mark.parametrize("line", WIDGETS)
def test_a_widget_is_chrome(line: str) -> None:
    assert is_chrome_line(line)
    assert not is_prose_line(line)


@pytest.mark.parametrize("paragraph", PROSE_WITH_MARKS[:3])
def test_a_one_paragraph_article_with_two_amounts_keeps_its_body_and_date(paragraph: str) -> None:
    text = f"Торговля растёт второй год подряд\n03.11.2026 09:15\n{paragraph}\n"
    meta = parse_scraped_text(text)
    assert meta.title == "Торговля растёт второй год подряд"
    assert meta.published_date == date(2026, 11, 3)
    assert text[meta.body_start : meta.body_end].strip() == paragraph


@pytest.mark.parametrize("kind", ["txt", "html"])
def test_a_one_paragraph_page_with_two_amounts_is_an_article(kind: str) -> None:
    title, paragraph = "Экспорт зерна вырос", PROSE_WITH_MARKS[2]
    page = (
        f"{title}\n\n{paragraph}\n"
        if kind == "txt"
        else f"<html><body><h1>{title}</h1><p>{paragraph}</p></body></html>"
    )
    (result,) = parse_inputs([InputItem(f"one.{kind}", kind, content=page.encode())])
    assert not result.rejected
    assert paragraph in result.articles[0].body


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Экспорт вырос до $5 млрд, импорт — до $3 млрд", True),
        ("Инвестиции выросли с €2 млрд до €3,5 млрд за год", True),
        ("Курсы ЦБ: USD 92,51 EUR 99,10", False),
        ("Погода в Минске: −2 °C, облачно, ветер слабый", False),
    ],
)
def test_a_headline_may_name_two_amounts(line: str, title: bool) -> None:
    assert _is_title_candidate(line) is title


def test_a_rates_ticker_above_the_headline_is_no_title() -> None:
    page = (
        "Интерфакс-Грузия\n"
        "Главная | Политика | Экономика | Энергетика | В мире\n"
        "НБГ: 1 USD = 2,7140 GEL · 1 EUR = 2,9512 GEL · Brent 63,10\n\n"
        "09.12.2026 10:15\n\n"
        "Грузия и Турция договорились о поставках электроэнергии\n\n"
        "Тбилиси. 9 декабря. ИНТЕРФАКС - Грузия и Турция подписали соглашение о поставках "
        "электроэнергии в зимние месяцы, сообщил министр экономики Грузии после встречи в Анкаре.\n"
    )
    meta = parse_scraped_text(page)
    assert meta.title == "Грузия и Турция договорились о поставках электроэнергии"
