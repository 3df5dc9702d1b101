"""Layouts of a scraped page's head that hide its headline or date: a menu of capitalized words
with no separators, a rubric before the date line, a standfirst between the headline and its date
line, the outlet's name after the headline; and a page of chrome only, which holds no article."""

from __future__ import annotations

from datetime import date

import pytest

from flows.ingest.documents import CHROME_ONLY_REASON, parse_text
from flows.text.article import parse_scraped_text, split_site_suffix

LEAD = (
    "Стороны обсудили вопросы торгово-экономического сотрудничества и подписали ряд документов "
    "о взаимодействии в сфере промышленности и логистики."
)
MORE = "Как отметил министр, товарооборот по итогам десяти месяцев вырос на 18 процентов."
HEADLINE = "Беларусь и Пакистан обсудили поставки тракторов и комбайнов"


def _page(*head: str) -> str:
    return "\n".join([*head, LEAD, "", MORE, ""])


@pytest.mark.parametrize(
    "menu",
    [
        "Новости Политика Экономика Общество Спорт Культура Видео",
        "Главная Новости Происшествия Регионы",
        "Навіны Палітыка Эканоміка Грамадства",
        "Home News World Politics Business Sport Opinion",
        # items two spaces apart, some of two words with a preposition or a lowercase word
        "Главная  В стране  За рубежом  Бизнес  Нефть и газ",
        "Головна  Україна  У світі  Економіка  Фото",
        "Strona główna  Kraj  Na świecie  Gospodarka  Sport",
        "Home  World news  Markets  Oil and gas  Video",
    ],
)
def test_a_menu_of_capitalized_words_is_no_headline(menu):
    meta = parse_scraped_text(_page(menu, HEADLINE, "1 декабря 2026, 09:30"))
    assert (meta.title, meta.published_date) == (HEADLINE, date(2026, 12, 1))


@pytest.mark.parametrize(
    "headline",
    [
        "БЕЛАРУСЬ И КАЗАХСТАН РАСШИРЯТ СОТРУДНИЧЕСТВО В ЭНЕРГЕТИКЕ",  # capitals: a headline
        "Poland And Slovakia Agree On New Rail Link",  # title case with function words
        # two spaces inside a headline, once: no menu
        "Беларусь и Пакистан  обсудили поставки тракторов",
    ],
)
def test_a_headline_of_capitalized_words_stays_a_headline(headline):
    meta = parse_scraped_text(_page(headline, "2 декабря 2026"))
    assert meta.title == headline


@pytest.mark.parametrize(
    "rubric_line",
    ["Политика | 1 декабря 2026", "Экономика · 1 декабря 2026", "В мире — 1 декабря 2026, 10:15"],
)
def test_a_rubric_before_the_date_line_above_the_headline(rubric_line):
    meta = parse_scraped_text(_page("Главная | Политика | Экономика | Общество", rubric_line, HEADLINE))
    assert (meta.title, meta.published_date) == (HEADLINE, date(2026, 12, 1))


@pytest.mark.parametrize(
    ("standfirst", "date_line", "expected"),
    [
        (
            "Стороны подписали соглашение в рамках визита делегации в Пекин.",
            "2 декабря 2026, 15:00",
            date(2026, 12, 2),
        ),
        (
            "Сторони підписали угоду під час візиту прем'єра до Бухареста.",
            "1 грудня 2026, 12:00",
            date(2026, 12, 1),
        ),
        (
            "The sides signed the deal during the minister's visit to Warsaw.",
            "December 3, 2026",
            date(2026, 12, 3),
        ),
    ],
)
def test_a_standfirst_between_the_headline_and_its_date_line(standfirst, date_line, expected):
    meta = parse_scraped_text(_page(HEADLINE, standfirst, date_line))
    assert (meta.title, meta.published_date, meta.published_date_source) == (HEADLINE, expected, "header")


@pytest.mark.parametrize(
    ("line", "title", "outlet"),
    [
        (f"{HEADLINE} | РИА Новости", HEADLINE, "РИА Новости"),
        (f"{HEADLINE} — Новости Беларуси | БелТА", HEADLINE, "БелТА"),
        (f"{HEADLINE} | Reuters", HEADLINE, "Reuters"),
        (f"{HEADLINE} — ТАСС", HEADLINE, None),  # after a dash: maybe a source the headline cites
        ("Поставки газа в Китай | Газпром", "Поставки газа в Китай | Газпром", None),  # no outlet
        ("Путин: Россия и Китай — партнеры", "Путин: Россия и Китай — партнеры", None),
    ],
)
def test_the_outlets_name_after_the_headline(line, title, outlet):
    assert split_site_suffix(line) == (title, outlet)


def test_a_headline_with_the_outlets_name_gives_title_and_publisher():
    meta = parse_scraped_text(_page(f"{HEADLINE} | РИА Новости", "30.11.2026, 16:20"))
    assert (meta.title, meta.publisher) == (HEADLINE, "РИА Новости")


def test_a_page_of_chrome_only_holds_no_article():
    page = "\n".join(
        [
            "Главная | Политика | Экономика | Общество",
            "Четверг, 3 декабря 2026",
            "Минск -3°C  USD 2,95  EUR 3,41",
            "Войти | Регистрация",
            "© 2026 Все права защищены",
        ]
    )
    assert parse_text("chrome.txt", page) == CHROME_ONLY_REASON


