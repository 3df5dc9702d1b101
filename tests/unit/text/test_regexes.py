"""``flows.text.regexes``: a guarded alternation matches exactly what the plain one matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from flows.text.regexes import _top_level_alternatives, first_chars, guarded

TEST_DATA = Path(__file__).resolve().parents[2] / "data"


def test_top_level_alternatives_split_outside_groups_and_classes():
    assert _top_level_alternatives(r"a|b(c|d)|[|\]]x|\|y|[^]|]z|") == [
        "a",
        "b(c|d)",
        r"[|\]]x",
        r"\|y",
        "[^]|]z",
        "",
    ]
    assert _top_level_alternatives("abc") == ["abc"]


def test_only_alternatives_with_a_finite_set_of_first_letters_are_guarded():
    assert guarded(r"за\s+год|\w+\s+лет|\d+|(?:x)?") == r"(?=[Зз])(?:за\s+год)|\w+\s+лет|\d+|(?:x)?"
    # a sequence: one look-ahead for each item, whatever it holds
    assert guarded([r"(?<![\w])(?:в|за)\s+году|торік", "q[1-4]"]) == (
        r"(?=[ВЗТвзт])(?:(?<![\w])(?:в|за)\s+году|торік)|(?=[Qq])(?:q[1-4])"
    )
    assert first_chars(r"(?:the\s+)?(?:last|next)") == {"t", "l", "n"}
    assert first_chars(r"x*") is None


def _texts() -> list[str]:
    texts = [d["text"] for d in json.loads((TEST_DATA / "numbers_corpus.json").read_text(encoding="utf-8"))]
    for name in ("heldout.json", "tune.json"):
        texts += [
            d["text"] for d in json.loads((TEST_DATA / "multilingual" / name).read_text(encoding="utf-8"))
        ]
    # capitals, and letters that match another one only case-insensitively ("ᲀ" is "в", "K" is "k")
    texts += [
        "В ПЕРВОМ КВАРТАЛЕ 2024 ГОДА, У МИНУЛОМУ РОЦІ, IN Q1 2023, LAST YEAR, ТОРІК, ПЛАНИРУЕТСЯ, "
        "ᲀ першому кварталі 2024 року, \u212aazakhstan, ᲃоответственно 5 и 6, ᲄелеграм-канал «Абв»"
    ]
    return texts


@pytest.mark.parametrize("flags", [re.I, 0])
def test_a_guarded_alternation_matches_what_the_alternation_matches(flags):
    from flows.text.numbers.lexicon import METRIC_KEYWORDS, NEGATIVE_CONTEXT
    from flows.text.numbers.patterns import _MODALITY_ALT
    from flows.text.numbers.periods import OTHER_PERIOD, OTHER_PERIODS

    alternations: list = [OTHER_PERIOD, OTHER_PERIODS, _MODALITY_ALT, NEGATIVE_CONTEXT]
    alternations += [[rule.pattern.pattern for rule in METRIC_KEYWORDS]]
    texts = _texts()
    found = 0
    for alternation in alternations:
        plain = re.compile(
            "|".join(alternation) if isinstance(alternation, list | tuple) else alternation, flags
        )
        fast = re.compile(guarded(alternation), flags)
        assert fast.pattern != plain.pattern
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == expected
            found += len(expected)
    assert found > 200
