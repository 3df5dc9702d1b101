"""Countries, pairs and facts in the region's other languages (Belarusian, Ukrainian, Polish,
Kazakh, English): the gazetteer's CLDR names, the tokenizer's letters of any script."""

from __future__ import annotations

import duckdb
import pytest

from benchmarks.eval_dyads import load_set
from flows.text.tokens import normalize_form, token_tuples
from tests.conftest import annotated_articles, run_on_articles


def test_tokens_are_letters_of_any_script():
    words = [
        t[2]
        for t in token_tuples("паміж Беларуссю і Іранам; Białorusi; Україною, Їжак; Қазақстан мен Өзбекстан")
    ]
    assert words == [
        "паміж",
        "Беларуссю",
        "і",
        "Іранам",
        "Białorusi",
        "Україною",
        "Їжак",
        "Қазақстан",
        "мен",
        "Өзбекстан",
    ]
    assert normalize_form("Północna Macedonia") == "północna macedonia"


def test_multilingual_set_is_well_formed():
    sets = load_set("multilingual")
    articles = [a for arts in sets.values() for a in arts]
    assert len(articles) >= 30
    assert {a["language"] for a in articles} == {"be", "uk", "pl", "kk", "en"}
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids))  # the pipeline keys articles by id across both splits


@pytest.mark.slow
def test_other_languages_end_to_end(prefect_harness, tmp_path):
    # be7, uk7, pl7, pl8, en8: country adjectives of each language, Polish irregular forms
    wanted = ("be1", "uk1", "pl1", "kk1", "en1", "pl5", "be7", "uk7", "pl7", "pl8", "en8")
    articles = annotated_articles("multilingual", wanted)
    wh = run_on_articles(articles, tmp_path)
    con = duckdb.connect(str(wh), read_only=True)
    try:

        def per_title(sql: str) -> dict[str, set]:
            out: dict[str, set] = {a["id"]: set() for a in articles}
            for title, value in con.execute(sql).fetchall():
                out[title].add(value)
            return out

        countries = per_title(
            "select a.title, c.country_code from marts.article_countries c join marts.articles a using (article_id)"
        )
        pairs = per_title(
            "select a.title, d.country_a || '-' || d.country_b from marts.dyad_articles d"
            " join marts.articles a using (article_id)"
        )
        facts = per_title(
            "select a.title, f.country_a || '-' || f.country_b || ' ' || f.unit from marts.numeric_facts f"
            " join marts.articles a using (article_id) where f.country_a is not null"
        )
    finally:
        con.close()
    assert countries == {a["id"]: set(a["countries"]) for a in articles}
    assert pairs == {a["id"]: set(a["pairs"]) for a in articles}
    # the money of "1 mld dolarów" and "4 млрд доллардан" goes to the pair
    assert "BY-UZ USD" in facts["multilingual/pl1"]
    assert "KZ-UZ USD" in facts["multilingual/kk1"]
    assert "BY-IR percent" in facts["multilingual/be1"]
