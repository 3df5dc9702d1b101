"""Sentence segmentation with offsets, aware of Russian abbreviations and initials: the one
sentence splitter of the text layer (article bodies, the numeric extractor's sentence scope)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

# capitals of the Cyrillic and Latin alphabets of be, uk, kk and pl too: "доларів. Інвестиції"
_CAPITALS = "A-ZА-ЯЁІЎЄЇҐӘҒҚҢӨҰҮҺĄĆĘŁŃÓŚŹŻ"
# Sentence end: terminal punctuation, optional closing quotes/brackets, whitespace, then a
# plausible sentence start (a capital, a digit, after opening quotes or dashes). Line breaks
# always end one. (The pattern reads ``[.!?…]+[closing]*(?=...)|\n+``, written to start with one
# character class, which the regex engine skips to quickly, instead of an alternation, tried at
# every character.)
_BOUNDARY_RE = re.compile(
    rf"[.!?…\n](?:(?<=\n)\n*|(?<!\n)[.!?…]*[\"»”’)\]]*(?=\s+[\"«“„(\-–—]*\s*[{_CAPITALS}0-9]))"
)
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
        # Russian months and "месяц" abbreviated ("за 9 мес. 2026 г.", "на 1 дек. 2026 г.")
        "мес",
        "янв",
        "фев",
        "февр",
        "апр",
        "авг",
        "сен",
        "сент",
        "окт",
        "нояб",
        "дек",
        # Ukrainian and Belarusian ("міс.": місяців), Polish "mies." (miesięcy)
        "міс",
        "mies",
        "вул",
        "див",
        "ім",
        # Polish: "ul.", "woj.", "tzw.", "np.", "godz.", "wg", "pkt", "ds." (minister ds. UE), "św."
        "ul",
        "woj",
        "tzw",
        "np",
        "godz",
        "wg",
        "ds",
        "św",
        "ks",
        "gen",
        "prof",
        "dr",
        # English titles and months
        "mr",
        "mrs",
        "ms",
        "st",
        "lt",
        "col",
        "sen",
        "rep",
        "gov",
        "mt",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Abbreviations that go on only before a number: "ok. 9 mld" (Polish "about"), "approx. 300",
# "No. 5", "nr 3" (a sentence may end in "OK." or "no.")
_BEFORE_NUMBER = frozenset({"ok", "approx", "ca", "no", "nr", "pkt", "art"})
# Abbreviations of "year" that go on after a year: "w 2025 r. 47 mld", "у 2025 р. 12 млрд",
# "2025 ж. 1 желтоқсан" ("р." after another number is a rouble's: "100 р. Это" ends a sentence)
_AFTER_YEAR = frozenset({"r", "р", "ж"})
# Abbreviations written with inner dots, compared without spaces: "т.н.", "т. е.", "m.in.", "i.e."
# ("т.д." and "т.п." end lists, often sentences: not here)
_DOTTED = frozenset(
    {
        "т.н",
        "т.е",
        "т.к",
        "т.ч",
        "т.зв",
        "с.г",
        "н.э",
        "д.э.н",
        "к.э.н",
        "д.т.н",
        "к.т.н",
        "m.in",
        "t.zw",
        "i.e",
        "e.g",
    }
)
# "и т.д.", "и т.п.": a list's end, which often ends the sentence ("д." alone is "деревня")
_LIST_ENDS = frozenset({"т.д", "т.п"})
_LIST_END_LAST = frozenset({"д", "п"})
_DOTTED_END_RE = re.compile(r"(?<![\w.])(?:\w{1,3}\.[ \u00a0]?){1,2}\w{1,3}\Z")
_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d[ \u00a0]?\Z")
_NUMBER_AFTER_RE = re.compile(r"[ \u00a0]+\d")
_LAST_WORD_RE = re.compile(r"(\w+)[.]$")
_NEXT_WORD_RE = re.compile(r"\s+[\"«“„(\-–—]*\s*(\w+)")


@cache
def _unit_abbreviations() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """The abbreviations of units and scale words (``млрд``, ``долл``); the currency codes and
    the capitalized units after which such an abbreviation goes on (``5 млн. USD``, ``300 тыс.
    МВт·ч``: their first word); and for each currency abbreviation the country words that complete
    it (``долл. США``)."""
    from flows.text.numbers.units import (
        CODE_ALIASES,
        CURRENCY_CODES,
        PHYSICAL_UNITS,
        abbreviations,
        currency_abbreviation_countries,
    )

    capital_units = {
        m.group() for u in PHYSICAL_UNITS for f in u.forms if f[:1].isupper() and (m := re.match(r"\w+", f))
    }
    return (
        abbreviations() - _ABBREVIATIONS,
        frozenset((*CURRENCY_CODES, *CODE_ALIASES, *capital_units)),
        currency_abbreviation_countries(),
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` (character offsets into ``text``) of the sentences of ``text``,
    stripped of surrounding whitespace, in order; ``[]`` for a text of whitespace only.

    A sentence ends at terminal punctuation (``.``, ``!``, ``?``, ``…``, with closing quotes or
    brackets) followed by whitespace and a capital or digit (after opening quotes or dashes),
    except after an abbreviation (``г.``, ``млрд.``) or an initial (``А.``); and at every line
    break. An agency dateline opening the text (``МОСКВА, 30 ноября —``, ``WARSAW, Nov 30 (Reuters)
    -``: ``flows.text.article.match_dateline``), or a place and an agency with no date (``ASTANA.
    KAZINFORM -``, ``Warszawa (PAP) -``: ``match_agency_opening``), is a sentence of its own."""
    spans: list[tuple[int, int]] = []
    start = _dateline_end(text)
    if start:
        _append(text, spans, 0, start)
    isspace = str.isspace
    for end, after in _boundaries(text, start, len(text)):
        # the sentence from ``start`` to ``end`` without the whitespace at its ends (_append)
        while start < end and isspace(text[start]):
            start += 1
        while end > start and isspace(text[end - 1]):
            end -= 1
        if end > start:
            spans.append((start, end))
        start = after
    _append(text, spans, start, len(text))
    return spans


