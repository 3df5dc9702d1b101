"""The language model's feature counts read a space-separated piece at a time, each walk of its
automaton remembered: the same counts in the same order, hence the same scores and languages, as
py3langid's own walk over the whole text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from py3langid.langid import LanguageIdentifier, visit_counts

from flows.text import language
from flows.text.language import _identifier, detect_language

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))  # the sample articles the project ships


def _texts() -> list[str]:
    texts = [unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in SEEDS]
    pieces = [t[i : i + 600] for t in texts for i in range(0, len(t), 450)]
    return [
        *pieces,
        "",
        " ",
        "   Беларусь  и Китай   подписали\tсоглашение\n\nо торговле  ",
        "Belarus and China signed a trade agreement in Minsk on Monday.",
        "Білорусь і Китай підписали угоду. Мар'яна сказала: «Так».",
        "ТОВАРООБОРОТ ВЫРОС НА 5%",
        "x" * 700,
        " ".join(["и"] * 300),
        "😀 " * 50 + "Польша и Литва",
    ]


TEXTS = _texts()


def test_feature_counts_are_those_of_the_whole_walk_in_the_same_order():
    ident = _identifier()
    assert len(TEXTS) > 20
    for text in TEXTS:
        data = ident._encode(text)
        expected = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
        for _ in range(2):  # walked, then remembered
            got = ident._visits(data)
            assert (list(got.items()) if got else None) == (list(expected.items()) if expected else None)
        assert ident._raw_score(data).tobytes() == LanguageIdentifier._raw_score(ident, data).tobytes()


def test_languages_are_the_same_when_the_walks_are_forgotten(monkeypatch):
    before = [detect_language(t) for t in TEXTS]
    monkeypatch.setattr(language, "_WALKS_MAX", 3)  # forgotten every few pieces
    assert [detect_language(t) for t in TEXTS] == before
    assert len(_identifier()._walks) <= 3 + max(len(t.split(" ")) for t in TEXTS)
    assert {"ru", "en", "uk"} <= set(before)


@pytest.mark.parametrize("text", ["", "   ", "12 34 56"])
def test_a_text_without_letters_has_no_language(text):
    assert detect_language(text) is None
