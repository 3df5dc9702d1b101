"""JSON exports of well-known key sets, date lines with a time zone, feed dates in other languages."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flows.ingest.documents import JSON_FIELDS, InputItem, parse_date_value, parse_input
from flows.text.article import parse_scraped_text
from flows.text.dates import date_line

BODY = "Норвегия и Исландия подписали соглашение о рыболовстве в Северной Атлантике."


def _one(obj: object, name: str = "export.json"):
    res = parse_input(InputItem(f"file:///in/{name}", "json", content=json.dumps(obj).encode()))
    assert not res.rejected, res.rejected
    assert len(res.articles) == 1
    return res.articles[0]


def test_schema_org_news_article_is_read_with_its_dates_publisher_and_url():
    art = _one(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Норвегия и Исландия подписали соглашение",
            "articleBody": BODY,
            "datePublished": "2026-10-14T16:20:00+01:00",
            "dateModified": "2026-10-15T08:00:00+01:00",
            "publisher": {"@type": "Organization", "name": "NTB"},
            "author": [{"@type": "Person", "name": "Kari Nordmann"}],
            "mainEntityOfPage": {"@type": "WebPage", "@id": "https://ntb.example/sak/123"},
            "inLanguage": "ru",
        }
    )
    assert art.body == BODY
    assert art.title == "Норвегия и Исландия подписали соглашение"
    assert (art.published_date, art.published_date_source) == (date(2026, 10, 14), "json")
    assert art.modified_date == date(2026, 10, 15)
    assert art.publisher == "NTB"
    assert art.url == "https://ntb.example/sak/123"


@pytest.mark.parametrize(
    ("obj", "published", "modified", "publisher"),
    [
        # newspaper3k
        (
            {"title": "T", "text": BODY, "publish_date": "2026-09-03 07:45:00", "authors": ["A. B."]},
            date(2026, 9, 3),
            None,
            None,
        ),
        # news-please
        (
            {
                "title": "T",
                "maintext": BODY,
                "date_publish": "2026-09-03 07:45:00",
                "date_modify": "2026-09-04 10:00:00",
                "source_domain": "vg.example.no",
                "authors": [],
                "language": "ru",
            },
            date(2026, 9, 3),
            date(2026, 9, 4),
            "vg.example.no",
        ),
    ],
)
def test_scraper_library_exports_keep_their_dates(obj, published, modified, publisher):
    art = _one(obj)
    assert art.body == BODY
    assert (art.published_date, art.published_date_source) == (published, "json")
    assert art.modified_date == modified
    assert art.publisher == publisher


def test_json_lines_of_news_please_records(tmp_path):
    lines = [
        {"maintext": BODY, "date_publish": "2026-09-03 07:45:00", "source_domain": "a.example"},
        {"maintext": BODY.replace("Исландия", "Дания"), "date_publish": "2026-09-05T10:00:00"},
    ]
    text = "\n".join(json.dumps(o, ensure_ascii=False) for o in lines)
    res = parse_input(InputItem("file:///in/x.jsonl", "jsonl", content=text.encode()))
    assert [a.published_date for a in res.articles] == [date(2026, 9, 3), date(2026, 9, 5)]


def test_arbitrary_keys_are_never_guessed():
    res = parse_input(
        InputItem(
            "file:///in/x.json",
            "json",
            content=json.dumps({"story": BODY, "when": "2026-09-03"}).encode(),
        )
    )
    assert not res.articles
    assert res.rejected[0][1].startswith("bad json: no text field (one of ")
    assert "articleBody" in res.rejected[0][1] and "maintext" in res.rejected[0][1]
    art = _one({"text": BODY, "when": "2026-09-03", "day": "2026-09-03"})
    assert art.published_date is None


def test_field_table_is_the_one_the_reader_uses():
    for field in ("text", "title", "url", "published", "modified", "publisher"):
        assert JSON_FIELDS[field]
    assert "datePublished" in JSON_FIELDS["published"] and "date_modify" in JSON_FIELDS["modified"]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Опубликовано: 14.10.2026 22:40 (МСК)", date(2026, 10, 14)),
        ("14.10.2026, 22:40 MSK", date(2026, 10, 14)),
        ("14 октября 2026, 22:40 (по Москве)", date(2026, 10, 14)),
        ("14 октября 2026 в 22:40 по московскому времени", date(2026, 10, 14)),
        ("14.10.2026 22:40 GMT+3", date(2026, 10, 14)),
        ("14.10.2026 22:40 (UTC+05:00)", date(2026, 10, 14)),
        ("22:40 UTC, 14.10.2026", date(2026, 10, 14)),
        ("Опубліковано: 14.10.2026 о 22:40 за київським часом", date(2026, 10, 14)),
        ("Opublikowano: 14.10.2026 22:40 CEST", date(2026, 10, 14)),
        ("14.10.2026 22:40 (ALMT)", date(2026, 10, 14)),
        ("Published 2026-10-14 22:40 Moscow time", date(2026, 10, 14)),
    ],
)
def test_date_lines_with_a_time_zone_give_the_printed_day(line, day):
    found = date_line(line)
    assert found is not None, line
    assert found[0].to_date() == day and found[1] == "published"


@pytest.mark.parametrize(
    "line",
    ["14.10.2026 по итогам встречи", "14.10.2026 22:40 Минск Гродно Брест", "14.10.2026 ТАСС сообщил"],
)
def test_a_zone_is_not_any_word_after_the_time(line):
    assert date_line(line) is None


def test_update_line_with_zone_is_modified_date():
    found = date_line("Обновлено: 15.10.2026 09:10 (МСК)")
    assert found is not None and found[1] == "modified"


def test_page_date_line_with_zone_is_the_publication_date():
    page = (
        "Главная | В мире | Экономика\n"
        "Опубликовано: 14.10.2026 22:40 (МСК)\n"
        "Норвегия и Исландия подписали соглашение\n"
        f"{BODY}\n"
    )
    meta = parse_scraped_text(page)
    assert (meta.published_date, meta.published_date_source) == (date(2026, 10, 14), "header")


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("пн, 12 жов 2026 09:00:00 +0300", date(2026, 10, 12)),  # Ukrainian
        ("ср, 2 гру 2026 18:15:00 +0200", date(2026, 12, 2)),
        ("аў, 13 кас 2026 09:00:00 +0300", date(2026, 10, 13)),  # Belarusian
        ("нд, 6 сне 2026 09:00:00 +0300", date(2026, 12, 6)),
        ("wt, 13 paź 2026 09:00:00 +0200", date(2026, 10, 13)),  # Polish
        ("czw, 3 wrz 2026 09:00:00 +0200", date(2026, 9, 3)),
        ("pt, 4 gru 2026 09:00:00 +0100", date(2026, 12, 4)),
        ("Дс, 12 қаз 2026 09:00:00 +0500", date(2026, 10, 12)),  # Kazakh
        ("Жм, 7 там 2026 09:00:00 +0500", date(2026, 8, 7)),
        ("Вт, 13 окт 2026 09:00:00 +0300", date(2026, 10, 13)),  # Russian, as before
        ("Tue, 13 Oct 2026 09:00:00 +0300", date(2026, 10, 13)),
        ("14.10.2026 22:40 (МСК)", date(2026, 10, 14)),
    ],
)
def test_feed_item_dates_in_other_languages(value, day):
    assert parse_date_value(value) == day


def test_feed_item_date_in_polish_dates_the_fetched_page():
    page = b"Dania i Szwecja zbuduja nowy most nad ciesnina, poinformowaly oba rzady w komunikacie."
    res = parse_input(
        InputItem(
            "https://x.example/a.txt", "txt", content=page, feed_published="pon, 12 paź 2026 09:00:00 +0200"
        )
    )
    art = res.articles[0]
    assert (art.published_date, art.published_date_source) == (date(2026, 10, 12), "feed")


def test_unknown_month_words_stay_null():
    assert parse_date_value("пн, 12 xyz 2026 09:00:00 +0300") is None
    assert parse_date_value("пн, 12 там-там 2026") is None


def _html_page(head: str) -> bytes:
    return (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Норвегия и Исландия</title>{head}'
        f"</head><body><article><h1>Норвегия и Исландия подписали соглашение</h1><p>{BODY}</p>"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("head", "modified"),
    [
        (
            '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-10-14T16:20:00+01:00",'
            '"dateModified":"2026-10-16T08:00:00+01:00"}</script>',
            date(2026, 10, 16),
        ),
        (
            '<meta property="article:published_time" content="2026-10-14T16:20:00+01:00">'
            '<meta content="2026-10-17T09:00:00+01:00" property="article:modified_time">',
            date(2026, 10, 17),
        ),
        ('<meta property="article:published_time" content="2026-10-14T16:20:00+01:00">', None),
        (  # two items updated on different days: no one update date of the page
            '<script type="application/ld+json">[{"dateModified":"2026-10-15"},{"dateModified":"2026-10-18"}]</script>',
            None,
        ),
    ],
)
def test_html_markup_update_date_is_modified_date(head, modified):
    res = parse_input(InputItem("file:///in/p.html", "html", content=_html_page(head)))
    (art,) = res.articles
    assert art.modified_date == modified
    assert art.published_date in (date(2026, 10, 14), None)


@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        (
            " date 2026-10-14 Uzbekistan and Korea sign deals Tashkent Times",
            "Uzbekistan and Korea sign deals",
            "Tashkent Times",
        ),
        (
            " date 2026-10-14 Poland and Ukraine talk grain The Warsaw Post",
            "Poland and Ukraine talk grain",
            "The Warsaw Post",
        ),
        (
            " date 2026-10-14 Vietnam and Laos meet in Vientiane Reuters",
            "Vietnam and Laos meet in Vientiane",
            "Reuters",
        ),
        (" date 2026-10-14 Беларусь и Китай РИА Новости", "Беларусь и Китай", "РИА Новости"),
        (" date 2026-10-14 Trade talks resume Times", "Trade talks resume", "Times"),
    ],
)
def test_multi_word_site_at_the_end_of_a_scraper_header(line, title, site):
    from flows.text.article import match_scraper_header

    header = match_scraper_header(line)
    assert header is not None and (header.title, header.site) == (title, site)
