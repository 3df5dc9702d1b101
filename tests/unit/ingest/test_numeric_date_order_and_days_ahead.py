"""A date in numbers whose figures do not tell the order (``07-12-2026``, ``07/12/2026``) reads day
first on a page in a language whose press writes the day first (Cyrillic, Polish) and stays
unread on an English one; a page's markup may date it up to two days after the machine's today
(a time zone ahead), and a month htmldate completes with a first day is no date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from flows.ingest.documents import parse_html, parse_text
from flows.text.dates import day_and_month, day_first_dates, day_first_document

RU_BODY = (
    "Министры иностранных дел Армении и Грузии обсудили в Тбилиси транзит грузов и энергетику. "
    "Стороны договорились о новой встрече в начале следующего года, сообщили в ведомстве."
)
PL_BODY = (
    "Ministrowie spraw zagranicznych Polski i Litwy rozmawiali w Wilnie o tranzycie i energetyce. "
    "Strony uzgodniły, że kolejne spotkanie odbędzie się na początku przyszłego roku."
)
EN_BODY = (
    "The foreign ministers of Armenia and Georgia discussed cargo transit and energy in Tbilisi. "
    "The sides agreed to meet again early next year, the ministry said in a statement."
)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("07-12-2026, 18:20", date(2026, 12, 7)),
        ("05/11/2026 09:15", date(2026, 11, 5)),
        ("03-04-2025, 10:00 · Обновлено: 04-04-2025, 11:00", date(2025, 4, 3)),
    ],
)
def test_a_russian_page_reads_numeric_dates_day_first(stamp: str, expected: date) -> None:
    text = f"Новости Кавказа\n\n{stamp}\n\nАрмения и Грузия обсудили транзит\n\n{RU_BODY}\n"
    assert parse_text("x.txt", text).published_date == expected


def test_a_polish_page_reads_numeric_dates_day_first() -> None:
    text = f"Wiadomości\n\n06/10/2026, 12:30\n\nPolska i Litwa o tranzycie\n\n{PL_BODY}\n"
    assert parse_text("x.txt", text).published_date == date(2026, 10, 6)


@pytest.mark.parametrize("stamp", ["07/12/2026 18:20", "05-11-2026, 09:15"])
def test_an_english_page_leaves_an_ambiguous_numeric_date_unread(stamp: str) -> None:
    text = f"Caucasus News\n\n{stamp}\n\nArmenia and Georgia discuss transit\n\n{EN_BODY}\n"
    assert parse_text("x.txt", text).published_date is None


def test_figures_that_tell_the_order_read_alike_in_every_language() -> None:
    assert day_and_month(30, 11) == (30, 11)
    assert day_and_month(11, 30) == (30, 11)
    assert day_and_month(5, 11) is None
    with day_first_dates(True):
        assert day_and_month(5, 11) == (5, 11)
        assert day_and_month(11, 30) == (30, 11)  # the figures still win
    assert day_and_month(5, 11) is None  # the order is the reading page's only


def test_which_documents_write_the_day_first() -> None:
    assert day_first_document(RU_BODY)
    assert day_first_document(PL_BODY)
    assert not day_first_document(EN_BODY)
    assert not day_first_document(EN_BODY + " Lech Wałęsa and Сергей Лавров were quoted.")


def _html(published: str, extra: str = "") -> str:
    return (
        "<html><head><title>Armenia and Georgia discuss transit</title>"
        f'<meta property="article:published_time" content="{published}">'
        "</head><body><h1>Armenia and Georgia discuss transit</h1>"
        f"{extra}<p>{EN_BODY}</p><p>{EN_BODY}</p></body></html>"
    )


def test_markup_dated_tomorrow_is_read() -> None:
    tomorrow = datetime.now(UTC).date() + timedelta(days=1)
    page = _html(f"{tomorrow.isoformat()}T01:30:00+10:00")
    assert parse_html("x.html", page).published_date == tomorrow


def test_a_month_htmldate_completes_is_no_date() -> None:
    # the stated day is too far ahead to be read; what is left is its month, which htmldate would
    # give as its first day (within the two days allowed, unless the day is a month's first)
    ahead = datetime.now(UTC).date() + timedelta(days=3)
    stamp = f'<p class="byline">Last updated {ahead.strftime("%d/%m/%Y")}</p>'
    page = _html(f"{ahead.isoformat()}T09:00:00+00:00", stamp)
    assert parse_html("x.html", page).published_date != ahead.replace(day=1)
    assert parse_html("x.html", page).published_date is None
