"""The title is read as one more sentence of its article (sentence -1): the countries it names
are the article's, a pair it states is a dyad with the title as evidence, and offsets of the title
never mix with the body's (first mention, a person's country, the flow of a fact)."""

from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.slow  # a pipeline run (Prefect, dbt, GX)

# (file, title, text)
ARTICLES = [
    (
        # the lead names a third party (a mediator): the pair is the title's
        "mediated.json",
        "Ереван и Баку обменялись пленными",
        "Армения и Азербайджан провели обмен пленными при посредничестве Катара, сообщили стороны.",
    ),
    (
        # a country only the title names
        "only_title.json",
        "Мексика: урожай кукурузы вырос",
        "Урожай кукурузы в стране вырос на 4%, сообщило министерство сельского хозяйства.",
    ),
    (
        # the body's person and flow read the body's offsets, whatever the title names
        "offsets.json",
        "Польша и Литва обсудили транзит",
        "Посол Венгрии Иштван Надь заявил, что экспорт Венгрии в Сербию в 2025 году составил 2 млрд евро.",
    ),
    (
        # a common word at the title's start stays a word unless a country is coordinated with it
        "common_word.json",
        "Того же мнения придерживается Франция",
        "Франция поддержала инициативу.",
    ),
    (
        "no_title.json",
        "",
        "Польша и Литва подписали соглашение о транзите.",
    ),
]


@pytest.fixture(scope="module")
def con(tmp_path_factory, prefect_harness):
    from tests.conftest import run_on_json_files

    files = {
        name: {"text": text, "published": "2026-11-30"} | ({"title": title} if title else {})
        for name, title, text in ARTICLES
    }
    wh = run_on_json_files(files, tmp_path_factory.mktemp("title_sentence"))
    c = duckdb.connect(str(wh), read_only=True)
    yield c
    c.close()


def _rows(con, sql: str, name: str):
    return con.execute(sql, [f"%{name}"]).fetchall()


def test_a_pair_the_title_states_is_a_dyad_with_the_title_as_evidence(con):
    rows = _rows(
        con,
        "select country_a, country_b, evidence_kind, first_sentence_idx, evidence from marts.dyad_articles"
        " join marts.articles a using (article_id) where a.source_uri like ?",
        "mediated.json",
    )
    assert rows == [("AM", "AZ", "pair", -1, "Ереван и Баку обменялись пленными")]


def test_a_country_only_the_title_names_is_an_article_country_without_a_body_offset(con):
    rows = _rows(
        con,
        "select country_code, mention_count, sentence_count, first_char_start, in_title"
        " from marts.article_countries join marts.articles a using (article_id) where a.source_uri like ?",
        "only_title.json",
    )
    assert rows == [("MX", 1, 1, None, True)]


def test_body_offsets_never_meet_the_titles(con):
    countries = _rows(
        con,
        "select country_code, first_char_start, in_title from marts.article_countries"
        " join marts.articles a using (article_id) where a.source_uri like ? order by country_code",
        "offsets.json",
    )
    body = ARTICLES[2][2]
    assert countries == [
        ("HU", body.index("Венгрии"), False),
        ("LT", None, True),
        ("PL", None, True),
        ("RS", body.index("Сербию"), False),
    ]
    people = _rows(
        con,
        "select name, country_code from marts.people join marts.articles a using (article_id)"
        " where a.source_uri like ?",
        "offsets.json",
    )
    assert people == [("Иштван Надь", "HU")]
    flows = _rows(
        con,
        "select origin_country, destination_country from intermediate.int_fact_indicators f"
        " join marts.articles a using (article_id) where a.source_uri like ? and f.unit = 'EUR'",
        "offsets.json",
    )
    assert flows == [("HU", "RS")]


def test_a_common_word_opening_the_title_is_no_country(con):
    rows = _rows(
        con,
        "select country_code, in_title from marts.article_countries join marts.articles a using (article_id)"
        " where a.source_uri like ? order by 1",
        "common_word.json",
    )
    assert rows == [("FR", True)]


def test_an_article_without_a_title_has_no_title_sentence(con):
    rows = _rows(
        con,
        "select min(s.sentence_idx), count(*) filter (where s.sentence_idx < 0)"
        " from raw.sentences s join marts.articles a using (article_id) where a.source_uri like ?",
        "no_title.json",
    )
    assert rows == [(0, 0)]
