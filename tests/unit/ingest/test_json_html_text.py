"""A JSON article whose text field holds HTML (a CMS export's ``articleBody``): its body is the
text, as an HTML page's main text is read (tags dropped, entities decoded, a line per paragraph,
"read also" teasers left out); plain text stays as it is."""

from __future__ import annotations

import json

import pytest

from flows.ingest.documents import parse_json_object
from flows.ingest.markup import holds_html, html_fragment_text
from flows.text.numbers import extract_facts


def _body(text: str) -> str:
    obj = {"headline": "Экспорт вырос", "datePublished": "2026-12-01", "articleBody": text}
    parsed = parse_json_object("cms.json", obj, json.dumps(obj, ensure_ascii=False))
    assert not isinstance(parsed, str), parsed
    return parsed.body


def test_html_in_the_text_field_is_read_as_text():
    body = _body(
        "<p>Экспорт Узбекистана в&nbsp;Китай за&nbsp;январь-сентябрь вырос на&nbsp;12% и&nbsp;составил "
        "4,2&nbsp;млрд долларов.</p>"
        '<p><strong>Читайте также:</strong> <a href="https://example.org/x">Турция и Иран подписали соглашение</a></p>'
        "<ul><li>Первый пункт &laquo;плана&raquo;.</li><li>Второй пункт плана.</li></ul>"
    )
    assert body.split("\n") == [
        "Экспорт Узбекистана в Китай за январь-сентябрь вырос на 12% и составил 4,2 млрд долларов.",
        "Первый пункт «плана».",
        "Второй пункт плана.",
    ]
    assert [f.quote for f in extract_facts(body)] == ["вырос на 12%", "4,2 млрд долларов"]


@pytest.mark.parametrize(
    "text",
    [
        "Экспорт вырос на 5% <a> по данным статистики.",  # no text markup: "<a>" alone is a tag, but read
        "Plain text with a < b and c > d comparison.",
        "Экспорт вырос на 5%.",
    ],
)
def test_plain_text_is_told_apart(text):
    assert holds_html(text) == ("<a>" in text)


def test_line_breaks_and_blocks():
    assert html_fragment_text("<h2>Заголовок</h2>Строка<br>другая<p>абзац</p>").split("\n")[:4] == [
        "Заголовок",
        "Строка",
        "другая",
        "абзац",
    ]
