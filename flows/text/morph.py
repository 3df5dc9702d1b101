"""The one pymorphy3 analyzer the text modules share (loading one costs about 0.3 s and 15 MB)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The shared Russian ``pymorphy3.MorphAnalyzer``, created on first use."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()
