"""Every hedge of the one hedge vocabulary (``lexicon.HEDGE_PHRASES``) gives its comparator to
the amount it stands before, with words in any inflection where the phrase has a stem, and any
spacing between its words."""

from __future__ import annotations

import pytest

from flows.text.numbers.extract import extract_facts
from flows.text.numbers.lexicon import HEDGE_LAST_MARKS, HEDGE_LAST_PREFIXES, HEDGE_LAST_WORDS, HEDGE_PHRASES

CASES = [(comparator, phrase) for comparator, phrases in HEDGE_PHRASES for phrase in phrases]


def _written(phrase: str, ending: str, space: str) -> str:
    return space.join(w[:-1] + ending if w.endswith("*") else w for w in phrase.split())


@pytest.mark.parametrize(("comparator", "phrase"), CASES, ids=[p for _, p in CASES])
@pytest.mark.parametrize(
    "frame",
    [
        "Товарооборот {} 5 млрд долларов.",
        "По данным ведомства, объём инвестиций {}  12,4 млн евро за год.",
    ],
)
def test_a_hedge_gives_its_comparator(comparator, phrase, frame):
    for ending, space in (("ает", " "), ("ил", "\u00a0")):
        facts = extract_facts(frame.format(_written(phrase, ending, space)))
        assert [f.comparator for f in facts] == [comparator], (phrase, ending)


def test_the_gate_words_are_the_hedges_last_words():
    for _, phrases in HEDGE_PHRASES:
        for phrase in phrases:
            last = phrase.split()[-1]
            if last.endswith("*"):
                assert last[:-1] in HEDGE_LAST_PREFIXES
            elif last[-1].isalpha():
                assert last in HEDGE_LAST_WORDS
            else:  # "~", "ok."
                assert last[-1] in HEDGE_LAST_MARKS
