"""Sentence segmentation with offsets, aware of Russian abbreviations and initials."""

from __future__ import annotations

import re

# Sentence end: terminal punctuation, optional closing quotes/brackets, whitespace, then a
# plausible sentence start (capital letter, digit, opening quote, dash). Line breaks always end one.
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"»”’)\]]*(?=\s+[\"«“(\-–—]?\s*[А-ЯЁA-Z0-9])|\n+")
_ABBREVIATIONS = frozenset(
    [
        "г",
        "гг",
        "т",
        "д",
        "др",
        "пр",
        "им",
        "ул",
        "тыс",
        "млн",
        "млрд",
        "трлн",
        "руб",
        "долл",
        "проц",
        "см",
        "стр",
        "св",
        "ст",
        "рис",
        "табл",
        "напр",
        "пос",
        "обл",
        "р-н",
        "ген",
        "зам",
        "корр",
        "проф",
        "акад",
        "англ",
        "рус",
        "нем",
        "франц",
        "и",
        "о",
    ]
)
_LAST_WORD_RE = re.compile(r"(\w+)[.]$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of ``text``, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        end = m.end() if m.group().strip() else m.start()
        if m.group().startswith("."):
            last = _LAST_WORD_RE.search(text, max(start, m.start() - 12), m.start() + 1)
            if last and (
                last.group(1).lower() in _ABBREVIATIONS
                or (len(last.group(1)) == 1 and last.group(1).isupper())
            ):
                continue
        _append(text, spans, start, end)
        start = m.end()
    _append(text, spans, start, len(text))
    return spans


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
