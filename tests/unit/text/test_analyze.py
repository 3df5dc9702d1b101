"""Token rows of ``analyze_body``: the text around each token, for SQL that must not slice the body."""

from __future__ import annotations

import pytest

from flows.text.analyze import analyze_body
from tests.conftest import SEED_FILES, TEST_DATA


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
        (2, "title", -1, "вырос до $2 млрд"),
    ]
    for r in staged:
        field = obj["title"] if r["source_field"] == "title" else art.body
        assert field[r["char_start"] : r["char_end"]] == r["quote"]


def _sample_texts() -> list[str]:
    """The bodies of the seed pages, the texts of tests/data, and texts whose facts are read on a
    masked copy (URLs, a headline in capitals)."""
    import json
    import unicodedata

    from flows.text.article import parse_scraped_text

    texts = []
    for path in SEED_FILES:
        page = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        meta = parse_scraped_text(page)
        texts.append(page[meta.body_start : meta.body_end])
    for path in sorted(TEST_DATA.rglob("*.json")):
        texts += [item["text"] for item in json.loads(path.read_text(encoding="utf-8")) if "text" in item]
    texts += [
        "ТОВАРООБОРОТ ВЫРОС НА 5%. Президент Александр Лукашенко встретился с послом Китая.",
        "Подробнее: https://example.by/news/2024/15-mln. Экспорт составил $15 млн. Глава МИД С. Алейник.",
        "«Министр иностранных дел Сергей Лавров». Посол — Иван Петров, 57-летний дипломат.\n\nЛавров сказал.",
    ]
    return texts


SAMPLE_TEXTS = _sample_texts()


def test_analyze_body_rows_are_those_of_each_step_alone() -> None:
    """analyze_body computes the sentences once and builds the token rows itself: its rows are
    what the splitter, the tokenizer and each extractor give on their own."""
    from flows.text.numbers import extract_facts
    from flows.text.people import extract_people
    from flows.text.people.words import _sentence_starts
    from flows.text.segment import sentence_index, sentence_spans
    from flows.text.tokens import token_tuples

    assert len(SAMPLE_TEXTS) > 250
    for text in SAMPLE_TEXTS:
        _sentence_starts.cache_clear()
        a = analyze_body(text)
        _sentence_starts.cache_clear()
        spans = sentence_spans(text)
        starts = [s for s, _ in spans]
        assert [(s, e) for _, s, e, _ in a.sentences] == spans
        assert [(t[2], t[3], t[4], t[5], t[8]) for t in a.tokens] == token_tuples(text)
        assert [t[1] for t in a.tokens] == [sentence_index(starts, t[2]) for t in a.tokens]
        assert [f for _, f in a.facts] == extract_facts(text)
        _sentence_starts.cache_clear()
        assert [p for _, p in a.people] == extract_people(text)


def test_extractors_read_the_same_with_the_sentences_given() -> None:
    from flows.text.numbers import extract_facts
    from flows.text.people import extract_people
    from flows.text.people.words import _sentence_starts
    from flows.text.segment import sentence_spans

    facts = people = 0
    for text in SAMPLE_TEXTS:
        spans = sentence_spans(text)
        found = extract_facts(text)
        assert extract_facts(text, sentences=spans) == found
        _sentence_starts.cache_clear()
        named = extract_people(text)
        _sentence_starts.cache_clear()
        assert extract_people(text, sentences=spans) == named
        facts, people = facts + len(found), people + len(named)
    assert facts > 200 and people > 20  # the texts do hold facts and people


def _reference_token_rows(body: str) -> list[tuple]:
    """The token rows computed one token at a time, from ``token_tuples`` and the sentences."""
    from flows.text.segment import sentence_index, sentence_spans
    from flows.text.tokens import token_tuples

    starts = [s for s, _ in sentence_spans(body)]
    found = token_tuples(body)
    rows, last = [], -1
    for i, (s, e, word, norm, hyphen_after) in enumerate(found):
        sent = sentence_index(starts, s)
        gap_end = found[i + 1][0] if i + 1 < len(found) else len(body)
        before = body[s - 1] if s else ""
        rows.append(
            (
                i,
                sent,
                s,
                e,
                word,
                norm,
                word[0].isupper(),
                sent != last,
                hyphen_after,
                before,
                body[e:gap_end],
            )
        )
        last = sent
    return rows


TRICKY_BODIES = [
    "ΟΔΟΣ-ΑΒ ΣΑΣ. Σ Ἀθῆναι ΑΣʰ",  # the final sigma lowers by its context
    "İstanbul İİ. Straße ǅemal ﬁne",  # characters that lower to more than one
    "Ёлка, ЁЖ и ёж.\nНовый ДЕНЬ! Конец-то — 5 млн. USD",
    "½² x³ a-",  # numeric characters inside tokens; a hyphen at the end
    "\n\n  а\n\nб  ",
    "-а -- б‐в‑г‒д–е",
    "   ",
    "",
    "7 8 9",
]


