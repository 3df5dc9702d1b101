"""HTML pages: "read also" teasers inside the article's paragraphs, and pages holding several
dated stories (a news feed page)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.ingest.documents import InputItem, parse_input
from flows.text.article import END_MARKERS_RE, drop_read_also, parse_scraped_text

PORT = "<p>Чили и Перу открыли новый порт на границе двух стран. Его мощность составит 5 млн тонн.</p>"


def _doc(title: str, body: str, head: str = "") -> str:
    return (
        f'<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body>{body}</body></html>"
    )


def _html(name: str, page: str):
    return parse_input(InputItem(f"file:///in/{name}", "html", content=page.encode("utf-8")))


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        '<meta property="article:published_time" content="2026-10-20T09:00:00+03:00"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "paragraphs", "kept", "teaser"),
    [
        (
            "uk",
            [
                "Литва та Латвія підписали угоду про спільну енергосистему до 2030 року.",
                '<strong>Читайте також:</strong> <a href="/x">Товарообіг Японії та Кореї сягнув 90 млрд доларів</a>',
                "Вартість проєкту оцінюють у 300 млн євро, повідомили у міністерстві.",
            ],
            "Вартість проєкту оцінюють у 300 млн євро",
            "Японії",
        ),
        (
            "pl",
            [
                "Polska i Litwa podpisały umowę o budowie nowego połączenia kolejowego.",
                'Czytaj także: <a href="/y">Eksport Chile do Peru wzrósł do 4 mld dolarów</a>',
                "Inwestycja ma kosztować 2 mld złotych i potrwa cztery lata.",
            ],
            "Inwestycja ma kosztować 2 mld złotych",
            "Chile",
        ),
        (
            "en",
            [
                "Kenya and Tanzania agreed on Tuesday to open a new border crossing at Namanga. "
                'Read more: <a href="/z">Brazil and Argentina trade hits $30 billion</a>',
                "The crossing will handle up to 1,500 trucks a day, officials said.",
            ],
            "The crossing will handle up to 1,500 trucks a day",
            "Brazil",
        ),
        (
            "ru",
            [
                "Узбекистан и Таджикистан договорились о строительстве ГЭС на Зеравшане.",
                'Смотрите также <a href="/v">Вьетнам и Лаос подписали контракт на 200 млн долларов</a>',
                "Мощность станции составит 140 МВт, строительство начнется весной.",
            ],
            "Мощность станции составит 140 МВт",
            "Вьетнам",
        ),
    ],
)
def test_read_also_teaser_inside_a_paragraph_is_not_article_text(lang, paragraphs, kept, teaser):
    res = _html(f"teaser_{lang}.html", _page(lang, "Headline of the story in four words", paragraphs))
    assert not res.rejected, res.rejected
    (art,) = res.articles
    assert kept in art.body  # the article goes on after the teaser
    assert teaser not in art.body


def test_teasers_share_the_vocabulary_of_text_pages():
    for line in ("Читайте також: X", "Czytaj także: X", "Read more: X", "Смотрите также", "Читайте также"):
        assert END_MARKERS_RE.match(line), line
        assert drop_read_also(f"Первое предложение статьи.\n{line}") == "Первое предложение статьи."


def test_text_page_body_ends_at_an_english_or_polish_teaser():
    page = (
        "Kenya and Tanzania open a new border crossing\n"
        "Kenya and Tanzania agreed on Tuesday to open a new border crossing at Namanga.\n"
        "Read more: Brazil and Argentina trade hits $30 billion\n"
    )
    meta = parse_scraped_text(page)
    assert "Brazil" not in page[meta.body_start : meta.body_end]


def test_prose_that_merely_mentions_reading_is_kept():
    text = "Министр предложил читайте также в докладе.\nReaders see more trade ahead."
    assert drop_read_also(text) == text


def _feed_page(stories: list[tuple[str, str, str]], lang: str = "ru") -> str:
    items = "".join(
        f'<article><h2>{h}</h2><time datetime="{d}">{d}</time><p>{p}</p></article>' for h, d, p in stories
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Лента</title>'
        '<meta property="og:site_name" content="Лента Юга"></head>'
        f"<body><main>{items}</main><footer>© 2026</footer></body></html>"
    )


def test_page_with_several_dated_stories_becomes_one_article_per_story():
    page = _feed_page(
        [
            (
                "Чили и Перу открыли новый порт",
                "2026-10-21",
                "Чили и Перу открыли новый порт на границе двух стран. Его мощность составит 5 млн тонн.",
            ),
            (
                "Египет и Судан подписали водное соглашение",
                "2026-10-19",
                "Египет и Судан подписали соглашение о водах Нила. Сумма кредита составила 80 млн долларов.",
            ),
            (
                "Марокко и Испания обсудили рыболовство",
                "2026-10-18",
                "Марокко и Испания обсудили квоты на вылов рыбы у побережья Западной Сахары.",
            ),
        ]
    )
    res = _html("feed_page.html", page)
    assert not res.rejected
    got = [(a.source_uri, a.title, a.published_date) for a in res.articles]
    assert got == [
        ("file:///in/feed_page.html#1", "Чили и Перу открыли новый порт", date(2026, 10, 21)),
        ("file:///in/feed_page.html#2", "Египет и Судан подписали водное соглашение", date(2026, 10, 19)),
        ("file:///in/feed_page.html#3", "Марокко и Испания обсудили рыболовство", date(2026, 10, 18)),
    ]
    first, second, _ = res.articles
    assert "Египет" not in first.body and "80 млн" not in first.body
    assert "Чили" not in second.body
    assert first.publisher == "Лента Юга"


def test_one_article_with_teaser_cards_stays_one_article():
    page = (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Чили и Перу</title>'
        '<meta property="article:published_time" content="2026-10-21T10:00:00+03:00"></head><body>'
        "<article><h1>Чили и Перу открыли новый порт</h1><time datetime='2026-10-21'>21.10.2026</time>"
        "<p>Чили и Перу открыли новый порт на границе двух стран. Его мощность составит 5 млн тонн.</p>"
        "</article><aside>"
        "<article><h3>Египет и Судан подписали соглашение</h3><time datetime='2026-10-19'>19.10</time>"
        "<p>Египет и Судан подписали соглашение о водах Нила, сообщили власти обеих стран.</p></article>"
        "<article><h3>Марокко и Испания</h3><time datetime='2026-10-18'>18.10</time>"
        "<p>Марокко и Испания обсудили квоты на вылов рыбы у побережья Западной Сахары.</p></article>"
        "</aside></body></html>"
    )
    res = _html("one.html", page)
    (art,) = res.articles
    assert art.source_uri == "file:///in/one.html"
    assert art.published_date == date(2026, 10, 21)


def test_stories_without_their_own_dates_are_read_as_one_page():
    page = _doc(
        "Итоги",
        f"<article><h2>Чили и Перу открыли новый порт</h2>{PORT}</article><article><h2>Продолжение</h2>"
        "<p>Порт примет первые суда весной, сообщили в министерстве транспорта Перу.</p></article>",
    )
    res = _html("parts.html", page)
    assert [a.source_uri for a in res.articles] == ["file:///in/parts.html"]


def _div_feed(head: str = "") -> str:
    return _doc(
        "Лента",
        '<div class="feed"><div class="item"><h2>Чили и Перу открыли новый порт</h2>'
        f'<time datetime="2026-10-21">21 октября</time>{PORT}</div>'
        '<div class="item"><h2>Египет и Судан подписали соглашение</h2>'
        '<time datetime="2026-10-19">19 октября</time><p>Египет и Судан подписали соглашение о водах Нила. '
        "Сумма кредита составила 80 млн долларов.</p></div></div>",
        head,
    )


def test_stories_dated_apart_without_article_markup_give_no_date():
    (art,) = _html("divs.html", _div_feed()).articles
    assert art.published_date is None  # never the second story's date


def test_a_date_the_head_states_for_the_page_is_kept():
    head = '<meta property="article:published_time" content="2026-10-21T08:00:00+03:00">'
    (art,) = _html("divs.html", _div_feed(head)).articles
    assert art.published_date == date(2026, 10, 21)


def test_an_update_time_under_the_same_headline_is_not_another_story():
    page = _doc(
        "Чили и Перу",
        "<article><h1>Чили и Перу открыли новый порт</h1><time datetime='2026-10-19'>19 октября</time>"
        f"{PORT}<p>Обновлено: <time datetime='2026-10-21'>21 октября</time></p></article>",
    )
    (art,) = _html("upd.html", page).articles
    assert art.published_date == date(2026, 10, 19)
