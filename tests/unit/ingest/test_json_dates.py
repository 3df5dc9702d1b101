"""Dates of JSON exports in the formats sites write: read where they name one day, NULL otherwise."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from flows.ingest.documents import InputItem, parse_date_value, parse_input

TEXT = "Товарооборот между Беларусью и Казахстаном за январь-октябрь составил 100 млн долларов."
EPOCH = int(datetime(2026, 11, 30, 11, 5, tzinfo=UTC).timestamp())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Nov 30, 2026", date(2026, 11, 30)),
        ("November 30th, 2026", date(2026, 11, 30)),
        ("Monday, November 30, 2026 2:05 PM", date(2026, 11, 30)),
        ("Sep. 4, 2025, 14:05 EST", date(2025, 9, 4)),
        ("2026/11/30", date(2026, 11, 30)),
        ("2026.11.30 14:05", date(2026, 11, 30)),
        ("30.11.26", date(2026, 11, 30)),
        ("04.09.98", date(1998, 9, 4)),
        ("30/11/2026", date(2026, 11, 30)),
        ("11/30/2026", date(2026, 11, 30)),
        ("30 November 2026 14:05", date(2026, 11, 30)),
        ("4 września 2025", date(2025, 9, 4)),
        ("30 листопада 2026 р.", date(2026, 11, 30)),
        ("30 қараша 2026", date(2026, 11, 30)),
        ("Mon, 30 Nov 2026 14:05:00 +0300", date(2026, 11, 30)),
        ("Mon, 30 Nov 2026 14:05:00 GMT", date(2026, 11, 30)),
        (str(EPOCH), date(2026, 11, 30)),
        (str(EPOCH * 1000), date(2026, 11, 30)),
        (EPOCH, date(2026, 11, 30)),
        (EPOCH * 1000, date(2026, 11, 30)),
        (EPOCH + 0.25, date(2026, 11, 30)),
        # ambiguous or no day: NULL
        ("05/11/2026", None),
        ("05-11-2026", None),
        ("31.02.2026", None),
        ("вчера", None),
        ("12345", None),
        (42, None),
        (True, None),
        ("4102444800", None),  # 2100: no publication time
        ("30 November 2026 and 12 May 2025", None),
    ],
)
def test_metadata_dates_are_read_where_unambiguous(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("published", "Nov 30, 2026", date(2026, 11, 30)),
        ("date", "2026/11/30", date(2026, 11, 30)),
        ("pubDate", "30.11.26", date(2026, 11, 30)),
        ("published_at", EPOCH, date(2026, 11, 30)),
        ("created_at", EPOCH * 1000, date(2026, 11, 30)),
        ("datetime", "30 November 2026 14:05", date(2026, 11, 30)),
        ("published", "05/11/2026", None),
    ],
)
def test_json_export_dates(tmp_path, field, value, expected):
    path = tmp_path / "item.json"
    path.write_text(json.dumps({"title": "Дата", "text": TEXT, field: value}, ensure_ascii=False), "utf-8")
    (article,) = parse_input(InputItem(str(path), "json", path=str(path))).articles
    assert article.published_date == expected
    assert article.published_date_source == ("json" if expected else "none")


def test_iso_timestamp_line_under_a_headline_is_the_date(tmp_path):
    path = tmp_path / "iso.txt"
    path.write_text(
        "Беларусь и Казахстан: итоги торговли\n2026-11-30T10:00:00+03:00\n" + TEXT + "\n", encoding="utf-8"
    )
    (article,) = parse_input(InputItem(str(path), "txt", path=str(path))).articles
    assert (article.published_date, article.published_date_source) == (date(2026, 11, 30), "header")
