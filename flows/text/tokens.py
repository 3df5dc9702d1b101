"""Tokenization shared by every text stage and by the gazetteer generator.

A token is a run of letters of any script (Russian, Belarusian і/ў, Ukrainian ї/є/ґ, Kazakh
ә/ғ/қ/ң/ө/ұ/ү/һ, Polish ą/ł/ś/ż, ...), an apostrophe between two Cyrillic letters included
(``В'єтнам``). Hyphens split words into tokens
(``белорусско-китайского`` -> ``белорусско`` + ``китайского``) and the split is
recorded in ``hyphen_after`` so SQL can recognise compound adjectives. Offsets are
Python string indices into the text given (``text[start:end]`` is the token).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate

# The letters of every Cyrillic alphabet of the press (Russian, Ukrainian, Belarusian, Kazakh,
# Kyrgyz, Serbian, ...): the capitals and the small letters of Unicode's Cyrillic blocks, as the
# contents of a regex character class ("[{CYRILLIC_UPPER}]").
CYRILLIC_UPPER = "".join(ch for ch in map(chr, range(0x400, 0x530)) if ch.isupper())
CYRILLIC_LOWER = "".join(ch for ch in map(chr, range(0x400, 0x530)) if ch.islower())
# An apostrophe between two Cyrillic letters is part of the word (Ukrainian "В'єтнам", "Мар'яна",
# Belarusian "сям'я"), written ', ’ or ʼ; ``normalize_word`` writes ʼ, as the gazetteer does.
APOSTROPHES = "'’ʼ"
_CYRILLIC = CYRILLIC_UPPER + CYRILLIC_LOWER
WORD_RE = re.compile(rf"[^\W\d_]+(?:(?<=[{_CYRILLIC}])[{APOSTROPHES}](?=[{_CYRILLIC}])[^\W\d_]+)*")
HYPHENS = "-‐‑‒–"  # hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash


def normalize_word(word: str) -> str:
    """Lowercase, fold ``ё`` to ``е`` and an apostrophe inside a word to ``ʼ``: the key gazetteer
    forms are stored under."""
    return word.lower().replace("ё", "е").replace("'", "ʼ").replace("’", "ʼ")


def normalize_form(phrase: str) -> str:
    """Normalize a multi-word phrase (``Ростов-на-Дону``) to its token key (``ростов на дону``)."""
    return " ".join(normalize_word(m.group()) for m in WORD_RE.finditer(phrase))


def normalize_words(words: list[str], text: str) -> list[str]:
    """``normalize_word`` of each of ``words`` (tokens of ``text``, none holding a space):
    lowercased together in one call, as one lowercases a word alone but for the final sigma, which
    lowers by its context (``Σ`` in ``text``: then one word at a time)."""
    if not words:
        return []
    if "Σ" in text:
        return [normalize_word(w) for w in words]
    return " ".join(words).lower().replace("ё", "е").replace("'", "ʼ").replace("’", "ʼ").split(" ")


SPLIT_RE = re.compile(f"({WORD_RE.pattern})")  # ``split``: the gaps between tokens and the tokens


def _char_class(codes: Iterable[int]) -> str:
    """The contents of a regex character class of the characters ``codes``, as ranges."""
    out: list[str] = []
    for code in sorted(codes):
        if out and out[-1][1] == code - 1:
            out[-1][1] = code
        else:
            out.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in out
    )


# The characters of most texts read: Latin, Greek and Cyrillic letters, punctuation, currency and
# letterlike signs. For a text of these only, ``SPLIT_RE`` is matched with its letters (``[^\W\d_]``,
# which the regex engine tests by the character's Unicode categories) listed instead, which it
# tests by one look-up: the same letters, the same tokens, found sooner.
_PLAIN_RANGES = ((0x0000, 0x052F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F))
_PLAIN_CODES = [code for lo, hi in _PLAIN_RANGES for code in range(lo, hi + 1)]
_LETTER_RE = re.compile(r"[^\W\d_]")
_PLAIN_LETTERS = f"[{_char_class(c for c in _PLAIN_CODES if _LETTER_RE.match(chr(c)))}]"
_NOT_PLAIN_RE = re.compile(f"[^{_char_class(_PLAIN_CODES)}]")
_PLAIN_SPLIT_RE = re.compile(f"({WORD_RE.pattern.replace(_LETTER_RE.pattern, _PLAIN_LETTERS)})")
# without an apostrophe in the text a token is a run of letters
_PLAIN_LETTERS_SPLIT_RE = re.compile(f"({_PLAIN_LETTERS}+)")


def split_tokens(text: str) -> list[str]:
    """``SPLIT_RE.split(text)``: the gaps and the tokens of ``text`` in turn, gaps first and last."""
    if _NOT_PLAIN_RE.search(text) is not None:
        return SPLIT_RE.split(text)
    if any(a in text for a in APOSTROPHES):
        return _PLAIN_SPLIT_RE.split(text)
    return _PLAIN_LETTERS_SPLIT_RE.split(text)


HYPHEN_RE = re.compile(f"[{re.escape(HYPHENS)}]")


def hyphens_after(text: str, token_ends: list[int]) -> list[bool]:
    """Per token (``token_ends``: the end offsets of the tokens of ``text``, in order) whether a
    hyphen follows right after it with a letter after the hyphen (``hyphen_after``)."""
    count = len(token_ends)
    n = len(text)
    out = [False] * count
    for hyphen in HYPHENS:  # each hyphen by ``str.find``: most texts hold few, of one or two kinds
        e = text.find(hyphen)
        while e >= 0:
            i = bisect_left(token_ends, e)
            if i < count and token_ends[i] == e:
                out[i] = e + 1 < n and text[e + 1].isalpha()
            e = text.find(hyphen, e + 1)
    return out


def token_tuples(text: str) -> list[tuple[int, int, str, str, bool]]:
    """``(start, end, text, norm, hyphen_after)`` per token, in order: ``norm`` is
    ``normalize_word(text)``; ``hyphen_after`` says the next token follows after a single hyphen,
    no space (a letter after it).

    Built column by column from one split of the text into gaps and tokens."""
    pieces = split_tokens(text)  # gap, token, gap, ..., gap
    words = pieces[1::2]
    if not words:
        return []
    offsets = list(accumulate(map(len, pieces)))
    ends = offsets[1::2]
    return list(
        zip(
            offsets[0:-1:2], ends, words, normalize_words(words, text), hyphens_after(text, ends), strict=True
        )
    )
