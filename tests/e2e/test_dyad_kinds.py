"""Kinds of pair evidence through the real pipeline: English adjectives and capitals, a mediator
who is no party (also one thanked for it), two clauses of one sentence each pairing its own two countries, and a negation
a few words before a tone keyword."""

from __future__ import annotations

import duckdb
import pytest

pytestmark = pytest.mark.slow  # a pipeline run (Prefect, dbt, GX)

# (file, text)
ARTICLES = [
    (
        "en_adjectives.json",
        "Egyptian President Abdel Fattah el-Sisi hosted Emirati officials for talks in Cairo.",
    ),
    ("en_capitals.json", "Ankara and Baghdad agreed to reopen the oil pipeline, officials said."),
    ("mediator.json", "Эфиопия и Эритрея подписали соглашение о границе при посредничестве Кении."),
    ("mediated_en.json", "Armenia and Azerbaijan resumed talks mediated by Qatar, the ministry said."),
    (
        "clauses.json",
        "Вьетнам и Лаос подписали протокол о торговле, а Чили и Перу договорились о поставках меди.",
    ),
    ("also_list.json", "Вьетнам, Лаос и Камбоджа, а также Таиланд обсудили проект."),
    ("also_list_uk.json", "Угорщина, Словаччина й Чехія, а також Австрія обговорили проєкт."),
    ("negation.json", "Швеция не планирует вводить санкции против Норвегии, сообщил министр."),
    ("resumed.json", "Индия и Китай возобновили прямое авиасообщение после пятилетнего перерыва."),
    ("thanked.json", "Россия и Украина провели обмен пленными, Москва поблагодарила ОАЭ за посредничество."),
    ("thanked_en.json", "Russia and Ukraine swapped prisoners; Moscow thanked Qatar for its mediation."),
    ("regions.json", "В индийском штате Пенджаб и пакистанской провинции Пенджаб прошли сильные ливни."),
    # side by side in a clause of a longer sentence, no word of an interaction: a list
    (
        "clause_side_by_side.json",
        "Finland and Denmark topped the World Happiness Report, while the United States dropped to 24th place.",
    ),
    (
        "clause_side_by_side_ru.json",
        "Финляндия и Дания возглавили рейтинг счастья, а Соединенные Штаты опустились на 24-е место.",
    ),
]


@pytest.fixture(scope="module")
def con(tmp_path_factory, prefect_harness):
    from tests.conftest import run_on_json_files

    files = {name: {"text": text, "published": "2026-11-30"} for name, text in ARTICLES}
    wh = run_on_json_files(files, tmp_path_factory.mktemp("dyad_kinds"))
    c = duckdb.connect(str(wh), read_only=True)
    yield c
    c.close()


def _pairs(con, name: str) -> list[tuple[str, str]]:
    return con.execute(
        "select country_a, country_b from marts.dyad_articles join marts.articles a using (article_id)"
        " where a.source_uri like ? order by 1, 2",
        [f"%{name}"],
    ).fetchall()


@pytest.mark.parametrize(
    ("name", "pairs"),
    [
        ("en_adjectives.json", [("AE", "EG")]),
        ("en_capitals.json", [("IQ", "TR")]),
        ("mediator.json", [("ER", "ET")]),
        ("clauses.json", [("CL", "PE"), ("LA", "VN")]),
        ("also_list.json", []),
        ("also_list_uk.json", []),
        # a relation word of its own: resuming flights
        ("resumed.json", [("CN", "IN")]),
        # a country thanked for its mediation is no party
        ("thanked.json", [("RU", "UA")]),
        ("thanked_en.json", [("RU", "UA")]),
        # two countries' regions side by side are places, no pair
        ("regions.json", []),
        ("clause_side_by_side.json", []),
        ("clause_side_by_side_ru.json", []),
    ],
)
def test_pairs_of_each_kind(con, name, pairs):
    assert _pairs(con, name) == pairs


def test_a_mediator_named_in_english_is_no_party(con):
    assert _pairs(con, "mediated_en.json") == [("AM", "AZ")]


def test_a_negation_three_words_before_a_tone_keyword_negates_it(con):
    rows = con.execute(
        "select matched_text, is_negated from intermediate.int_keyword_matches k"
        " join marts.articles a using (article_id) where a.source_uri like ? and k.keyword_set = 'tone'",
        ["%negation.json"],
    ).fetchall()
    assert ("санкции", True) in rows
    assert all(negated for _, negated in rows)
