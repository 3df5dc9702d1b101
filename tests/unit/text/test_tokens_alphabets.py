"""Tokens of words of every Cyrillic alphabet: an apostrophe between two Cyrillic letters is part of
the word (Ukrainian, Belarusian), written in any of its three forms, and its norm is the
gazetteer's key."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from flows.text.analyze import analyze_body
from flows.text.tokens import normalize_form, token_tuples

_SEED = Path(__file__).resolve().parents[3] / "dbt_project" / "seeds" / "ref_country_forms.csv"


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_an_apostrophe_between_cyrillic_letters_joins_the_word(apostrophe: str) -> None:
    word = f"Прем{apostrophe}єр"
    tokens = token_tuples(f"Заява {word} надійшла, а сім{apostrophe}я чекала.")
    assert [t[2] for t in tokens] == ["Заява", word, "надійшла", "а", f"сім{apostrophe}я", "чекала"]
    assert tokens[1][3] == "премʼєр"


def test_an_apostrophe_in_latin_script_or_after_a_word_still_splits() -> None:
    assert [t[2] for t in token_tuples("Japan's share, 'Мінськ' і Київ'")] == [
        "Japan",
        "s",
        "share",
        "Мінськ",
        "і",
        "Київ",
    ]


def test_token_rows_norms_of_apostrophe_words_are_the_gazetteers_forms() -> None:
    with _SEED.open(encoding="utf-8") as f:
        forms = {row["form"] for row in csv.DictReader(f) if "ʼ" in row["form"] and row["n_tokens"] == "1"}
    assert forms  # the gazetteer writes these words with ʼ, as one token
    body = "Товарообіг між Україною та В’єтнамом зріс, повідомили у В'єтнамі."
    norms = [t[5] for t in analyze_body(body).tokens]
    found = [n for n in norms if n in forms]
    assert len(found) == 2, norms
    assert normalize_form("В'єтнам") in forms
