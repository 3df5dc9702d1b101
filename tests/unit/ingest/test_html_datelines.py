"""An HTML page whose markup, head lines and ``<time>`` elements state no date takes the date of
the agency dateline its text opens with: its own year, or the year of the day the file was
collected (its modification time) when the day lies at most a month before it. A date the markup
states stays the date."""

from __future__ import annotations

import os
from datetime import date, datetime

import pytest

from flows.ingest.documents import InputItem, parse_input

COLLECTED = datetime(2026, 12, 1, 9, 30)
BODY = "Стороны обсудили торговлю, транзит и энергетику и подписали пакет документов о сотрудничестве."
MORE = "Товарооборот двух стран за девять месяцев вырос на 12 процентов, сообщили в правительстве."


def _page(opening: str, head: str = "") -> str:
    return (
        f"<html><head><title>Переговоры в столице</title>{head}</head><body>"
        "<nav><a href='/'>Главная</a> <a href='/world'>В мире</a></nav>"
        f"<article><h1>Переговоры в столице</h1><p>{opening} {BODY}</p><p>{MORE}</p></article>"
        "<footer>© 2026 Новости</footer></body></html>"
    )


def _dated(tmp_path, html: str, collected: datetime = COLLECTED, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    stamp = collected.timestamp()
    os.utime(path, (stamp, stamp))
    st = path.stat()
    item = InputItem(str(path), "html", path=str(path), size_bytes=st.st_size, mtime_ns=st.st_mtime_ns)
    result = parse_input(item)
    assert not result.rejected, result.rejected
    (art,) = result.articles
    return art.published_date, art.published_date_source


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("МОСКВА, 27 ноября. /ТАСС/.", date(2026, 11, 27)),
        ("КИЇВ, 29 листопада — Укрінформ.", date(2026, 11, 29)),
        ("21 ноября, Минск /Корр. БЕЛТА/.", date(2026, 11, 21)),
        ("WARSAW, Nov 30 (Reuters) -", date(2026, 11, 30)),
        ("АСТАНА, 2 декабря 2025 /Казинформ/.", date(2025, 12, 2)),  # its own year
    ],
)
def test_an_html_page_with_no_stated_date_takes_its_opening_datelines(tmp_path, opening, expected):
    assert _dated(tmp_path, _page(opening)) == (expected, "dateline")


def test_a_yearless_dateline_far_before_the_collection_day_gives_no_date(tmp_path):
    assert _dated(tmp_path, _page("МОСКВА, 3 марта. /ТАСС/.")) == (None, "none")


def test_the_year_before_for_a_december_dateline_collected_in_january(tmp_path):
    got = _dated(tmp_path, _page("ТАШКЕНТ, 30 декабря — Podrobno.uz."), collected=datetime(2027, 1, 3, 8))
    assert got == (date(2026, 12, 30), "dateline")


def test_a_date_the_markup_states_stays_the_date(tmp_path):
    head = '<meta property="article:published_time" content="2026-11-28T10:00:00+03:00">'
    assert _dated(tmp_path, _page("МОСКВА, 27 ноября. /ТАСС/.", head)) == (date(2026, 11, 28), "html meta")


def test_a_page_with_neither_has_no_date(tmp_path):
    assert _dated(tmp_path, _page("В столице прошли переговоры.")) == (None, "none")
