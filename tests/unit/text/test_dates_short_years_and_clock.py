"""Dates in figures with a time after them, with a two-figure year, and Kazakh dates written
year first (flows/text/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.dates import date_line, find_dates


@pytest.mark.parametrize(
    ("text", "day", "has_time"),
    [
        ("12.06.2024 14:35", date(2024, 6, 12), True),
        ("05.01.2026, 09:05", date(2026, 1, 5), True),
        ("Опубликовано 14.03.24 в 10:00", date(2024, 3, 14), True),
        ("30.11.25", date(2025, 11, 30), False),
        ("2024 жылғы 14 наурыз", date(2024, 3, 14), False),
        ("2025 жылы 3 желтоқсан", date(2025, 12, 3), False),
    ],
)
def test_a_date_in_figures_or_year_first(text: str, day: date, has_time: bool) -> None:
    (found,) = find_dates(text)
    assert found.to_date() == day
    assert found.has_time is has_time


@pytest.mark.parametrize(
    "text", ["версия 1.2.24", "1.03.24", "курс 12.35.24", "цена 10.05.24.5", "тираж 11.11.111"]
)
def test_other_dotted_figures_are_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_day_that_does_not_exist_gives_no_day() -> None:
    (found,) = find_dates("31 февраля 2024")
    assert found.to_date() is None


def test_a_dotted_date_and_time_is_a_date_line() -> None:
    found = date_line("14.03.24 10:00")
    assert found is not None and found[0].to_date() == date(2024, 3, 14)
