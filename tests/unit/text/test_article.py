from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import body_id, parse_scraped_text
from flows.text.dates import find_dates, is_date_line
from flows.text.segment import split_sentences
from tests.conftest import seed_text
from tests.gold import ARTICLES


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_seed_metadata_and_body(name):
    text = seed_text(name)
    gold = ARTICLES[name]
    meta = parse_scraped_text(text)
    assert meta.title == gold["title"]
    assert meta.publisher == gold["publisher"]
    assert meta.published_date == date.fromisoformat(gold["published"])
    body = text[meta.body_start : meta.body_end]
    assert body.startswith(gold["body_starts"])
    assert body.endswith(gold["body_ends"])


def test_sidebar_after_comments_is_not_body():
    text = seed_text("004_7c970ca002db6d32.txt")
    meta = parse_scraped_text(text)
    assert text.index("Комментарии") > meta.body_end
    body = text[meta.body_start : meta.body_end]
    for sidebar in ("НАТО", "Польше", "Армения", "Читайте актуальные"):
        assert sidebar not in body


def test_header_today_date_and_weather_are_not_publication_date():
    text = (
        "ГОСОРГАНЫ\nФлаг Четверг, 13 марта 2025\nМинск Облачно +4°C\n\n"
        "Заголовок статьи о важных событиях дня\n\n"
        "27 февраля, Минск /Корр. БЕЛТА/. Текст статьи, в котором рассказывается о событиях длинно и подробно.\n"
    )
    meta = parse_scraped_text(text)
    assert meta.published_date is None  # the dateline has no year anywhere else on the page
    assert meta.title == "Заголовок статьи о важных событиях дня"
    assert meta.publisher == "БЕЛТА"


def test_dateline_year_never_from_a_date_in_the_body():
    text = (
        "Опубликовано\n\nЗаголовок статьи о важных событиях дня\n\n"
        "27 февраля, Минск /Корр. БЕЛТА/. Текст статьи, в котором рассказывается о событиях длинно и подробно.\n"
        "Ровно семь лет назад, 27 февраля 2017 года, был подписан договор.\n"
        "Архив: 27 февраля 2024 г.\n"
    )
    meta = parse_scraped_text(text)
    assert (meta.published_date, meta.published_date_source) == (None, "none")
    assert meta.publisher == "БЕЛТА"
    # the year comes from the context (the feed item or ingest that supplied the page) ...
    meta = parse_scraped_text(text, context=date(2026, 3, 1))
    assert (meta.published_date, meta.published_date_source) == (date(2026, 2, 27), "dateline")
    # ... stated in full there: the date is the context's
    meta = parse_scraped_text(text, context=date(2026, 2, 27))
    assert (meta.published_date, meta.published_date_source) == (date(2026, 2, 27), "feed")
    # a dateline of late December read in early January is of the year before
    late = text.replace("27 февраля,", "31 декабря,")
    assert parse_scraped_text(late, context=date(2026, 1, 2)).published_date == date(2025, 12, 31)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2025-11-14", date(2025, 11, 14)),
        ("27.02.2025", date(2025, 2, 27)),
        ("27 февраля 2025, 14:29", date(2025, 2, 27)),
        ("10 августа 2023 г. 17:51", date(2023, 8, 10)),
        ("1 мая 2024 года", date(2024, 5, 1)),
        ("Четверг, 13 марта 2025", None),
        ("27 февраля", None),
        ("Сегодня 27 февраля 2025 состоялась встреча", None),
    ],
)
def test_date_lines(line, expected):
    d = is_date_line(line)
    assert (d.to_date() if d else None) == expected


def test_find_dates_reads_russian_months_in_any_form():
    found = find_dates("с 1 января по 31 декабря 2024 г., а также 2 мая и 3 марта")
    assert [(d.day, d.month, d.year) for d in found] == [
        (1, 1, None),
        (31, 12, 2024),
        (2, 5, None),
        (3, 3, None),
    ]


def test_body_id_ignores_whitespace_and_line_endings():
    assert body_id("Текст  статьи.\r\nВторая строка") == body_id("Текст статьи.\nВторая  строка")
    assert body_id("Текст статьи.") != body_id("Другой текст.")


def test_sentences_respect_abbreviations_and_initials():
    text = "Об этом сообщил А. Лукашенко. В 2024 г. рост составил 5 млрд. Третье предложение!"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Об этом сообщил А. Лукашенко.",
        "В 2024 г. рост составил 5 млрд.",
        "Третье предложение!",
    ]  # "г." goes on; the dot of "млрд." before a capital ends the sentence too


_BODY_REST = "\n\nСтороны обсудили торговлю, инвестиции и гуманитарные связи двух стран в этом году.\n"


