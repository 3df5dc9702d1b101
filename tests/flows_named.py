"""The flow a test sentence names, read by the tests' own word list (not the extractor's): what a
change in percent, a multiple or a fraction of that sentence is the change of."""

from __future__ import annotations

import re

# the stems of each flow's word in the languages the tests write (ru, uk, be, pl, en, kk)
_FLOW_WORDS = (
    (
        "trade_turnover",
        r"товарооборот|товарообіг|тавараабарот|товарообмен|торгов|торгівл|гандл|trade|handel|handl|obrot|wymian|сауда|айналым",
    ),
    ("export", r"экспорт|експорт|экспарт|export|eksport|поставк"),
    ("import", r"импорт|імпорт|імпарт|import"),
    ("investment", r"инвестиц|інвестиц|invest|inwest"),
)
_FLOW_RE = re.compile("|".join(f"(?P<{name}>{words})" for name, words in _FLOW_WORDS), re.I)


def flow_named(text: str, at: int | None = None) -> str:
    """The flow (``trade_turnover``, ``export``, ``import``, ``investment``) of the last flow word
    of ``text`` before ``at`` (a figure's offset), else of the first one; ``growth`` when ``text``
    names none: a change of what the sentence does not say."""
    before = list(_FLOW_RE.finditer(text, 0, len(text) if at is None else at))
    m = before[-1] if before and at is not None else _FLOW_RE.search(text)
    return m.lastgroup if m else "growth"
