"""A page whose only date is a paragraph of its own right under the headline (``<p
class="meta">Opublikowano: ...</p>``), which main-text extraction drops: its publication day,
source ``header``; an update stamp there is no publication day, and a first paragraph of prose
that names a day dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from flows.ingest.documents import InputItem, parse_input

PROSE = (
    "<p>Kazachstan i Uzbekistan uzgodniły nowe zasady tranzytu zboża przez swoje terytoria, a ministrowie "
    "rolnictwa obu krajów podpisali w Taszkencie protokół o współpracy na kolejne lata.</p>"
    "<p>Strony zapowiedziały kolejne spotkanie ekspertów na wiosnę oraz wspólne inwestycje w logistykę.</p>"
)


def _page(meta_line: str, first: str = PROSE, lang: str = "pl") -> bytes:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Tranzyt zboża</title></head>'
        f'<body><nav><a href="/">Start</a></nav><div class="article"><h1>Tranzyt zboża</h1>'
        f"{meta_line}{first}</div><footer>© 2026 Portal</footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("meta_line", "day"),
    [
        (
            '<p class="meta">Opublikowano: 3 marca 2026, 09:10 | Aktualizacja: 04.03.2026 11:00</p>',
            date(2026, 3, 3),
        ),
        ("<p>Опубліковано: 12 квітня 2026, 18:45</p>", date(2026, 4, 12)),
        ('<p class="art-info">Опубликовано 21.05.2026 в 08:15</p>', date(2026, 5, 21)),
        ("<p>14 lutego 2026</p>", date(2026, 2, 14)),
    ],
)
def test_a_date_paragraph_under_the_headline_dates_the_page(meta_line: str, day: date) -> None:
    (art,) = parse_input(InputItem("file:///in/page.html", "html", content=_page(meta_line))).articles
    assert art.published_date == day
    # (htmldate reads some such lines itself: the markup's date, then)
    assert art.published_date_source in ("header", "html meta")


def test_an_update_stamp_or_prose_naming_a_day_is_no_publication_date() -> None:
    update = _page('<p class="meta">Aktualizacja: 04.03.2026 11:00</p>')
    (art,) = parse_input(InputItem("file:///in/a.html", "html", content=update)).articles
    assert art.published_date is None
    prose_first = _page("", first="<p>Spotkanie odbyło się 3 marca 2026 r. w Taszkencie.</p>" + PROSE)
    (art,) = parse_input(InputItem("file:///in/b.html", "html", content=prose_first)).articles
    assert art.published_date is None
