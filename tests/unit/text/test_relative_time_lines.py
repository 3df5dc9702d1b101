"""A time relative to the page's view under a headline (``Published 2 days ago · 3 min read``,
``Опубликовано 2 часа назад``, ``5 godzin temu``) is no headline and names no day: the headline
above it is the title, the date stays NULL, and the body starts after it."""

from __future__ import annotations

import pytest

from flows.text.article import parse_scraped_text

HEADLINE = "Australia and Papua New Guinea sign defence treaty"
LEAD = "CANBERRA – Australia and Papua New Guinea signed a defence treaty on Monday, officials said."


@pytest.mark.parametrize(
    "line",
    [
        "Published 2 days ago · 3 min read",
        "Posted 3 hours ago",
        "Updated 45 minutes ago",
        "Опубликовано 2 часа назад",
        "5 минут назад",
        "Опубліковано 3 години тому",
        "3 гадзіны таму",
        "Opublikowano 5 godzin temu",
    ],
)
def test_a_relative_time_line_is_no_headline(line: str) -> None:
    page = f"Pacific Daily\nHome | World\n{HEADLINE}\n{line}\n{LEAD} The pact covers joint patrols.\nShare"
    meta = parse_scraped_text(page)
    assert meta.title == HEADLINE
    assert meta.published_date is None
    assert page[meta.body_start :].startswith("CANBERRA")


def test_a_headline_that_reads_like_one_stays_a_headline() -> None:
    title = "Два дня назад Египет и Россия подписали соглашение о поставках зерна"
    page = f"Новости\nГлавная | Экономика\n{title}\nЕгипет увеличит закупки пшеницы, сообщил министр. Поставки вырастут.\n"
    assert parse_scraped_text(page).title == title
