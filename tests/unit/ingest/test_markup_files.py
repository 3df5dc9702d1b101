"""Files in the inbox whose text is a markup document: an HTML page under another name is read as
HTML; a feed or another XML document is rejected with its reason, never read as an article's text."""

from __future__ import annotations

import pytest

from flows.ingest.documents import InputItem, kind_of, markup_root, parse_input

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Лента</title>
<item><title>Казахстан и Монголия подписали 4 соглашения</title><link>https://example.org/a</link>
<description>Стороны подписали 4 соглашения.</description><pubDate>Mon, 02 Mar 2026 10:00:00 +0300</pubDate></item>
</channel></rss>"""
ATOM = """<feed xmlns="http://www.w3.org/2005/Atom"><title>Новости</title>
<entry><title>Армения и Грузия</title><link href="https://example.org/b"/><updated>2026-03-02T10:00:00Z</updated>
<summary>Товарооборот вырос на 7%.</summary></entry></feed>"""
RDF = """<?xml version="1.0"?>
<!-- a comment first -->
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<item><title>Эстония и Латвия</title><link>https://example.org/c</link></item></rdf:RDF>"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/d</loc></url></urlset>"""
XHTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Литва и Польша расширяют сотрудничество</title></head>
<body><article><p>Литва и Польша подписали в Вильнюсе 3 соглашения о сотрудничестве в энергетике.</p>
<p>Товарооборот двух стран в прошлом году вырос на 12%, сообщило министерство.</p></article></body></html>"""


def _parse(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_input(InputItem(str(path), kind_of(name), path=str(path)))


@pytest.mark.parametrize(
    ("name", "text", "root"),
    [
        ("news.rss", RSS, "rss"),
        ("news.xml", RSS, "rss"),
        ("news", ATOM, "feed"),  # no suffix, no XML declaration
        ("news.atom", ATOM, "feed"),
        ("news.txt", RDF, "rdf"),
    ],
)
def test_a_feed_file_is_rejected_as_a_feed(tmp_path, name: str, text: str, root: str) -> None:
    result = _parse(tmp_path, name, text)
    assert result.articles == []
    [(uri, reason)] = result.rejected
    assert uri.endswith(name)
    assert reason.startswith("a feed, not an article") and f"<{root}>" in reason and "--feed" in reason


def test_another_xml_document_is_rejected_as_xml(tmp_path) -> None:
    result = _parse(tmp_path, "sitemap.xml", SITEMAP)
    assert result.articles == []
    assert [r for _u, r in result.rejected] == ["an XML document, not an article (root element <urlset>)"]


@pytest.mark.parametrize("name", ["page.xml", "page.txt", "page"])
def test_an_html_page_under_another_name_is_read_as_html(tmp_path, name: str) -> None:
    result = _parse(tmp_path, name, XHTML)
    assert result.rejected == []
    [article] = result.articles
    assert article.title == "Литва и Польша расширяют сотрудничество"
    assert "<p>" not in article.body and article.body.startswith("Литва и Польша подписали")


@pytest.mark.parametrize(
    "text",
    [
        "Минск и Астана договорились о поставках. <b>Подробнее</b> на сайте.",
        "<p>Грузия и Армения обсудили транзит грузов.</p>",  # prose opening with a tag
        "Курс: 1 USD < 3,2 BYN, а <не более> того.",
    ],
)
def test_prose_is_no_markup_document(text: str) -> None:
    assert markup_root(text) is None
