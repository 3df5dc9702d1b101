"""The one pymorphy3 analyzer the text modules share (loading one costs about 0.3 s and 15 MB),
and the one cache of its readings of a word.

pymorphy3 is installed with its ``fast`` extra: its dictionaries are read by the DAWG2 C
extension (``pymorphy3.dawg.EXTENSION_AVAILABLE``), the same readings as the pure-Python reader
at 1.6x the speed on words not yet cached (NEREL news: 4.3 against 7.0 ms per document for
people extraction with empty caches)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import pymorphy3
    from pymorphy3.analyzer import Parse


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The shared Russian ``pymorphy3.MorphAnalyzer``, created on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1 << 17)
def parses(word: str) -> tuple[Parse, ...]:
    """``analyzer().parse(word)`` as a tuple, most likely reading first: each word is parsed once
    per process (the last 131,072 words asked for are kept), whichever module asks. ``word`` as
    pymorphy3 takes it (lowercase gives the same readings)."""
    return tuple(analyzer().parse(word))


class TagFacts(NamedTuple):
    """The grammemes of a pymorphy3 tag as plain strings: its part of speech, case, gender, number
    and animacy (None where the tag has none) and all its grammemes. Reading them off the tag
    itself computes them again at every access (``tag.case``, ``"Name" in tag``)."""

    pos: str | None
    case: str | None
    gender: str | None
    number: str | None
    animacy: str | None
    grammemes: frozenset[str]


_TAG_FACTS: dict[object, TagFacts] = {}


def tag_facts(tag: pymorphy3.tagset.OpencorporaTag) -> TagFacts:
    """``TagFacts`` of ``tag``, computed once per distinct tag (a few thousand in the dictionary)."""
    facts = _TAG_FACTS.get(tag)
    if facts is None:
        facts = _TAG_FACTS[tag] = TagFacts(
            *(str(g) if g else None for g in (tag.POS, tag.case, tag.gender, tag.number, tag.animacy)),
            tag.grammemes,
        )
    return facts
