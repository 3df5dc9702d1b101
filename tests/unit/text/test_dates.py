"""Publication dates, titles and publishers of scraped pages, JSON exports and feed pages."""

from __future__ import annotations

import json
from datetime import date

import pytest

from benchmarks.eval_dates import evaluate
from flows.ingest.documents import InputItem, parse_date_value, parse_input
from flows.text.article import parse_scraped_text
from flows.text.dates import date_line, find_dates

BODY = (
    "Стороны обсудили вопросы сотрудничества в торговле и промышленности и подписали ряд документов.\n"
    "Следующая встреча комиссии запланирована на осень, сообщили в пресс-службе ведомства.\n"
)


def meta_of(text: str, context: date | None = None):
    return parse_scraped_text(text, context)


@pytest.mark.parametrize(
    "prefix",
    ["URL: https://www.belta.by/x/1/\n", "Source: https://tass.ru/a/1\n\n", "link: http://sb.by/n\n", "\n"],
)
def test_scraper_header_after_url_line(prefix):
    text = prefix + " date 2026-02-03 Минск и Ханой подписали соглашение belta.by\n\n" + BODY
    meta = meta_of(text)
    assert (meta.published_date, meta.published_date_source) == (date(2026, 2, 3), "header")
    assert meta.title == "Минск и Ханой подписали соглашение"
    assert meta.publisher == "belta.by"
    assert text[meta.body_start :].startswith("Стороны обсудили")


@pytest.mark.parametrize(
    ("dateline", "published", "publisher"),
    [
        ("МИНСК, 21 апреля 2025. /ТАСС/.", date(2025, 4, 21), "ТАСС"),
        ("ВЛАДИВОСТОК, 3 октября 2022. /Интерфакс/.", date(2022, 10, 3), "Интерфакс"),
        ("НУР-СУЛТАН, 30 ноября 2021 /Казинформ/.", date(2021, 11, 30), "Казинформ"),
        ("МОСКВА, 21 апр 2024 — РИА Новости.", date(2024, 4, 21), "РИА Новости"),
        ("ЕРЕВАН, 2 фев 2023 — Sputnik.", date(2023, 2, 2), "Sputnik"),
        ("Казахстан, 9 марта, 2013, 10:05 — ИА Регнум.", date(2013, 3, 9), "Регнум"),
        ("Нижний Новгород, 17 июля, 2021, 15:40 — ИА Регнум.", date(2021, 7, 17), "Регнум"),
        ("21 апреля 2024, Минск /Корр. БЕЛТА/.", date(2024, 4, 21), "БЕЛТА"),
        ("5 января 2023 г., Гродно /Корр. БЕЛТА/.", date(2023, 1, 5), "БЕЛТА"),
    ],
)
def test_agency_datelines_give_date_and_publisher(dateline, published, publisher):
    meta = meta_of("Заголовок новости о переговорах сторон\n\n" + dateline + " " + BODY)
    assert (meta.published_date, meta.published_date_source) == (published, "dateline")
    assert meta.publisher == publisher
    assert meta.title == "Заголовок новости о переговорах сторон"


@pytest.mark.parametrize(
    "dateline",
    [
        "МИНСК, 21 апреля. /ТАСС/.",
        "МОСКВА, 21 апр — РИА Новости.",
        "21 апреля, Минск /Корр. БЕЛТА/.",
        "АСТАНА, 21 апреля /Казинформ/.",
    ],
)
def test_dateline_without_year_takes_it_from_header_or_context_never_body(dateline):
    body = dateline + " " + BODY + "Ровно семь лет назад, 21 апреля 2017 года, был подписан договор.\n"
    meta = meta_of("Заголовок новости о переговорах сторон\n\n" + body)
    assert (meta.published_date, meta.published_date_source) == (None, "none")
    assert meta.publisher  # the agency is still named
    meta = meta_of("Заголовок новости о переговорах сторон\n\n" + body, context=date(2025, 5, 2))
    assert (meta.published_date, meta.published_date_source) == (date(2025, 4, 21), "dateline")
    header = " date 2025-04-21 Заголовок новости о переговорах сторон tass.ru\n\n"
    assert meta_of(header + body).published_date == date(2025, 4, 21)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("9 сент. 2024, 11:40", date(2024, 9, 9)),
        ("3 февр. 2025", date(2025, 2, 3)),
        ("12 окт. 2023 18:05", date(2023, 10, 12)),
        ("28 ноя 2022", date(2022, 11, 28)),
        ("1 янв. 2020", date(2020, 1, 1)),
        ("15 мар 2021, 09:00", date(2021, 3, 15)),
        ("7 авг. 2019", date(2019, 8, 7)),
        ("30 дек 2018", date(2018, 12, 30)),
    ],
)
def test_abbreviated_months_and_the_headline_after_them(line, expected):
    found = date_line(line)
    assert found is not None and found[0].to_date() == expected
    meta = meta_of("Новости\n" + line + "\nСербия и Венгрия построят нефтепровод\n\n" + BODY)
    assert (meta.published_date, meta.title) == (expected, "Сербия и Венгрия построят нефтепровод")


