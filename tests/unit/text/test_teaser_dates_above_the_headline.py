"""Teasers of other stories above the headline, each over its own date line with no blank line
between the blocks: the article's date is the one under its own headline, not a teaser's."""

from __future__ import annotations

from datetime import date

import pytest

from flows.text.article import parse_scraped_text

HEADLINE = "Узбекистан и Туркменистан открыли новый пункт пропуска"
BODY = (
    "Президенты Узбекистана и Туркменистана открыли на границе двух стран новый пункт пропуска. "
    "Через него будут проходить грузовики и пассажирские автобусы."
)


@pytest.mark.parametrize(
    "teasers",
    [
        ["Молдова и Румыния подписали соглашение о мостах", "28.10.2026"],
        ["Грузия и Армения обсудили энергетический коридор", "27 октября 2026, 11:05"],
        [
            "Латвия и Литва договорились о совместных закупках",
            "26.10.2026 09:00",
            "Эстония и Финляндия проверили морской кабель",
            "27.10.2026 18:30",
        ],
    ],
)
def test_the_date_under_the_headline_wins_over_teasers_above(teasers: list[str]) -> None:
    text = "\n".join([*teasers, HEADLINE, "29.10.2026 14:20", BODY]) + "\n"
    meta = parse_scraped_text(text)
    assert meta.title == HEADLINE
    assert meta.published_date == date(2026, 10, 29)


def test_a_date_above_the_headline_alone_still_dates_it() -> None:
    text = "\n".join(["Политика", "29.10.2026", HEADLINE, BODY]) + "\n"
    meta = parse_scraped_text(text)
    assert meta.published_date == date(2026, 10, 29)
