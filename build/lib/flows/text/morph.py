"""The one pymorphy3 analyzer the text modules share (loading one costs about 0.3 s and 15 MB),
and the one cache of its readings of a word."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

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
