"""The topic and tone keyword seeds (dbt_project/seeds/ref_topic_keywords.csv, ref_tone_keywords.csv)
read every press language: each topic and QuadClass has stems in ru, uk, be, pl, kk and en, the
words that carry them in agency copy match, and common words of the six languages with another
sense match nothing. Matching as int_keyword_matches does it: a token (lowercase, ё -> е) matches a
stem it starts with, or equals an exact one; the longest stem of a set wins a token."""

from __future__ import annotations

import csv

import pytest

from flows.settings import PROJECT_ROOT
from flows.text.tokens import normalize_word

SEEDS = PROJECT_ROOT / "dbt_project" / "seeds"
LANGUAGES = ("ru", "uk", "be", "pl", "kk", "en")


def _rows(name: str) -> list[dict[str, str]]:
    with (SEEDS / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


TOPICS = _rows("ref_topic_keywords.csv")
TONES = _rows("ref_tone_keywords.csv")


def _category(rows: list[dict[str, str]], column: str, word: str) -> str | None:
    """The category of the longest one-word stem matching ``word``, None when none does."""
    token = normalize_word(word)
    best = None
    for r in rows:
        if r["next_stem"]:
            continue
        hit = token == r["stem"] if r["exact"] == "true" else token.startswith(r["stem"])
        if hit and (best is None or len(r["stem"]) > len(best["stem"])):
            best = r
    return best[column] if best else None


@pytest.mark.parametrize(("rows", "column"), [(TOPICS, "topic"), (TONES, "quad_class")])
def test_every_category_has_stems_in_every_press_language(rows, column):
    counts = {(r[column], lang) for r in rows for lang in r["language"].split()}
    missing = sorted({(r[column], lang) for r in rows for lang in LANGUAGES} - counts)
    assert not missing
    assert {lang for r in rows for lang in r["language"].split()} == set(LANGUAGES)


@pytest.mark.parametrize("rows", [TOPICS, TONES])
def test_stems_are_in_token_form(rows):
    for r in rows:
        assert r["stem"] == normalize_word(r["stem"]), r
        assert r["exact"] == "true" or len(r["stem"]) >= 4, r
        assert "'" not in r["stem"] and "’" not in r["stem"], r  # an apostrophe splits tokens


# (word as written, topic): words of agency copy in each language
TOPIC_WORDS = [
    ("МЗС", "diplomacy"),
    ("амбасадора", "diplomacy"),
    ("торгівлі", "trade"),
    ("експорту", "trade"),
    ("електростанцію", "energy"),
    ("залізничні", "transport_logistics"),
    ("збройних", "military_security"),
    ("освіти", "humanitarian_culture"),
    ("фінансування", "investment_finance"),
    ("врожаю", "agriculture"),
    ("лікарні", "health_science"),
    ("перамовы", "diplomacy"),
    ("гандлю", "trade"),
    ("рэгіёны", "interregional"),
    ("прамысловай", "industrial_cooperation"),
    ("ураджай", "agriculture"),
    ("навукоўцы", "health_science"),
    ("ambasadorem", "diplomacy"),
    ("handlowe", "trade"),
    ("gazociąg", "energy"),
    ("wojskowe", "military_security"),
    ("kredytu", "investment_finance"),
    ("pszenicy", "agriculture"),
    ("szczepionkami", "health_science"),
    ("ambassador", "diplomacy"),
    ("tariffs", "trade"),
    ("railway", "transport_logistics"),
    ("missiles", "military_security"),
    ("universities", "humanitarian_culture"),
    ("investment", "investment_finance"),
    ("wheat", "agriculture"),
    ("vaccine", "health_science"),
    ("елшісімен", "diplomacy"),
    ("сауданы", "trade"),
    ("өңірлері", "interregional"),
    ("өнеркәсіптік", "industrial_cooperation"),
    ("мұнай", "energy"),
    ("теміржол", "transport_logistics"),
    ("әскери", "military_security"),
    ("мәдениет", "humanitarian_culture"),
    ("қаржыландыру", "investment_finance"),
    ("бидай", "agriculture"),
    ("ғалымдар", "health_science"),
]

TONE_WORDS = [
    ("співпрацю", "verbal_cooperation"),
    ("домовилися", "verbal_cooperation"),
    ("підписали", "material_cooperation"),
    ("звинуватила", "verbal_conflict"),
    ("санкції", "material_conflict"),
    ("супрацоўніцтва", "verbal_cooperation"),
    ("пагадненне", "material_cooperation"),
    ("абвінаваціла", "verbal_conflict"),
    ("абстрэлах", "material_conflict"),
    ("współpracy", "verbal_cooperation"),
    ("podpisały", "material_cooperation"),
    ("umowę", "material_cooperation"),
    ("oskarżyła", "verbal_conflict"),
    ("sankcje", "material_conflict"),
    ("cooperation", "verbal_cooperation"),
    ("agreed", "verbal_cooperation"),
    ("agreement", "material_cooperation"),
    ("signed", "material_cooperation"),
    ("accused", "verbal_conflict"),
    ("sanctions", "material_conflict"),
    ("ынтымақтастық", "verbal_cooperation"),
    ("келісті", "verbal_cooperation"),
    ("келісімге", "material_cooperation"),
    ("айыптады", "verbal_conflict"),
    ("соққысын", "material_conflict"),
]

# common words with another sense, which a short stem of another language would catch
FALSE_FRIENDS = [
    "газета",
    "после",
    "угодно",
    "засудили",
    "нападающий",
    "ратификация",
    "освітлення",
    "Саудаўская",
    "арандатар",
    "кездеседі",
    "келіспеді",
    "өнер",
    "gazeta",
    "kolejny",
    "towarzystwo",
    "dostawał",
    "important",
    "investigation",
    "transition",
    "handle",
    "significant",
    "several",
    "consultant",
    "treatment",
    "concerted",
]


@pytest.mark.parametrize(("word", "topic"), TOPIC_WORDS)
def test_topic_words_of_every_language_match(word, topic):
    assert _category(TOPICS, "topic", word) == topic


@pytest.mark.parametrize(("word", "quad_class"), TONE_WORDS)
def test_tone_words_of_every_language_match(word, quad_class):
    assert _category(TONES, "quad_class", word) == quad_class


@pytest.mark.parametrize("word", FALSE_FRIENDS)
def test_common_words_with_another_sense_match_no_stem(word):
    assert _category(TOPICS, "topic", word) is None
    assert _category(TONES, "quad_class", word) is None