@pytest.mark.parametrize(
    "lead",
    [
        # a lead the paragraph test misses: ending in a colon, a bracket, a closing quote, no stop
        "Премьер-министр Казахстана Олжас Бектенов сегодня принял делегацию Узбекистана и заявил:",
        "Премьер-министр Казахстана Олжас Бектенов сегодня принял делегацию Узбекистана (видео)",
        "Премьер-министр Казахстана Олжас Бектенов принял делегацию в резиденции “Акорда”",
        "Премьер-министр Казахстана Олжас Бектенов сегодня принял делегацию Узбекистана",
        # a short lead sentence
        "Олжас Бектенов принял делегацию Узбекистана.",
    ],
)
def test_lead_under_the_headline_is_body_not_title(lead):
    from flows.text.people import extract_people

    text = f"Бектенов принял делегацию соседей\n\n{lead}{_BODY_REST}"
    meta = parse_scraped_text(text)
    assert meta.title == "Бектенов принял делегацию соседей"
    body = text[meta.body_start : meta.body_end]
    assert body.startswith(lead)
    assert "Олжас Бектенов" in [p.name for p in extract_people(body)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a short subtitle without a stop under the headline is not a lead: the body starts at
        # the first paragraph, and the last title-like line above it is the title
        (
            "Бектенов принял делегацию соседей\n\nСтороны обсудили торговлю и транзит\n\n",
            "Стороны обсудили торговлю и транзит",
        ),
        # under a line that itself ends like a sentence, the next line is no lead of it
        (
            "Меню сайта. Новости. Контакты.\n\nБектенов принял делегацию соседей\n\n",
            "Бектенов принял делегацию соседей",
        ),
    ],
)
def test_title_like_lines_above_the_first_paragraph(text, title):
    text += "Премьер-министр Казахстана Олжас Бектенов сегодня принял делегацию Узбекистана.\n"
    meta = parse_scraped_text(text)
    assert meta.title == title
    assert text[meta.body_start :].startswith("Премьер-министр Казахстана")


# The lead paragraph under the first lines of the pages below.
_LEAD = "Премьер-министр Казахстана Олжас Бектенов принял делегацию Узбекистана.\n"


@pytest.mark.parametrize(
    "headline",
    [
        # a headline that names a day, the first line of the page
        "Вчера, 1 декабря, в Астане прошли переговоры Казахстана и Китая",
        "Парад 9 мая в Минске посетили тысячи гостей из соседних стран",
        "До 15 января Беларусь и Россия подпишут новые соглашения",
        "Токаев 3 декабря 2026 года провел переговоры с премьером Монголии",
    ],
)
def test_a_headline_with_a_date_is_the_title_not_lost(headline):
    text = headline + "\n\n" + _LEAD
    meta = parse_scraped_text(text)
    assert meta.title == headline
    assert text[meta.body_start :].startswith("Премьер-министр Казахстана")


@pytest.mark.parametrize(
    "line",
    [
        # a date line, not a headline: a time of day, or too few words beside the date
        "Новости, 3 декабря 2026, 14:35",
        "3 декабря 2026 года в 14:35 по московскому времени",
        "Обновлено 3 декабря 2026",
    ],
)
def test_a_date_line_is_no_title(line):
    text = line + "\n\n" + _LEAD
    assert parse_scraped_text(text).title is None


def test_a_dated_line_under_the_headline_is_no_title():
    # lower down a line with a date is a caption or a lead: the headline above stays the title
    text = (
        "Сурков подал в отставку\n\nВладислав Сурков\n\n"
        "8 мая 2013 года Президент России подписал указ, которым отправил чиновника в отставку:\n"
        "Освободить Суркова от должности заместителя председателя правительства.\n"
    )
    assert parse_scraped_text(text).title == "Сурков подал в отставку"


_AGENCY_PAGE = (
    "Минск и Пекин подписали соглашение\n\n"
    "МИНСК, 14 ноября. Стороны договорились расширить поставки продовольствия в следующем году.\n"
    "Соглашение вступит в силу после ратификации парламентами обеих стран.{marker}\n"
    "Ранее в Минске прошли переговоры министров сельского хозяйства двух стран.\n"
)


@pytest.mark.parametrize(
    ("marker", "ends_at_marker"),
    [
        (" -0-", True),
        ("\n-0-", True),
        ("  -0-  ", True),
        (" -0- и далее", False),
        ("", False),
        (" -1-", False),
    ],
)
def test_agency_end_marker_ends_the_body(marker: str, ends_at_marker: bool) -> None:
    text = _AGENCY_PAGE.format(marker=marker)
    meta = parse_scraped_text(text)
    body = text[meta.body_start : meta.body_end]
    assert body.startswith("МИНСК, 14 ноября.")
    assert ("Ранее в Минске" not in body) is ends_at_marker
    assert "-0-" not in body or not ends_at_marker
    if ends_at_marker:
        assert body.endswith("обеих стран.")
