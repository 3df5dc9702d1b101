"""An HTML page's publication date comes from what the page states of the article itself: a day
printed only by page furniture (a side bar of popular stories, a comment, the site's footer, a block
of related stories), an update stamp alone, or a day and month in numbers that read either way is
no publication date (NULL). The article's own date beside such furniture stays."""

from __future__ import annotations

from datetime import date

import pytest

from flows.ingest.documents import InputItem, parse_input

PARAS = (
    "<p>Стороны обсудили торговлю, транзит и энергетику и подписали пакет документов о сотрудничестве.</p>"
    "<p>Товарооборот двух стран за девять месяцев вырос на 12 процентов, сообщили в правительстве.</p>"
)


def _page(head: str = "", article_extra: str = "", after: str = "") -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>Переговоры в столице</title>{head}</head><body>"
        f"<article><h1>Переговоры в столице прошли успешно</h1>{article_extra}{PARAS}</article>"
        f"{after}</body></html>"
    )


def _articles(tmp_path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    result = parse_input(InputItem(str(path), "html", path=str(path)))
    assert not result.rejected, result.rejected
    return result.articles


def _date(tmp_path, html: str) -> date | None:
    (art,) = _articles(tmp_path, html)
    return art.published_date


SIDEBAR = (
    "<aside><h3>Популярное</h3><ul><li><a href='/a'>Делегация прибыла в Минск</a> "
    "<time datetime='2026-11-21T10:00:00+03:00'>21 ноября 2026</time></li></ul></aside>"
)
COMMENTS = (
    "<div class='comments'><div class='comment-item'><b>Иван</b> "
    "<span class='date'>29.11.2026 21:14</span><p>Хорошая новость.</p></div></div>"
)
FOOTER = (
    "<footer><p>Последнее обновление сайта: <time datetime='2026-12-03T08:00:00+03:00'>"
    "3 декабря 2026</time></p><p>© 2026 Портал</p></footer>"
)
RELATED_DIV = (
    "<div id='related-news'><h2>Ещё новости</h2><ul><li>Министры встретились в Баку "
    "<time datetime='2026-10-14'>14 октября 2026</time></li></ul></div>"
)


@pytest.mark.parametrize(
    "furniture", [SIDEBAR, COMMENTS, FOOTER, RELATED_DIV], ids=["aside", "comments", "footer", "related"]
)
def test_a_day_printed_only_by_page_furniture_is_no_publication_date(tmp_path, furniture):
    assert _date(tmp_path, _page(after=furniture)) is None


@pytest.mark.parametrize(
    "furniture", [SIDEBAR, COMMENTS, FOOTER, RELATED_DIV], ids=["aside", "comments", "footer", "related"]
)
def test_the_articles_own_date_stays_beside_furniture(tmp_path, furniture):
    own = "<time datetime='2026-11-30T12:15:00+03:00'>30 ноября 2026, 12:15</time>"
    assert _date(tmp_path, _page(article_extra=own, after=furniture)) == date(2026, 11, 30)
    head = "<meta property='article:published_time' content='2026-11-28T09:00:00+03:00'>"
    assert _date(tmp_path, _page(head=head, after=furniture)) == date(2026, 11, 28)


@pytest.mark.parametrize(
    "head",
    [
        "<meta property='article:modified_time' content='2026-12-02T09:00:00+03:00'>",
        "<meta content='2026-12-01T18:40:00+03:00' property='og:updated_time'>",
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Переговоры", "dateModified": "2026-11-30T09:00:00+03:00"}</script>',
    ],
    ids=["article:modified_time", "og:updated_time", "json-ld"],
)
def test_an_update_stamp_alone_is_no_publication_date_but_the_modified_date(tmp_path, head):
    (art,) = _articles(tmp_path, _page(head=head))
    assert art.published_date is None
    assert art.modified_date is not None


def test_an_update_stamp_beside_the_publication_date_leaves_it(tmp_path):
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-11-20T08:00:00+03:00",'
        ' "dateModified": "2026-11-25T10:00:00+03:00"}</script>'
    )
    (art,) = _articles(tmp_path, _page(head=head))
    assert (art.published_date, art.modified_date) == (date(2026, 11, 20), date(2026, 11, 25))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("04/05/2026", None),  # 4 May or 5 April
        ("11-03-2026", None),
        ("13/05/2026", date(2026, 5, 13)),  # only one order makes a date
        ("07/07/2026", date(2026, 7, 7)),  # both orders give the same day
        ("2026-04-05", date(2026, 4, 5)),
    ],
)
def test_a_meta_date_whose_day_and_month_read_either_way_is_no_date(tmp_path, content, expected):
    assert _date(tmp_path, _page(head=f"<meta name='pubdate' content='{content}'>")) == expected


def test_dated_teaser_cards_in_a_related_block_are_no_stories_of_the_page(tmp_path):
    own = "<time datetime='2026-12-01T10:00:00+03:00'>1 декабря 2026</time>"
    cards = "".join(
        f"<article><h3>{title}</h3><time datetime='{day}'>{day}</time><p>{text}</p></article>"
        for title, day, text in [
            (
                "Минск и Ханой обсудили торговлю",
                "2026-11-20",
                "Стороны обсудили поставки техники и продуктов питания.",
            ),
            (
                "Минск и Каир обсудили пшеницу",
                "2026-11-18",
                "Стороны обсудили поставки зерна и удобрений в будущем году.",
            ),
        ]
    )
    html = _page(
        article_extra=own, after=f"<section class='related-stories'><h2>Другие новости</h2>{cards}</section>"
    )
    (art,) = _articles(tmp_path, html)
    assert art.published_date == date(2026, 12, 1)
    assert "Ханой" not in art.body and "Каир" not in art.body
