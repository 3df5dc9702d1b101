"""Dates a page prints that are not its article's publication date: a ``<time>`` inside a
paragraph of the text (a date the text names) and a block labelled as an update of the site or
page. The page's own ``<time>`` above the text still dates it."""

from __future__ import annotations

from datetime import date

import pytest

from flows.ingest.documents import parse_html

PARAGRAPH = (
    "<p>Министры иностранных дел Армении и Грузии обсудили в Тбилиси транзит грузов и энергетику. "
    "Стороны договорились о новой встрече в начале следующего года.</p>"
)


def _page(*blocks: str) -> str:
    return "<html><body><h1>Армения и Грузия обсудили транзит</h1>" + "".join(blocks) + "</body></html>"


@pytest.mark.parametrize(
    "prose",
    [
        '<p>Предыдущие переговоры прошли <time datetime="2026-09-14">14 сентября</time> в Ереване, '
        "тогда стороны подписали меморандум.</p>",
        "<p>The previous round was held on <time>September 14, 2026</time> in Yerevan, "
        "where the sides signed a memorandum.</p>",
        '<ul><li>Первый раунд консультаций состоялся <time datetime="2026-09-14">14.09.2026</time> '
        "в Ереване при участии экспертов.</li></ul>",
    ],
)
def test_a_time_inside_prose_is_no_publication_date(prose: str) -> None:
    article = parse_html("x.html", _page(prose, PARAGRAPH))
    assert article.published_date is None


@pytest.mark.parametrize(
    "stamp",
    [
        '<div class="site-info">Последнее обновление сайта: 02.12.2026</div>',
        '<div class="page-info"><span>Last updated:</span> <span>December 2, 2026</span></div>',
        '<p class="meta-info">Останнє оновлення: 02.12.2026 10:00</p>',
        '<div class="info">Ostatnia aktualizacja: 2 grudnia 2026</div>',
    ],
)
def test_an_update_stamp_is_no_publication_date(stamp: str) -> None:
    article = parse_html("x.html", _page(PARAGRAPH, stamp))
    assert article.published_date is None


def test_the_pages_own_time_still_dates_it() -> None:
    html = _page(
        '<div class="article-date"><time datetime="2026-11-28">28 ноября 2026</time></div>', PARAGRAPH
    )
    assert parse_html("x.html", html).published_date == date(2026, 11, 28)
