"""A day in an article's URL is its date only when nothing states one (page, markup, JSON field,
dateline, feed), on every path alike, with the source ``url``; a page's opening dateline is the
page stating its date, and wins over the date of the feed item it came from."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flows.ingest.documents import InputItem, parse_input, url_date

BODY = "Президент Казахстана и президент Узбекистана встретились в Ташкенте и обсудили торговлю в среду."
MORE = "Товарооборот двух стран за девять месяцев вырос на 12 процентов, сообщили в правительстве."


def _one(item: InputItem):
    res = parse_input(item)
    assert not res.rejected, res.rejected
    (art,) = res.articles
    return art.published_date, art.published_date_source


def _json(obj: dict, kind: str = "json") -> InputItem:
    data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
    return InputItem(f"file:///in/item.{kind}", kind, content=data)


def _html(head: str = "", body: str = f"<p>{BODY}</p><p>{MORE}</p>", uri: str = "file:///in/p.html", **kw):
    page = (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Встреча в Ташкенте</title>{head}'
        f"</head><body><article><h1>Президенты обсудили торговлю в Ташкенте</h1>{body}</article></body></html>"
    )
    return InputItem(uri, "html", content=page.encode("utf-8"), **kw)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://kaztag.kz/ru/read/2026/11/24/345678", date(2026, 11, 24)),
        ("https://www.pap.pl/aktualnosci/2026-11-3-polska-litwa", date(2026, 11, 3)),
        ("http://ex.by/news/2026_09_30_minsk.html", date(2026, 9, 30)),
        ("https://ex.ua/news/3954321-zustrich.html", None),  # an id, no day
        ("https://ex.ru/2026/11/", None),  # a month, no day
        ("https://ex.ru/2026/02/30/a", None),  # no such day
        ("https://ex.ru/2099/01/02/a", None),  # ahead of today
        ("https://ex.ru/news?id=1&from=2026/11/24", None),  # a query, not the path
        ("file:///in/2026/11/24/a.json", None),  # a file's path is no URL
        # the year last: day and month told apart by a number above 12 or two equal numbers
        ("https://www.rbc.ru/politics/25/06/2025/685bd5e39a79473e1b7f7c10", date(2025, 6, 25)),
        ("https://ex.com/world/06/25/2025/story", date(2025, 6, 25)),
        ("https://ex.com/world/07/07/2025/story", date(2025, 7, 7)),
        ("https://ex.com/world/03/06/2025/story", None),  # 3 June or 6 March
        ("https://ex.com/world/31/02/2025/story", None),  # no such day
        (None, None),
    ],
)
def test_a_day_is_read_from_the_path_of_a_url(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize("kind", ["json", "jsonl"])
@pytest.mark.parametrize("key", ["url", "link", "mainEntityOfPage"])
def test_a_json_item_without_a_date_takes_its_urls_day(kind, key):
    item = _json({"title": "T", key: "https://ex.uz/ru/news/2026/11/28/9876", "text": BODY}, kind)
    assert _one(item) == (date(2026, 11, 28), "url")


def test_a_json_items_stated_date_wins_over_its_url():
    item = _json({"date": "2026-11-29", "url": "https://ex.uz/news/2026/11/28/9876", "text": BODY})
    assert _one(item) == (date(2026, 11, 29), "json")
    dateline = {"url": "https://ex.tj/news/2026/11/28/1", "text": f"ДУШАНБЕ, 27 ноября 2026. /ТАСС/. {BODY}"}
    assert _one(_json(dateline)) == (date(2026, 11, 27), "dateline")


def test_an_html_pages_day_from_its_url_is_labelled_url():
    canonical = '<link rel="canonical" href="https://ex.kz/doc/2026/11/27/123456">'
    assert _one(_html(canonical)) == (date(2026, 11, 27), "url")
    fetched = _html(uri="https://ex.by/ru/2026/10/05/minsk-vilnius.html")
    assert _one(fetched) == (date(2026, 10, 5), "url")


def test_an_html_pages_markup_date_wins_over_its_url():
    head = (
        '<link rel="canonical" href="https://ex.kz/doc/2026/11/27/123456">'
        '<meta property="article:published_time" content="2026-11-28T10:00:00+05:00">'
    )
    assert _one(_html(head)) == (date(2026, 11, 28), "html meta")
    same = head.replace("2026-11-28", "2026-11-27")  # the markup states the URL's day: it is stated
    assert _one(_html(same)) == (date(2026, 11, 27), "html meta")


def test_a_text_pages_url_line_gives_its_day_when_nothing_else_does():
    page = (
        f"URL: https://ex.am/ru/news/2026/11/26/12345\n\nПрезиденты обсудили торговлю в Ташкенте\n\n{BODY}\n"
    )
    assert _one(InputItem("file:///in/t.txt", "txt", content=page.encode("utf-8"))) == (
        date(2026, 11, 26),
        "url",
    )


FEED = "Sat, 28 Nov 2026 10:00:00 +0300"


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("ГАВАНА, 27 ноября. /Пренса Латина/.", date(2026, 11, 27)),
        ("КИЇВ, 26 листопада — Укрінформ.", date(2026, 11, 26)),
        ("WARSAW, Nov 25 (Reuters) -", date(2026, 11, 25)),
        ("27 ноября, Минск /Корр. БЕЛТА/.", date(2026, 11, 27)),
    ],
)
def test_a_pages_dateline_wins_over_its_feed_items_date(dateline, expected):
    item = _html(
        body=f"<p>{dateline} {BODY}</p><p>{MORE}</p>", uri="https://ex.cu/a.html", feed_published=FEED
    )
    assert _one(item) == (expected, "dateline")


def test_a_dateline_of_31_december_takes_the_year_before_a_january_feed_date():
    item = _html(
        body=f"<p>МОСКВА, 31 декабря /ТАСС/. {BODY}</p><p>{MORE}</p>",
        uri="https://ex.ru/a.html",
        feed_published="Fri, 1 Jan 2027 09:00:00 +0300",
    )
    assert _one(item) == (date(2026, 12, 31), "dateline")


def test_a_dateline_weeks_before_a_january_feed_date_takes_the_year_before():
    item = _html(
        body=f"<p>АСТАНА, 20 декабря /Kazinform/. {BODY}</p><p>{MORE}</p>",
        uri="https://ex.kz/a.html",
        feed_published="Mon, 4 Jan 2027 08:00:00 +0500",
    )
    assert _one(item) == (date(2026, 12, 20), "dateline")


def test_a_dateline_a_day_after_its_feed_items_date_is_the_local_day():
    item = _html(
        body=f"<p>ВЛАДИВОСТОК, 29 ноября. /ТАСС/. {BODY}</p><p>{MORE}</p>",
        uri="https://ex.ru/a.html",
        feed_published="Sat, 28 Nov 2026 22:30:00 +0000",
    )
    assert _one(item) == (date(2026, 11, 29), "dateline")


def test_a_page_without_a_dateline_takes_the_feed_date_before_its_url():
    item = _html(uri="https://ex.cu/news/2026/11/27/a.html", feed_published=FEED)
    assert _one(item) == (date(2026, 11, 28), "feed")
