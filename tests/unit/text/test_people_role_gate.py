"""The role gate (``may_be_role``): a word it turns away has no role reading in ``_info``, so the
role grammar may skip the dictionary lookup for it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flows.text.people.lexicon import ROLE_LEMMAS
from flows.text.people.words import _info, may_be_role

_TESTS = Path(__file__).resolve().parents[2]
_WORD_RE = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def _words_of_the_test_articles() -> set[str]:
    """Every Cyrillic word of the test articles and of the sentences the tests are written with."""
    words: set[str] = set()
    for path in _TESTS.rglob("*"):
        if path.is_file() and path.suffix in {".txt", ".json", ".html", ".xml", ".py"}:
            for w in _WORD_RE.findall(path.read_text(encoding="utf-8", errors="replace").lower()):
                words.add(w)
                words.add(w.rsplit("-", 1)[-1])
    return words


def test_no_word_with_a_role_reading_is_turned_away() -> None:
    words = _words_of_the_test_articles()
    assert len(words) > 5000  # the test articles are there
    roles = [w for w in words if _info(w).role is not None]
    assert len(roles) > 200
    assert [w for w in roles if not may_be_role(w)] == []


@pytest.mark.parametrize(
    "word",
    [
        "министра",
        "послом",
        "замминистра",
        "главе",
        "ведущего",
        "генсеку",
        "керамиста",  # a word the dictionary only guesses
        "лётчиком",
        "летчиком",
        "президентами",
    ],
)
def test_forms_of_role_words_pass(word: str) -> None:
    assert may_be_role(word)


@pytest.mark.parametrize("word", ["встреча", "товарооборот", "вырос", "столицы", "году", "заявил"])
def test_common_words_are_turned_away(word: str) -> None:
    assert not may_be_role(word)
    assert _info(word).role is None


def test_every_lemma_passes() -> None:
    assert [lemma for lemma in ROLE_LEMMAS if not may_be_role(lemma)] == []
