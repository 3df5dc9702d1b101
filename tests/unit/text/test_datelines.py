"""Scraper headers read by their shape, and agency datelines in every language read."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from flows.ingest.documents import InputItem, parse_input
from flows.text.article import match_dateline, match_scraper_header, parse_scraped_text
from flows.text.segment import is_sentence_start, sentence_spans

BODY = (
    "Стороны обсудили вопросы сотрудничества в торговле и промышленности и подписали ряд документов.\n"
    "Следующая встреча комиссии запланирована на осень, сообщили в пресс-службе ведомства.\n"
)


@pytest.mark.parametrize(
    ("site", "title"),
    [
        ("pap.pl", "Polska i Ukraina podpisały umowy"),
        ("news.cn", "China, Russia trade rises"),
        ("24.kg", "Кыргызстан и Узбекистан подписали протокол"),
        ("mfa.gov.kz", "Қазақстан мен Қытай келісімге қол қойды"),
        ("белта.бел", "Беларусь и Китай подписали соглашения"),
        ("БЕЛТА", "Беларусь и Китай подписали соглашения"),
        ("Reuters", "US, Japan leaders discuss tariffs"),
        ("Арменпресс", "Торговля Армении и Ирана выросла"),
        ("РИА Новости", "Россия и Китай нарастили торговлю"),
        # a title ending in a country's abbreviation keeps it; an agency's prefix joins the site
        ("РБК", "Путин обсудил торговлю с США"),
        ("Интерфакс", "Лавров прибыл в КНР"),
        ("ТАСС", "Санкции ЕС против РФ"),
        ("ИА Фергана", "Выборы прошли в Узбекистане"),
        # a brand's edition in a country
        ("Sputnik Армения", "Армения и Иран подписали договор"),
        ("Sputnik Казахстан", "Казахстан и Китай открыли переход"),
    ],
)
def test_scraper_header_is_read_by_its_shape_whatever_the_site(site, title):
    text = f" date 2026-11-30 {title} {site} https://cdn.example/img-480.webp 480w\n\n" + BODY
    meta = parse_scraped_text(text)
    assert (meta.title, meta.publisher) == (title, site)
    assert (meta.published_date, meta.published_date_source) == (date(2026, 11, 30), "header")
    assert text[meta.body_start :].startswith("Стороны обсудили")


def test_scraper_header_without_a_site_keeps_its_title_and_date():
    header = match_scraper_header(" date 2026-11-30 Беларусь и Китай подписали соглашение")
    assert header is not None
    assert (header.date, header.title, header.site) == (
        date(2026, 11, 30),
        "Беларусь и Китай подписали соглашение",
        None,
    )
    assert match_scraper_header(" date 2026-13-45 Заголовок сайт.by") is None
    assert match_scraper_header("Дата: 2026-11-30") is None


@pytest.mark.parametrize(
    ("dateline", "day_month", "year", "agency"),
    [
        ("КИЇВ, 30 листопада — Укрінформ.", (30, 11), None, "Укрінформ"),
        ("КИЇВ, 30 листопада /Укрінформ/.", (30, 11), None, "Укрінформ"),
        ("МІНСК, 30 лістапада /БЕЛТА/.", (30, 11), None, "БЕЛТА"),
        ("WARSAW, Nov 30 (Reuters) -", (30, 11), None, "Reuters"),
        ("BEIJING, Nov. 30 (Xinhua) --", (30, 11), None, "Xinhua"),
        ("LONDON, 3 March (Reuters) -", (3, 3), None, "Reuters"),
        ("WASHINGTON, Sept. 5, 2025 (AP) —", (5, 9), 2025, "AP"),
        ("АСТАНА. 30 қараша. КАЗИНФОРМ -", (30, 11), None, "КАЗИНФОРМ"),
        ("Астана, 30 қараша 2026. ҚазАқпарат.", (30, 11), 2026, "ҚазАқпарат"),
        ("Warszawa, 30 listopada 2026 r. (PAP)", (30, 11), 2026, "PAP"),
        ("МОСКВА, 30 ноября —", (30, 11), None, None),
        ("БАКУ, 12 мая 2026.", (12, 5), 2026, None),
        ("ТАШКЕНТ, 30 ноября 2026 г.", (30, 11), 2026, None),
        ("Kraków, 4 lipca 2025 r.", (4, 7), 2025, None),
        ("Москва. 21 апреля. ИНТЕРФАКС -", (21, 4), None, "ИНТЕРФАКС"),
    ],
)
def test_datelines_of_every_language_give_day_month_agency_and_a_sentence_of_their_own(
    dateline, day_month, year, agency
):
    text = dateline + " Poland and Ukraine signed 14 agreements on trade."
    found = match_dateline(text)
    assert found is not None
    assert ((found.day, found.month), found.year, found.agency) == (day_month, year, agency)
    assert text[: found.end] == dateline
    first, second = sentence_spans(text)[:2]
    assert text[first[0] : first[1]] == dateline
    assert text[second[0] :].startswith("Poland and Ukraine")
    assert is_sentence_start(text, second[0])


@pytest.mark.parametrize(
    "text",
    [
        "Москва, 30 ноября состоялась встреча министров двух стран.",
        "Россия, 5 марта — день подписания договора.",
        "Минск, 12 мая. Президент провел совещание.",  # no agency, no capitals, no year
        "МОСКВА, 30 ноября — Путин прибыл",  # no stop after the words after the dash: not an agency
    ],
)
def test_a_sentence_opening_with_a_place_and_a_date_is_no_agency_dateline(text):
    found = match_dateline(text)
    assert found is None or found.agency is None
    if found is not None:
        assert text[: found.end].rstrip().endswith("—")


def test_dash_dateline_without_agency_names_no_publisher():
    meta = parse_scraped_text(
        "МОСКВА, 30 ноября 2026 — Россия и Китай подписали 12 соглашений о сотрудничестве.\n"
    )
    assert meta.publisher is None
    assert (meta.published_date, meta.published_date_source) == (date(2026, 11, 30), "dateline")


@pytest.mark.parametrize(
    "dateline",
    [
        "КИЇВ, 30 листопада — Укрінформ.",
        "WARSAW, Nov 30 (Reuters) -",
        "МОСКВА, 30 ноября —",
        "АСТАНА. 30 қараша. КАЗИНФОРМ -",
    ],
)
def test_yearless_dateline_takes_its_year_from_the_feed_or_the_collection_time_only_when_unambiguous(
    dateline,
):
    text = dateline + " " + BODY
    assert parse_scraped_text(text).published_date is None
    meta = parse_scraped_text(text, context=date(2026, 12, 1))
    assert (meta.published_date, meta.published_date_source) == (date(2026, 11, 30), "dateline")
    meta = parse_scraped_text(text, collected=date(2026, 12, 28))  # collected four weeks later
    assert (meta.published_date, meta.published_date_source) == (date(2026, 11, 30), "dateline")
    # collected long after: which year's 30 November is not known
    assert parse_scraped_text(text, collected=date(2027, 6, 1)).published_date is None


@pytest.mark.parametrize(
    ("header_date", "dateline", "expected", "source"),
    [
        ("2026-01-05", "МИНСК, 30 декабря /БЕЛТА/.", date(2025, 12, 30), "dateline"),
        ("2026-12-02", "WARSAW, Nov 30 (Reuters) -", date(2026, 11, 30), "dateline"),
        ("2026-11-30", "КИЇВ, 30 листопада — Укрінформ.", date(2026, 11, 30), "header"),
        # a dateline months before the header's date: the header's date stays
        ("2026-11-30", "МИНСК, 3 февраля /БЕЛТА/.", date(2026, 11, 30), "header"),
    ],
)
def test_yearless_dateline_takes_its_year_from_the_header(header_date, dateline, expected, source):
    text = f" date {header_date} Итоги года belta.by\n" + dateline + " " + BODY
    meta = parse_scraped_text(text)
    assert (meta.published_date, meta.published_date_source) == (expected, source)


def test_collection_time_of_an_inbox_file_gives_a_yearless_dateline_its_year(tmp_path: Path):
    path = tmp_path / "kyiv.txt"
    path.write_text(
        "КИЇВ, 30 листопада /Укрінформ/. Товарообіг між Україною та Молдовою зріс на 12%.\n", "utf-8"
    )

    def parsed(collected: datetime):
        ts = collected.timestamp()
        os.utime(path, (ts, ts))
        st = path.stat()
        item = InputItem(str(path), "txt", path=str(path), size_bytes=st.st_size, mtime_ns=st.st_mtime_ns)
        (article,) = parse_input(item).articles
        return article

    article = parsed(datetime(2026, 12, 1, 12))
    assert (article.published_date, article.published_date_source) == (date(2026, 11, 30), "dateline")
    assert article.publisher == "Укрінформ"
    assert parsed(datetime(2027, 8, 1, 12)).published_date is None