def test_a_short_item_without_chrome_stays_an_article():
    result = parse_text("short.txt", "Лукашенко прибыл в Пекин с официальным визитом.\n")
    assert not isinstance(result, str)


def test_a_headline_of_capitalized_words_with_a_verb_is_no_menu():
    meta = parse_scraped_text(_page("Умерла Марина Филипповна Ходорковская", "2 декабря 2026"))
    assert meta.title == "Умерла Марина Филипповна Ходорковская"


def test_a_caption_with_a_date_under_the_standfirst_is_no_date_line():
    page = _page(
        HEADLINE,
        "Стороны подписали соглашение в рамках визита делегации в Пекин.",
        "Тулси Габбард, 12 февраля 2020 года",
    )
    assert parse_scraped_text(page).published_date is None


@pytest.mark.parametrize(
    "teaser",
    [
        "Читайте также: Беларусь и Египет обсудили поставки пшеницы",
        "Читайте також: Україна та Литва обговорили енергетику",
        "Czytaj także: Polska i Niemcy rozmawiały o granicy",
        "Read more: Minsk and Cairo discuss wheat supplies",
    ],
)
def test_a_read_also_teaser_between_paragraphs_is_left_out_and_the_body_goes_on(teaser):
    page = "\n".join([HEADLINE, "1 декабря 2026, 11:30", LEAD, "", teaser, "", MORE, ""])
    result = parse_text("teaser.txt", page)
    assert not isinstance(result, str)
    assert MORE in result.body and teaser not in result.body and LEAD in result.body


def test_a_read_also_list_of_headlines_still_ends_the_body():
    page = "\n".join(
        [
            HEADLINE,
            "1 декабря 2026, 11:30",
            LEAD,
            "",
            MORE,
            "",
            "Читайте также:",
            "Беларусь и Египет обсудили поставки пшеницы",
            "Минск и Ханой договорились о сборке тракторов",
        ]
    )
    result = parse_text("list.txt", page)
    assert not isinstance(result, str)
    assert "Египет" not in result.body and "Ханой" not in result.body


@pytest.mark.parametrize(
    "teasers",
    [
        ["Беларусь и Куба обсудили поставки сахара", "30 ноября 2026, 18:00"],
        [
            "",
            "Россия и Турция договорились о поставках газа",
            "29.11.2026 12:15",
            "Лукашенко провел переговоры с президентом Никарагуа",
            "28.11.2026",
        ],
        ["Poland and Lithuania sign an energy pact", "November 29, 2026"],
    ],
)
def test_other_stories_listed_with_their_dates_after_the_article_end_its_body(teasers):
    page = "\n".join([HEADLINE, "1 декабря 2026, 11:30", LEAD, "", MORE, "", *teasers])
    result = parse_text("related.txt", page)
    assert not isinstance(result, str)
    assert result.body.rstrip().endswith(MORE) and result.published_date == date(2026, 12, 1)


@pytest.mark.parametrize(
    "menu",
    [
        "Главная  В стране  За рубежом  Бизнес  Нефть и газ",
        "Головна  Україна  У світі  Економіка  Фото",
        "Strona główna  Kraj  Na świecie  Gospodarka  Sport",
        "Home  World news  Markets  Oil and gas  Video",
    ],
)
def test_a_menu_under_the_masthead_and_over_the_date_is_no_headline(menu):
    # the outlet's name, its menu (items two spaces apart), the date, then the headline
    meta = parse_scraped_text(_page("Вестник", menu, "", "1 декабря 2026 13:37", "", HEADLINE, ""))
    assert (meta.title, meta.published_date) == (HEADLINE, date(2026, 12, 1))


@pytest.mark.parametrize(
    ("issue_line", "day"),
    [
        ("Газета «Известия» №214 от 05.12.2026, стр. 3", date(2026, 12, 5)),
        ("Газета «Ведомости» № 231 (5421) от 4.12.2026", date(2026, 12, 4)),
        ("Газета «Дзень» №47 ад 02.12.2026, с. 2", date(2026, 12, 2)),
    ],
)
def test_a_newspapers_issue_line_dates_the_article_and_anchors_its_headline(issue_line, day):
    # the issue's day is the article's; a short headline over a dek under it stays the headline
    meta = parse_scraped_text(_page("Издание", issue_line, "", "Пшеница уходит на юг", HEADLINE, ""))
    assert (meta.title, meta.published_date) == ("Пшеница уходит на юг", day)


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        (
            "Опубликовано: 29 ноября 2026 | Обновлено: 1 декабря 2026 | Автор: Тимур Абдуллаев-Кенжебаев",
            date(2026, 11, 29),
            date(2026, 12, 1),
        ),
        (
            "Published: November 28, 2026 | Updated: November 30, 2026 | By Jonathan Richardson, Senior Editor",
            date(2026, 11, 28),
            date(2026, 11, 30),
        ),
    ],
)
def test_a_labelled_date_line_made_long_by_its_update_and_byline(line, published, modified):
    meta = parse_scraped_text(_page("Вестник", HEADLINE, line))
    assert (meta.title, meta.published_date, meta.modified_date) == (HEADLINE, published, modified)
