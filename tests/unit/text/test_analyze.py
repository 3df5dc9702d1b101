"""Token rows of ``analyze_body``: the text around each token, for SQL that must not slice the body."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body


@pytest.mark.parametrize(
    "body",
    [
        "Беларусь и «Россия» — партнёры.\n\nТоварооборот вырос на 5%: до $1,2 млрд!  ",
        "  «Китай»-Казахстан",
        "123 456",
        "",
        "Минск",
    ],
)
def test_tokens_with_their_gaps_rebuild_the_body(body: str) -> None:
    tokens = analyze_body(body).tokens
    if not tokens:
        return
    lead = body[: tokens[0][2]]
    assert lead + "".join(t[4] + t[10] for t in tokens) == body
    for t in tokens:
        start, end = t[2], t[3]
        assert t[9] == (body[start - 1] if start else "")
        assert body[end : end + len(t[10])] == t[10]


TITLE_CASES = [
    # (title as the parser gives it, the facts' quotes in the title)
    ("Товарооборот Беларуси и Китая превысил $5 млрд", ["превысил $5 млрд"]),
    ("  Belarus and Iran signed 30 agreements ", ["30 agreements"]),  # spaces trimmed, as in marts
    ("Минск и Астана: 12 совместных предприятий и рост на 10%", ["12 совместных предприятий", "рост на 10%"]),
    ("Беларусь и Китай укрепляют сотрудничество", []),
    ("", []),
    (None, []),
]


@pytest.mark.parametrize(("title", "quotes"), TITLE_CASES)
def test_title_facts_point_into_the_trimmed_title(title, quotes) -> None:
    body = "Товарооборот вырос на 5% и достиг $1,2 млрд."
    a = analyze_body(body, title)
    assert [f.quote for f in a.title_facts] == quotes
    shown = (title or "").strip(" ")  # marts.articles.title: trim(raw title)
    for f in a.title_facts:
        assert shown[f.char_start : f.char_end] == f.quote
    # the body's facts are those of the body alone, whatever the title
    assert [f for _, f in a.facts] == [f for _, f in analyze_body(body).facts]


def test_title_facts_are_staged_with_their_field_after_the_body_facts() -> None:
    import json

    from flows.ingest.documents import InputItem, ParseResult, parse_json_object
    from flows.ingest.staging import STAGED_TABLES, _article_rows

    obj = {"title": "Экспорт вырос до $2 млрд", "text": "Подписано 5 соглашений. Экспорт вырос до $2 млрд."}
    art = parse_json_object("a.json", obj, json.dumps(obj, ensure_ascii=False))
    assert not isinstance(art, str)
    rows: dict[str, list[tuple]] = {t: [] for t in STAGED_TABLES}
    _article_rows(1, ParseResult(InputItem(source_uri="a.json", kind="json")), art, rows)
    columns = ("stage_key", *STAGED_TABLES["number_mentions"])
    staged = [dict(zip(columns, r, strict=True)) for r in rows["number_mentions"]]
    got = [(r["mention_idx"], r["source_field"], r["sentence_idx"], r["quote"]) for r in staged]
    assert got == [
        (0, "body", 0, "5 соглашений"),
        (1, "body", 1, "вырос до $2 млрд"),
        (2, "title", 0, "вырос до $2 млрд"),
    ]
    for r in staged:
        field = obj["title"] if r["source_field"] == "title" else art.body
        assert field[r["char_start"] : r["char_end"]] == r["quote"]