def test_abbreviations_are_not_read_inside_words():
    assert find_dates("5 декады подряд и 3 марш-броска") == []
    assert [(d.day, d.month) for d in find_dates("21 апр и 3 сент.")] == [(21, 4), (3, 9)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21 апреля 202321 апр 2023", date(2023, 4, 21)),
        ("7 июня 20247 июн 2024", date(2024, 6, 7)),
        ("1 декабря 2022 1 дек 2022", date(2022, 12, 1)),
        ("21 апреля 202322 апр 2023", None),  # two different dates: not a date line
    ],
)
def test_glued_date_widgets(line, expected):
    found = date_line(line)
    assert (found[0].to_date() if found else None) == expected


@pytest.mark.parametrize(
    "stamp",
    [
        "Обновлено: 14.06.2024 09:12",
        "Обновлено 14 июня 2024, 09:12",
        "Изменено: 2024-06-14",
        "Updated: 14.06.2024",
    ],
)
def test_update_stamp_is_modified_date_not_published(stamp):
    meta = meta_of(
        "12 марта 2019, 08:00\n" + stamp + "\nМолдова и Румыния открыли мост через Прут\n\n" + BODY
    )
    assert (meta.published_date, meta.modified_date) == (date(2019, 3, 12), date(2024, 6, 14))
    meta = meta_of(stamp + "\nМолдова и Румыния открыли мост через Прут\n\n" + BODY)
    assert (meta.published_date, meta.modified_date) == (None, date(2024, 6, 14))


@pytest.mark.parametrize(
    "portal",
    [
        "Пятница, 7 марта 2025\nМинск +3°C  USD 3,27  EUR 3,54\n",
        "12 декабря 2025 / 10:15\nМосква -2°C\nКурсы валют: $ 92,1 € 99,8\n",
        "Погода: Гомель +5°C\n12 декабря 2025 / 10:15\n",
    ],
)
def test_portal_header_today_loses_to_the_articles_own_date(portal):
    text = (
        portal
        + "Главная | Политика | Экономика | В мире\n\nВьетнам и Беларусь подписали дорожную карту\n3 января 2025\n\n"
        + BODY
    )
    meta = meta_of(text)
    assert meta.published_date == date(2025, 1, 3)
    assert meta.title == "Вьетнам и Беларусь подписали дорожную карту"


@pytest.mark.parametrize(
    "nav",
    [
        "Главная | Политика | Экономика | В мире",
        "Новости / Общество / Культура / Спорт / Происшествия",
        "Главная » Новости » Политика",
        "В мире • Экономика • Общество • Наука и техника",
    ],
)
def test_navigation_bars_are_never_titles(nav):
    assert meta_of(nav + "\n\n" + BODY).title is None
    assert meta_of(nav + "\nКазахстан и Китай запускают контейнерный маршрут\n\n" + BODY).title == (
        "Казахстан и Китай запускают контейнерный маршрут"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed, 4 Sep 2024 08:30:00 +0300", date(2024, 9, 4)),
        ("4 Sep 2024 23:30:00 -0500", date(2024, 9, 4)),  # the writer's date, not converted
        ("Tue, 10 Dec 2024 14:00:00 GMT", date(2024, 12, 10)),
        ("Пн, 6 мая 2019 12:00:00 +0300", date(2019, 5, 6)),
        ("Чт, 12 сент. 2024 09:00:00 +0700", date(2024, 9, 12)),
        ("вс, 1 дек 2024 00:10:00 +0300", date(2024, 12, 1)),
        ("2023-11-30T22:15:00Z", date(2023, 11, 30)),
        ("2024-02-29T23:30:00+04:00", date(2024, 2, 29)),
        ("2024-02-30T10:00:00", None),
        ("not a date", None),
    ],
)
def test_metadata_dates(value, expected):
    assert parse_date_value(value) == expected


def _json_item(name: str, data: str, kind: str = "json", **kw) -> InputItem:
    return InputItem(f"file:///in/{name}", kind, content=data.encode("utf-8"), **kw)


def test_json_dates_titles_and_modified():
    obj = {
        "headline": "Иран и Россия обсудили коридор",
        "pubDate": "Пн, 6 мая 2019 12:00:00 +0300",
        "updated": "2020-01-01T10:00:00Z",
        "text": BODY,
    }
    (art,) = parse_input(_json_item("a.json", json.dumps(obj, ensure_ascii=False))).articles
    assert (art.published_date, art.published_date_source, art.modified_date) == (
        date(2019, 5, 6),
        "json",
        date(2020, 1, 1),
    )
    del obj["pubDate"]
    (art,) = parse_input(_json_item("b.json", json.dumps(obj))).articles
    assert (art.published_date, art.published_date_source) == (None, "none")


