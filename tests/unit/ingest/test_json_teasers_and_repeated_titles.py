"""A JSON article's plain text, as its HTML text: "read also" teasers that point to other stories
are left out (their countries are no part of the article), and a first line that repeats the title
is the title, not the body's first paragraph (its figures would be read twice)."""

from __future__ import annotations

import json

import pytest

from flows.ingest.documents import parse_json_object
from flows.text.numbers import extract_facts


def _parsed(obj: dict[str, str]):
    parsed = parse_json_object("item.json", obj, json.dumps(obj, ensure_ascii=False))
    assert not isinstance(parsed, str), parsed
    return parsed


@pytest.mark.parametrize(
    ("teaser", "lang_text"),
    [
        ("Читайте також: Норвегія передала Україні катери", "Уряд Данії виділив Україні 50 млн євро."),
        (
            "Читайте также: Египет увеличил закупки российской пшеницы",
            "Индия и Россия обсудили поставки угля.",
        ),
        ("Czytaj także: Estonia kupuje polskie drony", "Polska i Litwa podpisały umowę o obronie."),
        (
            "Read more: Vietnam pledges rice to the Philippines",
            "Australia and Indonesia signed a defence pact.",
        ),
        ("Чытайце таксама: Кітай і Лаос абмеркавалі чыгунку", "Беларусь і Куба абмеркавалі пастаўкі цукру."),
    ],
)
def test_a_read_also_teaser_in_plain_text_is_left_out(teaser: str, lang_text: str) -> None:
    obj = {
        "title": "Новость",
        "text": f"{lang_text}\n{teaser}\nСтороны продолжат переговоры.",
        "published": "2026-12-05",
    }
    body = _parsed(obj).body
    assert teaser not in body
    assert body.startswith(lang_text) and body.endswith("Стороны продолжат переговоры.")


@pytest.mark.parametrize("key", ["text", "articleBody", "content"])
@pytest.mark.parametrize(
    ("title", "paragraph"),
    [
        (
            "Швеция выделит Молдове 120 млн евро",
            "СТОКГОЛЬМ, 5 декабря. Правительство Швеции выделит Молдове 120 млн евро на энергетику.",
        ),
        (
            "Japan to lend Vietnam $400 million",
            "TOKYO, Dec 5 (Reuters) - Japan will lend Vietnam $400 million for a metro line.",
        ),
    ],
)
def test_a_first_line_repeating_the_title_is_no_body(key: str, title: str, paragraph: str) -> None:
    for first in (title, title.upper(), title + "."):
        obj = {"title": title, key: f"{first}\n\n{paragraph}"}
        body = _parsed(obj).body
        assert body == paragraph
        assert len(extract_facts(body)) == 1


def test_a_text_that_is_only_the_title_keeps_it() -> None:
    obj = {"title": "Швеция выделит Молдове 120 млн евро", "text": "Швеция выделит Молдове 120 млн евро"}
    assert _parsed(obj).body == "Швеция выделит Молдове 120 млн евро"


def test_a_first_line_that_differs_from_the_title_stays() -> None:
    obj = {
        "title": "Швеция поможет Молдове",
        "text": "Швеция выделит Молдове 120 млн евро\n\nПодробности позже.",
    }
    assert _parsed(obj).body.startswith("Швеция выделит Молдове 120 млн евро")


@pytest.mark.parametrize(
    ("heading", "headlines"),
    [
        (
            "Читайте также",
            ["Шольц и Макрон обсудили поставки газа", "Египет и Турция подпишут соглашение о портах"],
        ),
        ("Читайте також", ["Польща передала Литві дрони", "Румунія та Молдова відкрили міст"]),
        ("Czytaj także", ["Litwa i Łotwa podpisały umowę energetyczną"]),
        ("Read also:", ["Chile and Peru agree on a lithium deal", "Kenya and Ethiopia open a road"]),
    ],
)
def test_a_closing_read_also_heading_with_headlines_under_it_ends_a_plain_text(
    heading: str, headlines: list[str]
) -> None:
    """A "read also" heading alone on its line with only headlines (no sentence's end) under it
    closes a plain text field: the headlines' countries are no part of the article."""
    article = "Вьетнам и Лаос обсудили строительство железной дороги.\nСтороны продолжат переговоры в январе."
    obj = {"title": "Новость", "text": "\n".join([article, heading, *headlines]), "published": "2026-12-05"}
    assert _parsed(obj).body == article


def test_a_read_also_heading_with_prose_under_it_stays() -> None:
    """A heading with a sentence under it is a part of the article, as a plain text field may have."""
    text = (
        "Вьетнам и Лаос обсудили строительство дороги.\nЧитайте также\n"
        "Ранее стороны договорились о поставках электроэнергии на 2027 год."
    )
    obj = {"title": "Новость", "text": text, "published": "2026-12-05"}
    assert "электроэнергии" in _parsed(obj).body
