"""Tokenization shared by every text stage and by the gazetteer generator.

A token is a run of letters of any script (Russian, Belarusian і/ў, Ukrainian ї/є/ґ, Kazakh
ә/ғ/қ/ң/ө/ұ/ү/һ, Polish ą/ł/ś/ż, ...). Hyphens split words into tokens
(``белорусско-китайского`` -> ``белорусско`` + ``китайского``) and the split is
recorded in ``hyphen_after`` so SQL can recognise compound adjectives. Offsets are
Python string indices into the text given (``text[start:end]`` is the token).
"""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[^\W\d_]+")
HYPHENS = "-‐‑‒–"  # hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash


def normalize_word(word: str) -> str:
    """Lowercase and fold ``ё`` to ``е``: the key gazetteer forms are stored under."""
    return word.lower().replace("ё", "е")


def normalize_form(phrase: str) -> str:
    """Normalize a multi-word phrase (``Ростов-на-Дону``) to its token key (``ростов на дону``)."""
    return " ".join(normalize_word(m.group()) for m in WORD_RE.finditer(phrase))


def token_tuples(text: str) -> list[tuple[int, int, str, str, bool]]:
    """``(start, end, text, norm, hyphen_after)`` per token, in order: ``norm`` is
    ``normalize_word(text)``; ``hyphen_after`` says the next token follows after a single hyphen,
    no space."""
    out: list[tuple[int, int, str, str, bool]] = []
    n = len(text)
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        word = m.group()
        hyphen_after = e + 1 < n and text[e] in HYPHENS and text[e + 1].isalpha()
        out.append((s, e, word, normalize_word(word), hyphen_after))
    return out
