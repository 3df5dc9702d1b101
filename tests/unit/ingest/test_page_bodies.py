"""A page without article text is rejected with its reason; a copyright year is never a date; a
short news item of one sentence is an article."""

from __future__ import annotations

from datetime import date

import pytest

from flows.ingest.documents import CHROME_ONLY_REASON, InputItem, kind_of, parse_input

CHROME_PAGES = {
    "belta.html": (
        "<html><head><title>БЕЛТА — Новости Беларуси</title></head><body><nav><a href='/'>Главная</a> | "
        "<a href='/p'>Политика</a> | <a href='/e'>Экономика</a></nav><div class='weather'>Минск +3°C</div>"
        "<div class='rates'>USD 3,2 EUR 3,5</div><footer>© 2026 БЕЛТА. Все права защищены. "
        "Телефон +375 17 123-45-67</footer></body></html>"
    ),
    "english.htm": (
        "<!DOCTYPE html><html lang='en'><head><title>Example News | Home</title></head><body>"
        "<header><ul><li><a href='/world'>World</a></li><li><a href='/business'>Business</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></header>"
        "<div class='cookie'>We use cookies to improve your experience on our website.</div>"
        "<main><section><h2>Latest</h2><ul><li><a href='/a'>Markets</a></li><li><a href='/b'>Weather</a></li>"
        "</ul></section></main>"
        "<footer><p>Copyright &copy; 2019-2026 Example News Ltd. All rights reserved.</p></footer></body></html>"
    ),
    "ukrinform.html": (
        "<html><head><meta charset='utf-8'><title>Укрінформ</title></head><body>"
        "<div class='menu'>Головна • Політика • Економіка • Світ</div>"
        "<div>Курси валют: USD 41,2 EUR 44,8</div>"
        "<div class='footer'>© 2015-2026 Укрінформ. Всі права захищені.</div></body></html>"
    ),
}

ARTICLE_WITH_COPYRIGHT = (
    "<html><head><title>Литва и Польша расширяют сотрудничество</title></head><body>"
    "<nav>Главная | Политика | Экономика</nav><article><h1>Литва и Польша расширяют сотрудничество</h1>"
    "<p>Литва и Польша подписали в Вильнюсе 3 соглашения о сотрудничестве в энергетике.</p>"
    "<p>Товарооборот двух стран в прошлом году вырос на 12%, сообщило министерство.</p></article>"
    "<footer>{footer}</footer></body></html>"
)


def _parse(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_input(InputItem(str(path), kind_of(name), path=str(path)))


@pytest.mark.parametrize("name", sorted(CHROME_PAGES))
def test_a_page_of_only_chrome_is_rejected_with_its_reason(tmp_path, name):
    result = _parse(tmp_path, name, CHROME_PAGES[name])
    assert result.articles == []
    [(_uri, reason)] = result.rejected
    assert reason in (CHROME_ONLY_REASON, "no article body: the page has no main content")


@pytest.mark.parametrize(
    "footer",
    [
        "© 2026 Новости. Все права защищены.",
        "Copyright (c) 2026 Example",
        "&copy; 2025 Агентство",
        "<span itemprop='copyrightYear'>2026</span> Агентство",
    ],
)
def test_a_copyright_year_is_never_the_publication_date(tmp_path, footer):
    (article,) = _parse(tmp_path, "page.html", ARTICLE_WITH_COPYRIGHT.format(footer=footer)).articles
    assert "Литва и Польша подписали" in article.body
    assert (article.published_date, article.published_date_source) == (None, "none")


def test_a_page_dated_1_january_keeps_its_date(tmp_path):
    html = ARTICLE_WITH_COPYRIGHT.format(footer="© 2026 Новости").replace(
        "</title>", "</title><meta property='article:published_time' content='2026-01-01T10:00:00+03:00'>"
    )
    (article,) = _parse(tmp_path, "page.html", html).articles
    assert (article.published_date, article.published_date_source) == (date(2026, 1, 1), "html meta")


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        (
            "Монголия и Казахстан подписали 4 соглашения.\n",
            "Монголия и Казахстан подписали 4 соглашения.",
            None,
        ),
        (
            " date 2026-11-30 Беларусь и Китай belta.by\n\nБеларусь и Китай подписали 3 соглашения.\n",
            "Беларусь и Китай подписали 3 соглашения.",
            "Беларусь и Китай",
        ),
        ("Poland and Ukraine signed 14 agreements!\n", "Poland and Ukraine signed 14 agreements!", None),
        (
            "Главная | Новости | Спорт\n\nУкраїна та Польща підписали угоду.\n",
            "Україна та Польща підписали угоду.",
            None,
        ),
    ],
)
def test_a_one_sentence_item_is_an_article(tmp_path, text, body, title):
    result = _parse(tmp_path, "short.txt", text)
    assert result.rejected == []
    (article,) = result.articles
    assert (article.body, article.title) == (body, title)


@pytest.mark.parametrize(
    "text",
    [
        "Главная | Политика | Экономика\nМинск +3°C\n© 2026 БЕЛТА. Все права защищены.\n",
        "Беларусь и Китай\n",  # a headline alone
        "Все новости\n12.05.2026\n",
    ],
)
def test_a_text_without_a_sentence_is_still_no_article(tmp_path, text):
    result = _parse(tmp_path, "chrome.txt", text)
    assert result.articles == []
    [(_uri, reason)] = result.rejected
    assert reason.startswith("no article body")