@lru_cache(maxsize=8)
def _dateline_end(text: str) -> int:
    """Where the agency dateline opening ``text`` ends (0 when there is none)."""
    # the dateline rules live with the article's metadata
    from flows.text.article import match_agency_opening, match_dateline

    first = next((i for i, c in enumerate(text[:8]) if not c.isspace()), None)
    if first is None or not (text[first].isupper() or text[first].isdigit()):
        return 0
    found = match_dateline(text, first) or match_agency_opening(text, first)
    return found.end if found is not None else 0


split_sentences = sentence_spans


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of ``text`` begin, the first always 0: sentence ``i`` runs from
    ``starts[i]`` to ``starts[i + 1]`` (the whitespace after it included), the last to the end."""
    return [0, *(start for start, _ in sentence_spans(text)[1:])]


def sentence_index(starts: list[int], offset: int) -> int:
    """The index of the sentence (of ``sentence_starts``) holding character ``offset``."""
    return max(bisect_right(starts, offset) - 1, 0)


def is_sentence_start(text: str, i: int) -> bool:
    """True when a sentence of ``text`` (as ``sentence_spans`` reads it) begins at offset ``i``,
    opening quotes and dashes before it aside; costs a look at the few characters before ``i``."""
    j = i
    while j > 0 and (text[j - 1].isspace() or text[j - 1] in _OPENING):
        if text[j - 1] == "\n":
            return True
        j -= 1
    if j == 0 or 0 < j <= _dateline_end(text) <= i:
        return True
    lo, hi = max(0, j - _MAX_END), min(len(text), i + _MAX_END)
    return any(j <= end <= i for end, _ in _boundaries(text, lo, hi))


_OPENING = '"«“„(-–—'
_MAX_END = 64  # terminal punctuation and closing marks of one sentence end: at most this long


def _boundaries(text: str, lo: int, hi: int):
    """``(end of the sentence, start of what follows)`` per sentence end in ``text[lo:hi]``."""
    units = _unit_abbreviations()[0]
    for m in _BOUNDARY_RE.finditer(text, lo, hi):
        at = m.start()
        mark = text[at]
        if mark == "\n":  # line breaks only: the sentence ends before them
            yield at, m.end()
            continue
        if mark == ".":
            last = _last_word(text, max(lo, at - 12), at)
            # (only an initial, a common abbreviation or a unit's can go on: the others are not read)
            if last in _LIST_END_LAST and _dotted_word(text, lo, at) in _LIST_ENDS:
                yield m.end(), m.end()  # "и т.д. Затем": the end of a list, here of a sentence
                continue
            if (
                last
                and (
                    (len(last) == 1 and last.isupper())
                    or (low := last.lower()) in _ABBREVIATIONS
                    or low in units
                )
                and _abbreviation_goes_on(text, last, m.end())
            ):
                continue
            if last and _other_abbreviation_goes_on(text, last, lo, at, m.end()):
                continue
        yield m.end(), m.end()


# matched from ``lo`` with the end at the dot: all up to the last character that is not a word
# character (read back from the dot, not tried at every start as ``\w+\Z`` is), or no match
_LAST_NOT_WORD_RE = re.compile(r"(?s:.*)\W")


def _last_word(text: str, lo: int, dot: int) -> str:
    """The word characters (``\\w``: letters, digits, ``_``) right before ``dot``, from ``lo`` on:
    what ``_LAST_WORD_RE.search(text, lo, dot + 1)`` reads before the dot at ``dot``; "" when there
    are none."""
    m = _LAST_NOT_WORD_RE.match(text, lo, dot)
    return text[m.end() if m is not None else lo : dot]


def _abbreviation_goes_on(text: str, word: str, after: int) -> bool:
    """Whether the dot after ``word`` is an abbreviation's that does not end the sentence: an
    initial (``А. Лукашенко``) or a common abbreviation (``г.``, ``ул.``) never ends one; a unit
    or scale abbreviation (``5 млрд. Это``) does, unless a currency code follows (``5 млн. USD``)
    or, after a currency abbreviation, the country that completes it (``6,9 млрд долл. США``)."""
    lower = word.lower()
    if len(word) == 1 and word.isupper():
        return not _function_word_follows(text, after)
    if lower in _ABBREVIATIONS:
        return True
    units, codes, countries = _unit_abbreviations()
    if lower not in units:
        return False
    following = _NEXT_WORD_RE.match(text, after)
    if following is None:
        return False
    return following.group(1) in codes or following.group(1) in countries.get(lower, ())


def _other_abbreviation_goes_on(text: str, last: str, lo: int, dot: int, after: int) -> bool:
    """Whether the dot at ``dot`` after ``last`` ends an abbreviation that goes on only in its
    context: one before a number (``ok. 9 mld``, ``No. 5``), "year" after a year (``w 2025 r. 47
    mld``, ``у 2025 р. 12``) or one written with inner dots (``т.н. Средний коридор``, ``m.in.
    Niemiec``, ``т. е.``)."""
    low = last.lower()
    if low in _BEFORE_NUMBER:
        return _NUMBER_AFTER_RE.match(text, after) is not None
    if low in _AFTER_YEAR:
        return _YEAR_BEFORE_RE.search(text, max(lo, dot - len(last) - 6), dot - len(last)) is not None
    return len(last) <= 3 and _dotted_word(text, lo, dot) in _DOTTED


def _dotted_word(text: str, lo: int, dot: int) -> str:
    """The abbreviation with inner dots that ends right before ``dot`` (``т.н``, ``m.in``, ``т.е``
    from ``т. е``), lowercased and without spaces; "" when the word before the dot has none."""
    dotted = _DOTTED_END_RE.search(text, max(lo, dot - 12), dot)
    return re.sub(r"\s", "", dotted.group()).lower() if dotted is not None else ""


_CYRILLIC_RE = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґЎў]")

# Parts of speech of the words that open a sentence and never follow an initial as a surname:
# adverbs, prepositions, conjunctions, particles, pronouns, verbs, predicatives, numerals.
_FUNCTION_POS = frozenset({"ADVB", "PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "PRED", "NUMR"})


def _function_word_follows(text: str, after: int) -> bool:
    """Whether the word after a capital letter and its dot (at ``after``) opens a new sentence:
    the letter then ends a name (``Ван И. Ранее ...``, ``пункт Б. Затем ...``) rather than being an
    initial before a surname (``А. Лукашенко``, ``В. В. Путин``). True only for a capitalised
    Russian dictionary word that is no name and is read first as a function word, adverb or verb
    (``Ранее``, ``В``, ``Однако``, ``Он``); a noun or adjective (a surname may be one: ``Зима``,
    ``Белый``) or an unknown word leaves the dot an initial's."""
    following = _NEXT_WORD_RE.match(text, after)
    if following is None:
        return False
    word = following.group(1)
    if not word[0].isupper() or not word.isalpha():
        return False
    end = following.end()
    if len(word) == 1 and text[end : end + 1] == ".":
        return False  # another initial: "А. Г. Лукашенко"
    letter = text[after - 2 : after - 1] if text[after - 1 : after] == "." else text[after - 3 : after - 2]
    if letter.isascii() and _CYRILLIC_RE.match(word):
        return True  # "в соцмережі X. Також": a Latin letter is no initial of a Cyrillic surname
    from flows.text.morph import parses  # the dictionary, loaded once per process

    found = parses(word.lower())
    if (
        not found
        or not found[0].is_known
        or any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in found)
    ):
        return False
    top = found[0].tag
    # a function word, adverb or verb; or a common noun or adjective in the plural, which no
    # surname after an initial is ("Ван И. Министры обсудили ...")
    return top.POS in _FUNCTION_POS or (top.POS in ("NOUN", "ADJF") and top.number == "plur")


def _append(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
