"""Pairs (dyads) need evidence that the article relates the two countries.

The annotated set lives in tests/data/dyads/{tune,heldout}.json (benchmarks/eval_dyads.py scores
all of it); the slow test here runs the real pipeline over a few articles of each style: lists,
venues, comparisons, parallel destinations, bilateral wording.
"""

from __future__ import annotations

import duckdb
import pytest

from benchmarks.eval_dyads import load_set
from gazetteer import RELATION_CUES, is_place_form
from tests.conftest import TEST_DATA, annotated_articles, run_on_articles

DATA = TEST_DATA / "dyads"
# one of each style: compound + list of investors, comparison with context countries, summit
# venue, list only, "между X и Y" in a comparing sentence, parallel destinations, list of teams,
# a republic named like a state that is none (Республика Сербская: Bosnia's; Китайская Республика:
# Taiwan)
SAMPLE = ("t01", "t02", "t03", "t07", "t16", "h10", "h04", "h22", "t28", "t29")


def test_dyad_set_is_well_formed():
    codes = {
        row.split(",")[0]
        for row in (DATA.parents[2] / "dbt_project/seeds/ref_countries.csv").read_text().splitlines()[1:]
    }
    sets = load_set("dyads")
    assert sum(len(v) for v in sets.values()) >= 40
    for articles in sets.values():
        for a in articles:
            for pair in a["pairs"]:
                x, y = pair.split("-")
                assert x < y and {x, y} <= codes, (a["id"], pair)


def test_place_forms_are_locatives():
    from gazetteer import Morph

    morph = Morph()
    assert is_place_form("минске", morph) and is_place_form("астане", morph)
    assert not is_place_form("минск", morph) and not is_place_form("астану", morph)
    assert is_place_form("душанбе", morph)  # indeclinable: taken as a place
    assert "между" in RELATION_CUES["between"] and "в" in RELATION_CUES["venue"]


@pytest.mark.slow
def test_pairs_need_relation_evidence(prefect_harness, tmp_path):
    articles = annotated_articles("dyads", SAMPLE)
    assert len(articles) == len(SAMPLE)
    wh = run_on_articles(articles, tmp_path)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        rows = con.execute(
            "select a.title, d.country_a || '-' || d.country_b, d.score, d.evidence, a.body"
            " from marts.dyad_articles d join marts.articles a using (article_id)"
        ).fetchall()
        countries = con.execute(
            "select a.title, list(c.country_code) from marts.article_countries c join marts.articles a using (article_id)"
            " group by a.title"
        ).fetchall()
    finally:
        con.close()
    got: dict[str, set[str]] = {a["id"]: set() for a in articles}
    for title, pair, score, evidence, body in rows:
        got[title].add(pair)
        assert 0.5 <= score <= 1.0
        assert evidence and evidence in body  # the quote is the article's own words
    assert got == {a["id"]: set(a["pairs"]) for a in articles}
    # list members, venues and context countries stay article countries
    by_title = dict(countries)
    assert {"RU", "TR", "DE", "CH"} <= set(by_title["dyads/t01"])
    assert "KZ" in by_title["dyads/t03"]  # the summit's host (в Астане)
    assert set(by_title["dyads/t28"]) == {"BA", "RU"}  # no Serbia
    assert set(by_title["dyads/t29"]) == {"GT", "TW"}  # no People's Republic of China
