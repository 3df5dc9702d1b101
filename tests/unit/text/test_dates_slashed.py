"""Dates of digits with slashes or hyphens, day or month first: read only where a number above 12
(or two equal numbers) tells the order; else no date, never a guess."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text
from flows.text.dates import day_and_month, find_dates


def _page(header: str) -> str:
    return (
        "Агентство\nЭкспорт Казахстана в Китай вырос на 12%\n"
        f"{header}\nЭкспорт Казахстана в Китай по итогам девяти месяцев вырос на 12%, сообщает ведомство.\n"
    )


@pytest.mark.parametrize(
    ("header", "day"),
    [
        ("28-11-2026 09:40", date(2026, 11, 28)),
        ("28/11/2026", date(2026, 11, 28)),
        ("11/28/2026 9:40 AM", date(2026, 11, 28)),
        ("Опубликовано: 13/10/2026, 18:00", date(2026, 10, 13)),
        ("07/07/2026", date(2026, 7, 7)),
    ],
)
def test_header_date_whose_order_a_number_tells(header, day):
    meta = parse_scraped_text(_page(header), collected=date(2026, 12, 1))
    assert (meta.published_date, meta.published_date_source) == (day, "header")


@pytest.mark.parametrize("header", ["03-11-2026 09:40", "03/11/2026", "11/03/2026"])
def test_header_date_of_two_readings_is_no_date(header):
    assert parse_scraped_text(_page(header), collected=date(2026, 12, 1)).published_date is None


def test_day_and_month():
    assert day_and_month(30, 11) == (30, 11)
    assert day_and_month(11, 30) == (30, 11)
    assert day_and_month(6, 6) == (6, 6)
    assert day_and_month(6, 7) is None
    assert day_and_month(40, 50) is None


def test_no_dated_day_in_ranges_and_fractions():
    text = "в 2020-2024 годах собрали 1/2 урожая; 10-12 ноября пройдет форум; счет 3-1-2026"
    assert [d for d in find_dates(text) if d.year is not None] == []