@pytest.mark.parametrize("body", TRICKY_BODIES)
def test_token_rows_are_those_built_token_by_token_on_odd_text(body: str) -> None:
    assert analyze_body(body).tokens == _reference_token_rows(body)


def test_token_rows_are_those_built_token_by_token() -> None:
    for text in SAMPLE_TEXTS:
        assert analyze_body(text).tokens == _reference_token_rows(text)


def _datasketch_signature(words: list[str]) -> list[int]:
    import zlib

    from datasketch import MinHash

    from flows.text.similarity import _SEED, NUM_PERM, shingles

    m = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32)
    sh = shingles(words)
    if sh:
        m.update_batch(sh)
    return [int(v) for v in m.hashvalues]


@pytest.mark.parametrize(
    "words",
    [[], ["один"], ["один", "два"], ["а", "б", "в"], ["ё", "е", "ё", "е"], [str(i) for i in range(500)]],
)
def test_minhash_signature_is_datasketchs(words: list[str]) -> None:
    from flows.text.similarity import minhash_signature

    got = minhash_signature(words)
    assert got == _datasketch_signature(words)
    assert len(got) == 64 and all(isinstance(v, int) and 0 <= v < 2**32 for v in got)


def test_minhash_signature_of_sample_texts_is_datasketchs() -> None:
    from flows.text.similarity import minhash_signature
    from flows.text.tokens import token_tuples

    for text in SAMPLE_TEXTS[:80]:
        words = [t[3] for t in token_tuples(text)]
        assert minhash_signature(words) == _datasketch_signature(words)


@pytest.mark.parametrize("words", [[], ["а"], ["а", "б"], ["а", "б", "в"], ["а", "б", "в", "г", "д"]])
def test_shingles_are_word_triples_joined_by_a_space(words: list[str]) -> None:
    from flows.text.similarity import shingles

    expected = (
        [" ".join(words[i : i + 3]).encode() for i in range(len(words) - 2)]
        if len(words) >= 3
        else ([" ".join(words).encode()] if words else [])
    )
    assert shingles(words) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Москва и Вашингтон обменялись заключёнными",
        "  Вʼєтнам і Китай: нові угоди ",
        "Trade up 5% — report",
        "Xi, Lula meet",
    ],
)
def test_the_title_is_sentence_minus_one_with_tokens_numbered_below_the_body(title) -> None:
    body = "Стороны подписали соглашение. Его вынесут на ратификацию."
    a = analyze_body(body, title)
    shown = title.strip(" ")
    assert a.title_sentence == (-1, 0, len(shown), shown)
    tokens = a.title_tokens or []
    assert [t[0] for t in tokens] == list(range(-len(tokens), 0))
    assert {t[1] for t in tokens} == {-1}
    for t in tokens:
        assert shown[t[2] : t[3]] == t[4]
    assert tokens[0][7] and not any(t[7] for t in tokens[1:])  # is_sentence_start
    # the body's rows are the body's alone, whatever the title
    plain = analyze_body(body)
    assert (a.sentences, a.tokens) == (plain.sentences, plain.tokens)


@pytest.mark.parametrize("title", [None, "", "   ", "2025 — 15%", "…"])
def test_a_title_without_a_word_gives_no_sentence(title) -> None:
    a = analyze_body("Стороны подписали соглашение.", title)
    assert (a.title_sentence, a.title_tokens or []) == (None, [])


def test_the_title_rows_are_staged_as_sentence_minus_one() -> None:
    import json

    from flows.ingest.documents import InputItem, ParseResult, parse_json_object
    from flows.ingest.staging import STAGED_TABLES, _article_rows

    obj = {"title": "Беларусь и Вьетнам подписали соглашения", "text": "Стороны подписали пять соглашений."}
    art = parse_json_object("a.json", obj, json.dumps(obj, ensure_ascii=False))
    assert not isinstance(art, str)
    rows: dict[str, list[tuple]] = {t: [] for t in STAGED_TABLES}
    _article_rows(1, ParseResult(InputItem(source_uri="a.json", kind="json")), art, rows)
    sentences = [
        dict(zip(("stage_key", *STAGED_TABLES["sentences"]), r, strict=True)) for r in rows["sentences"]
    ]
    assert [(s["sentence_idx"], s["sentence_text"]) for s in sentences] == [
        (0, "Стороны подписали пять соглашений."),
        (-1, "Беларусь и Вьетнам подписали соглашения"),
    ]
    tokens = [dict(zip(("stage_key", *STAGED_TABLES["tokens"]), r, strict=True)) for r in rows["tokens"]]
    title_tokens = [(t["token_idx"], t["token"]) for t in tokens if t["sentence_idx"] == -1]
    assert title_tokens == [
        (-5, "Беларусь"),
        (-4, "и"),
        (-3, "Вьетнам"),
        (-2, "подписали"),
        (-1, "соглашения"),
    ]
    assert len({t["token_idx"] for t in tokens}) == len(tokens)
