"""The headline and the date line that main-text extraction keeps at the top of an HTML page's
text are not body: the headline is the title and the date line is the page's date when its
markup gives none. A date printed only inside ``<time>`` elements, and the publisher of the
page's linked data, are read too."""

from __future__ import annotations

from datetime import date

import pytest

from flows.ingest.documents import parse_html

LEADS = {
    "en": "Kazakhstan and China signed 15 agreements during the visit of the Chinese premier, the government said.",
    "uk": "Прем'єр-міністри України та Молдови домовилися про спільний контроль на кордоні, повідомив уряд.",
    "ru": "Президенты двух стран обсудили торговлю и транзит и подписали совместное заявление в столице.",
    "pl": "Premierzy Polski i Litwy podpisali umowę o współpracy energetycznej, poinformował rząd w Warszawie.",
    "be": "Міністры замежных спраў дзвюх краін абмеркавалі гандаль і транзіт і падпісалі сумесную заяву.",
}
SECOND = "<p>The sides also discussed transport links and agreed to meet again next year in the capital.</p>"


def _page(headline: str, date_html: str, lead: str, head: str = "") -> str:
    return (
        f"<html><head><title>{headline} | Site</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{headline}</h1>{date_html}<p>{lead}</p>{SECOND}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "headline", "date_html", "expected"),
    [
        ("en", "Kazakhstan, China sign deals worth $2 billion", "<div>By A. Writer | December 1, 2026 9:14 AM</div>", date(2026, 12, 1)),
        ("uk", "Україна та Молдова домовилися про контроль", "<span class='date'>1 грудня 2026, 10:15</span>", date(2026, 12, 1)),
        ("ru", "Россия и Индия обсудили торговлю", "<div class='date'>30 ноября 2026, 18:40</div>", date(2026, 11, 30)),
        ("pl", "Polska i Litwa podpisały umowę", "<p class='date'>3 września 2026 r., 14:15</p>", date(2026, 9, 3)),
        ("be", "Беларусь і В'етнам пашыраюць супрацоўніцтва", "<div>28 лістапада 2026 | 12:40</div>", date(2026, 11, 28)),
        ("en", "Armenia and France sign defence deal", "<div>June 3, 2025 Updated 2 hours ago</div>", date(2025, 6, 3)),
    ],
)  # fmt: skip
def test_headline_and_date_line_leave_the_body(lang, headline, date_html, expected):
    art = parse_html("p.html", _page(headline, date_html, LEADS[lang]))
    assert not isinstance(art, str), art
    assert art.body.startswith(LEADS[lang][:30]), art.body[:120]
    assert headline not in art.body
    assert (art.published_date, art.published_date_source) == (expected, "header")
    assert art.title is not None and _words(art.title) == _words(headline)


def _words(s: str) -> list[str]:
    import re

    return re.findall(r"\w+", s.casefold())


def test_a_headline_repeated_further_down_stays():
    headline = "Россия и Индия обсудили торговлю"
    page = _page(headline, "", LEADS["ru"]).replace(SECOND, f"<p>{headline}</p>{SECOND}")
    art = parse_html("p.html", page)
    assert not isinstance(art, str)
    assert art.body.startswith(LEADS["ru"][:30])
    assert headline in art.body


def test_an_update_line_under_the_headline_is_the_update_date():
    art = parse_html(
        "p.html",
        _page(
            "Россия и Индия обсудили торговлю",
            "<div>28.11.2026 10:00 | Обновлено 29.11.2026 08:15</div>",
            LEADS["ru"],
        ),
    )
    assert not isinstance(art, str)
    assert (art.published_date, art.modified_date) == (date(2026, 11, 28), date(2026, 11, 29))


def test_a_date_only_inside_time_elements():
    page = (
        "<html><head><meta property='og:title' content='Беларусь і В&#39;етнам'></head><body>"
        "<h1>Беларусь і В'етнам пашыраюць супрацоўніцтва</h1><time>28 лістапада 2026</time>"
        f"<div class='text'><p>{LEADS['be']}</p><p>{LEADS['be']}</p></div></body></html>"
    )
    art = parse_html("p.html", page)
    assert not isinstance(art, str)
    assert art.published_date == date(2026, 11, 28)
    two_days = page.replace("</body>", "<aside><time>3 лістапада 2026</time></aside></body>")
    art = parse_html("p.html", two_days)
    assert not isinstance(art, str)
    assert art.published_date == date(2026, 11, 28)  # the one right under the headline
    apart = two_days.replace("<time>28 лістапада 2026</time>", "", 1).replace(
        "</body>", "<footer><time>28 лістапада 2026</time></footer></body>"
    )
    art = parse_html("p.html", apart)
    assert not isinstance(art, str)
    assert art.published_date is None  # neither under the headline: which is the page's cannot be told


@pytest.mark.parametrize(
    ("date_html", "expected"),
    [
        # a date line in its own element under the headline, before a text block main-text
        # extraction keeps (a div of paragraphs), which drops the date line
        ("<span class='article__header__date'>25 июня 2025, 17:48</span>", date(2025, 6, 25)),
        ("<div class='meta'><span>Политика</span><span>1 грудня 2026, 10:15</span></div>", date(2026, 12, 1)),
        ("<span class='date'>03.09.2026 14:15</span>", date(2026, 9, 3)),
        # no date line under the headline: no date
        ("<span class='rubric'>Политика</span>", None),
    ],
)
def test_a_date_line_under_the_headline_in_markup_the_text_drops(date_html, expected):
    page = (
        "<html><head><title>Страны НАТО договорились о расходах — Сайт</title></head><body>"
        "<nav><a href='/'>Главное</a> <a href='/politics'>Политика</a></nav><div class='article'>"
        f"<h1>Страны НАТО договорились о расходах</h1>{date_html}<div class='article__text'>"
        f"<p>{LEADS['ru']}</p><p>{LEADS['ru']}</p></div></div></body></html>"
    )
    art = parse_html("p.html", page)
    assert not isinstance(art, str), art
    assert art.published_date == expected


def test_the_publisher_of_linked_data():
    ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Armenia and France sign deal",'
        '"datePublished":"2026-11-29T18:40:00+04:00","publisher":{"@type":"Organization","name":"Armenpress"}}</script>'
    )
    art = parse_html("p.html", _page("Armenia and France sign deal", "", LEADS["en"], head=ld))
    assert not isinstance(art, str)
    assert (art.publisher, art.published_date) == ("Armenpress", date(2026, 11, 29))


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        (
            "АСТАНА. 4 желтоқсан. ҚазАқпарат - Қазақстан мен Түркия екіжақты сауда көлемін арттыруды талқылады.",
            "ҚазАқпарат",
        ),
        (
            "МИНСК, 3 дек — БЕЛТА. Беларусь и Куба обсудили поставки сахара и сотрудничество в медицине.",
            "БЕЛТА",
        ),
        (
            "ANKARA, Dec 3 (Reuters) - Turkey and Iraq agreed to reopen the oil pipeline, officials said.",
            "Reuters",
        ),
    ],
)
def test_a_page_with_no_site_name_credits_the_agency_its_text_opens_with_not_the_host(lead, agency):
    art = parse_html("p.html", _page("Talks held", "", lead), url="https://news.example.org/a/1.html")
    assert not isinstance(art, str), art
    assert art.publisher == agency
    bare = parse_html("q.html", _page("Talks held", "", LEADS["en"]), url="https://news.example.org/a/2.html")
    assert not isinstance(bare, str)
    assert bare.publisher == "news.example.org"
