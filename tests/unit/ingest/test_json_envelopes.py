"""JSON exports whose article lies below an envelope (JSON:API, WordPress's REST API, a search
index's hits, a wrapper list), and what of the envelope an article takes (its publisher only)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flows.ingest.documents import InputItem, json_articles, parse_input

TEXT = "Монголия и Южная Корея подписали меморандум о поставках угля. Объем составит 2 млн тонн."


def _parse(obj: object, kind: str = "json", name: str = "export.json"):
    content = obj.encode() if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False).encode()
    return parse_input(InputItem(f"file:///in/{name}", kind, content=content))


def test_jsonapi_resource_attributes_are_the_article():
    res = _parse(
        {
            "jsonapi": {"version": "1.0"},
            "data": {
                "type": "node--article",
                "id": "3f2a",
                "attributes": {
                    "title": "Улан-Батор и Сеул договорились",
                    "body": {"value": f"<p>{TEXT}</p>", "format": "full_html", "processed": f"<p>{TEXT}</p>"},
                    "created": "2026-08-19T06:30:00+00:00",
                },
            },
            "links": {"self": {"href": "https://portal.example/jsonapi/node/article/3f2a"}},
        }
    )
    assert not res.rejected
    (art,) = res.articles
    assert art.title == "Улан-Батор и Сеул договорились"
    assert art.body == TEXT
    assert art.published_date == date(2026, 8, 19)


def test_wordpress_rendered_fields_are_read_and_the_title_unescaped():
    res = _parse(
        [
            {
                "id": 7,
                "date": "2026-07-02T11:05:00",
                "link": "https://site.example/2026/07/02/mn-kr/",
                "title": {"rendered": "Монголия &#8211; Корея: &laquo;уголь&raquo;"},
                "content": {"rendered": f"<p>{TEXT}</p>\n", "protected": False},
                "excerpt": {"rendered": "<p>Кратко</p>"},
            }
        ]
    )
    assert not res.rejected
    (art,) = res.articles
    assert art.title == "Монголия – Корея: «уголь»"
    assert art.body == TEXT
    assert art.published_date == date(2026, 7, 2)
    assert art.url == "https://site.example/2026/07/02/mn-kr/"


def test_a_wrapper_list_gives_an_article_per_item_with_the_wrappers_publisher_only():
    res = _parse(
        {
            "agency": "Монцамэ",
            "title": "Лента новостей",
            "published": "2026-01-01",
            "url": "https://feed.example/",
            "response": {
                "count": 2,
                "items": [
                    {"headline": "Первая", "text": TEXT, "pubDate": "2026-06-01T09:00:00+08:00"},
                    {"headline": "Вторая", "text": "Монголия и Китай обсудили транзит.", "source": "Синьхуа"},
                ],
            },
        }
    )
    assert not res.rejected
    first, second = res.articles
    assert (first.source_uri, second.source_uri) == ("file:///in/export.json#1", "file:///in/export.json#2")
    assert (first.title, first.publisher, first.published_date) == ("Первая", "Монцамэ", date(2026, 6, 1))
    # the envelope's title, date and address are a feed's: no article takes them
    assert (second.title, second.publisher, second.published_date, second.url) == (
        "Вторая",
        "Синьхуа",
        None,
        None,
    )


def test_search_index_hits_and_an_article_key_holding_an_object():
    hits = _parse(
        {"took": 3, "hits": {"total": {"value": 1}, "hits": [{"_id": "a1", "_source": {"maintext": TEXT}}]}}
    )
    assert [a.body for a in hits.articles] == [TEXT]
    # "article" is a text key; holding an object, it is an envelope, and its title is no text
    wrapped = _parse({"article": {"title": "Заголовок", "body": TEXT}})
    assert [(a.title, a.body) for a in wrapped.articles] == [("Заголовок", TEXT)]


def test_json_lines_envelopes_number_their_articles_within_the_line():
    lines = "\n".join(
        [
            json.dumps({"data": {"attributes": {"title": "A", "body": TEXT}}}, ensure_ascii=False),
            json.dumps(
                {"items": [{"text": "Польша и Чехия."}, {"text": "Литва и Латвия."}]}, ensure_ascii=False
            ),
        ]
    )
    res = _parse(lines, kind="jsonl", name="day.jsonl")
    assert [a.source_uri for a in res.articles] == [
        "file:///in/day.jsonl#1",
        "file:///in/day.jsonl#2.1",
        "file:///in/day.jsonl#2.2",
    ]


@pytest.mark.parametrize(
    "obj",
    [
        {"data": {"attributes": {"title": "only a title"}}},
        {"a": {"b": {"c": {"d": {"e": {"text": "five levels down is not read"}}}}}},
        {"items": []},
    ],
)
def test_an_export_holding_no_text_within_reach_is_rejected_with_its_reason(obj):
    res = _parse(obj)
    assert res.articles == []
    (rejected,) = res.rejected
    assert "no text field" in rejected[1] and "nested up to 4 levels" in rejected[1]


def test_an_object_with_a_text_field_is_never_searched_below():
    obj = {"text": "Верхний текст.", "related": [{"text": "Чужая новость."}]}
    assert json_articles(obj) == [obj]


FIRST = "Грузия и Армения договорились расширить транзит грузов через Верхний Ларс."
SECOND = "Объем перевозок в 2027 году может вырасти до 3 млн тонн, сообщили в министерствах."


@pytest.mark.parametrize(
    "content",
    [
        # a CMS's content blocks, a media block among them
        {
            "blocks": [
                {"type": "paragraph", "text": FIRST},
                {"type": "image", "url": "x.jpg"},
                {"type": "paragraph", "text": SECOND},
            ]
        },
        # Editor.js: the text under "data"
        {
            "time": 1,
            "blocks": [
                {"type": "header", "data": {"text": FIRST}},
                {"type": "paragraph", "data": {"text": SECOND}},
            ],
        },
        # a plain list of paragraphs
        [FIRST, SECOND],
        # a list of typed text blocks
        [
            {"type": "text", "value": FIRST},
            {"type": "embed", "html": "<iframe>"},
            {"type": "text", "value": SECOND},
        ],
    ],
)
def test_a_text_field_written_as_blocks_is_the_body(content):
    res = _parse(
        {
            "status": "ok",
            "data": {
                "article": {
                    "headline": {"main": "Грузия и Армения расширят транзит", "seo": "транзит"},
                    "content": content,
                    "dates": {
                        "published": "2026-12-03T14:20:00+04:00",
                        "updated": "2026-12-04T09:00:00+04:00",
                    },
                    "source": {"name": "Новости Кавказа", "url": "https://news.example/ge-am-transit"},
                },
                "related": [{"id": 1, "title": "Другая новость"}],
            },
        }
    )
    assert not res.rejected
    (art,) = res.articles
    assert art.body == f"{FIRST}\n\n{SECOND}"
    assert (art.title, art.published_date, art.modified_date) == (
        "Грузия и Армения расширят транзит",
        date(2026, 12, 3),
        date(2026, 12, 4),
    )
    assert (art.publisher, art.url) == ("Новости Кавказа", "https://news.example/ge-am-transit")


def test_a_source_named_as_a_string_gives_no_address():
    (art,) = _parse({"source": "ТАСС", "text": TEXT}).articles
    assert art.url is None


@pytest.mark.parametrize(
    ("seo", "publisher"),
    [
        (
            {"yoast_head_json": {"og_site_name": "Тбилисский курьер", "og_locale": "ru_RU"}},
            "Тбилисский курьер",
        ),
        ({"seo": {"og:site_name": "Kurier Podlaski"}}, "Kurier Podlaski"),
        ({"og_site_name": "Степной край"}, "Степной край"),
        ({"yoast_head_json": {"og_locale": "ru_RU"}}, None),
    ],
)
def test_a_cms_exports_open_graph_site_name_is_its_publisher(seo: dict, publisher: str | None):
    res = _parse(
        {
            "id": 5120,
            "date": "2026-09-14T10:20:00+03:00",
            "title": {"rendered": "Улан-Батор и Сеул договорились"},
            "content": {"rendered": f"<p>{TEXT}</p>"},
            **seo,
        }
    )
    (art,) = res.articles
    assert art.publisher == publisher


def test_a_publisher_field_wins_over_the_open_graph_site_name():
    res = _parse(
        {
            "title": "Улан-Батор и Сеул договорились",
            "text": TEXT,
            "source": "Степной край",
            "yoast_head_json": {"og_site_name": "Другой сайт"},
        }
    )
    (art,) = res.articles
    assert art.publisher == "Степной край"