def test_json_file_holding_json_lines_is_read_as_json_lines():
    lines = [
        json.dumps({"title": f"Статья {i}", "published": f"2022-01-1{i}", "text": f"Текст {i}. " + BODY})
        for i in range(3)
    ]
    res = parse_input(_json_item("export.json", "\n".join(lines) + "\n"))
    assert [a.title for a in res.articles] == ["Статья 0", "Статья 1", "Статья 2"]
    assert [a.published_date for a in res.articles] == [
        date(2022, 1, 10),
        date(2022, 1, 11),
        date(2022, 1, 12),
    ]
    assert [a.source_uri for a in res.articles] == [f"file:///in/export.json#{i}" for i in (1, 2, 3)]
    bad = "\n".join([lines[0], "{not json", lines[1]])
    res = parse_input(_json_item("bad.json", bad))
    assert len(res.articles) == 2 and res.rejected[0][0] == "file:///in/bad.json#2"
    res = parse_input(_json_item("broken.json", '{"title": "x",\n "text": '))
    assert res.rejected[0][1].startswith("bad json:")  # not JSON Lines either: the file's own error


def test_feed_page_keeps_the_items_date_and_title_where_it_has_none():
    feed = {
        "feed_title": "Египет и Судан обсудили водный вопрос",
        "feed_published": "Wed, 4 Sep 2024 08:30:00 +0300",
    }
    (art,) = parse_input(_json_item("p.txt", BODY, "txt", **feed)).articles
    assert (art.title, art.published_date, art.published_date_source) == (
        "Египет и Судан обсудили водный вопрос",
        date(2024, 9, 4),
        "feed",
    )
    own = "15 августа 2024, 09:00\nЧили и Перу договорились о литии\n\n" + BODY
    (art,) = parse_input(_json_item("q.txt", own, "txt", **feed)).articles
    assert (art.title, art.published_date, art.published_date_source) == (
        "Чили и Перу договорились о литии",
        date(2024, 8, 15),
        "header",
    )


def test_no_date_stated_means_null():
    (art,) = parse_input(
        _json_item("n.txt", "Главная / Новости\nБеларусь и Китай обсудили планы\n\n" + BODY, "txt")
    ).articles
    assert (art.published_date, art.published_date_source) == (None, "none")


def test_layout_evaluation_every_date_right_none_invented():
    results = evaluate()
    assert len(results) >= 40
    wrong = [
        (layout["part"], layout["name"], got)
        for layout, got, s in results
        if not all(v for k, v in s.items() if k != "invented")
    ]
    assert wrong == []


def test_headline_with_an_amount_is_a_title_and_a_date_at_the_headline_survives_rates():
    text = "Курс: USD 3,27 EUR 3,54\n5 мая 2024\nСША выделят $5 млрд на помощь Украине\n\n" + BODY
    meta = meta_of(text)
    assert (meta.title, meta.published_date) == ("США выделят $5 млрд на помощь Украине", date(2024, 5, 5))
    # the portal's "today" beside the weather, with no date of the article's own: no date
    meta = meta_of("12 декабря 2025 / 10:15\nМинск +3°C\n\nСША выделят $5 млрд на помощь Украине\n\n" + BODY)
    assert (meta.published_date, meta.published_date_source) == (None, "none")


def test_older_warehouse_gets_the_date_columns(tmp_path):
    import duckdb

    from flows.warehouse import ensure_raw_schema

    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    try:
        ensure_raw_schema(con)
        con.execute("alter table raw.articles drop column published_date_source")
        con.execute("alter table raw.articles drop column modified_date")
        ensure_raw_schema(con)
        cols = dict(
            con.execute(
                "select column_name, data_type from information_schema.columns where table_name = 'articles'"
                " and table_schema = 'raw'"
            ).fetchall()
        )
    finally:
        con.close()
    assert cols["published_date_source"] == "VARCHAR" and cols["modified_date"] == "DATE"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21 апреля 2024 | 10:00 | Просмотров: 120", date(2024, 4, 21)),
        ("21.04.2024 · 10:00 · Комментарии: 3", date(2024, 4, 21)),
        # a rubric or a place set off by a bar after the date: the line is still the date's
        ("21 апреля 2024 | Москва", date(2024, 4, 21)),
        # a headline after the bar is no date line
        ("21 апреля 2024 | Россия и Китай подписали соглашение", None),
    ],
)
def test_date_line_with_widget_counters(line, expected):
    found = date_line(line)
    assert (found[0].to_date() if found else None) == expected


@pytest.mark.parametrize(
    ("dateline", "published", "publisher"),
    [
        ("Москва. 21 апреля 2024. ИНТЕРФАКС - ", date(2024, 4, 21), "ИНТЕРФАКС"),
        ("Киев. 3 марта 2022. ИНТЕРФАКС-УКРАИНА - ", date(2022, 3, 3), "ИНТЕРФАКС-УКРАИНА"),
        ("Москва. 21 апреля. ИНТЕРФАКС - ", None, "ИНТЕРФАКС"),
    ],
)
def test_datelines_with_periods_and_agency_before_a_dash(dateline, published, publisher):
    meta = meta_of("Армения и Франция подписали оборонный контракт\n\n" + dateline + BODY)
    assert (meta.published_date, meta.publisher) == (published, publisher)
