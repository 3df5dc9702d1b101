"""Regular expressions compiled from :mod:`.lexicon`: numbers, units, hedges, periods."""

from __future__ import annotations

import re
from typing import Any

from flows.text.numbers.lexicon import (
    _AFTER_V_OR_ZA,
    _BEFORE,
    _CANDIDATE_FIRST_LETTERS,
    _CANDIDATE_WORDS,
    _CHANGE_HEAD,
    _CURRENCIES,
    _DECREASE,
    _DIGITS,
    _HEDGE_ALT,
    _INCREASE,
    _MONTHS,
    _NUMBER_WORDS,
    _SP,
    _TIME_UNIT,
    _YEAR_TAIL,
)

_HEDGE_RE = re.compile(rf"{_BEFORE}(?:{_HEDGE_ALT})\s+$", re.I)


_CHANGE_BY_RE = re.compile(rf"{_CHANGE_HEAD}\s+на\s+$", re.I)  # "вырос на"


_CHANGE_TIMES_RE = re.compile(rf"{_CHANGE_HEAD}\s+$", re.I)  # "вырос (более чем) | в 2 раза"


# "на 4,3% больше": the change is stated after the amount
_COMPARATIVE_AFTER_RE = re.compile(rf"{_SP}+(?:(?P<inc>больше|выше)|(?P<dec>меньше|ниже))(?![\w])")


_CHANGE_TO_RE = re.compile(rf"{_BEFORE}(?:{_INCREASE}|{_DECREASE})\s+до\s+$", re.I)  # "вырос до"


_CURRENCY_AFTER_RE = re.compile(
    rf"{_SP}*(?:" + "|".join(f"(?P<{code}>{alt})" for code, alt in _CURRENCIES) + r")(?![\w])", re.I
)


_CURRENCY_BEFORE_RE = re.compile(
    rf"(?:(?P<sign>[$€₽£])|(?<![\w])(?P<code>USD|EUR|RUB|BYN|CNY|KZT|GBP){_SP}?)$"
)


_DIGITS_RE = re.compile(_DIGITS)


_SCALE_RE = re.compile(
    rf"{_SP}*(?P<s>тыс(?:яч(?:а|и|у|ей|ью|е|ам|ами|ах)?)?|млн|миллион\w*|млрд|миллиард\w*|трлн|триллион\w*)(?![\w])",
    re.I,
)


_COMPOSITE_RE = re.compile(rf"{_SP}+(?P<n>{_DIGITS})(?={_SP}*(?:тыс|млн|миллион|млрд|миллиард))")


_RANGE_DASH_RE = re.compile(rf"{_SP}?[-–—‐‑]{_SP}?(?=\d)")


_RANGE_TO_RE = re.compile(rf"{_SP}+до{_SP}+(?=\d|[$€₽£])", re.I)


_PERCENT_POINTS_RE = re.compile(rf"{_SP}*(?:п\.{_SP}?п\.?|процентн\w*{_SP}+пункт\w*|пп\.?(?![\w]))", re.I)


_PERCENT_RE = re.compile(rf"{_SP}*(?:%|проц\.|процент(?:а|ов|ы|ам|ами|ах|ом)?(?![\w]))", re.I)


_TIMES_RE = re.compile(rf"{_SP}+раза?(?![\w])", re.I)


_PHYSICAL_RE = re.compile(
    rf"{_SP}*(?:(?P<tonnes>тонн(?:а|ы|у|ой|ам|ами|ах)?)|(?P<hectares>гектар\w*|га)|(?P<km>километр\w*|км))(?![\w])",
    re.I,
)


_ORDINAL_SUFFIX_RE = re.compile(r"[-‐‑](?P<s>[а-яё]{1,3})(?![\w])", re.I)


_MONTH_AFTER_RE = re.compile(rf"{_SP}+{_MONTHS}(?![\w])", re.I)


_MONTH_BEFORE_RE = re.compile(
    r"(?<![\w])(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яё]*"
    rf"(?:{_SP}*[-–]{_SP}*[а-яё]+)?{_SP}+$",
    re.I,
)


_YEAR_AFTER_RE = re.compile(rf"(?:[-‐‑][а-я]{{1,2}})?{_SP}*(?:гг?\.|год\w*)(?![\w])", re.I)


_ID_BEFORE_RE = re.compile(
    r"(?:№|#|(?<![\w])(?:стать[яиеюй]\w*|пункт\w*|п\.|ч\.|ст\.|част[ьи]\w*|глав[аеыу]\w*|раздел\w*"
    rf"|номер\w*|приложени\w*|рис\.|табл\.|стр\.|том|выпуск\w*|верси[ияю]\w*|код\w*)){_SP}*$",
    re.I,
)


_NEXT_WORD_RE = re.compile(rf"{_SP}+([A-Za-zА-Яа-яЁё]+(?:[-‐‑][A-Za-zА-Яа-яЁё]+)*)(?![\w-])")


def _alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes (fast to match)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = []
        optional = False
        for ch in sorted(node):
            if ch == "":
                optional = True
            else:
                branches.append(re.escape(ch) + render(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        if optional:
            body = (body if body.startswith("(?:") else f"(?:{body})") + "?"
        return body

    return render(trie)


_RANK_RE = re.compile(
    r"[вВ]\s+(?:первую\s+|первой\s+)?"
    r"(?P<rankw>(?:десятк|двадцатк|тройк|пят[её]рк)[уе]|сотн[юе]|топ[-‐‑ ]?(?P<topn>\d{1,3}))(?![\w-])"
)


def _word_regex() -> str:
    """Number, scale and multiple words, lower case or capitalized, as one prefix-factored alternation.

    Alternatives start with a literal character, which the regex engine tests cheaply.
    """
    by_first: dict[str, list[str]] = {}
    for word in _CANDIDATE_WORDS:
        by_first.setdefault(word[0], []).append(word[1:])
    capitalized = [
        f"{first.upper()}(?:{_alternation([r for r in rests if r])})" + ("?" if "" in rests else "")
        for first, rests in sorted(by_first.items())
    ]
    return f"(?:{_alternation(_CANDIDATE_WORDS)}|{'|'.join(capitalized)})(?![\\w-])"


_WORD_AT_RE = re.compile(_word_regex())


# Where a number phrase can start: a digit, a number/scale/multiple word, or "в" before a
# rank word. The character before it is matched too (numbers glued to letters, digits,
# hyphens or slashes are never facts), then a look-ahead on the first character; a
# pattern starting with a character class lets the regex engine skip quickly through the
# text. Group 1 is the start of the phrase.
_CANDIDATE_BODY = (
    rf"(?=[0-9{_CANDIDATE_FIRST_LETTERS}{_CANDIDATE_FIRST_LETTERS.upper()}])"
    rf"(\d|{_word_regex()}|[вВ](?=\s+(?:первую\s+|первой\s+)?(?:десятк|двадцатк|тройк|пят|сотн|топ)))"
)


_CANDIDATE_RE = re.compile(r"[ \t\r\n\u00a0\u2009\u202f(«\"'“„\[$€₽£~≈<>≥≤—–+]" + _CANDIDATE_BODY)


_CANDIDATE_AT_START_RE = re.compile(_CANDIDATE_BODY)


_URL_RE = re.compile(r"https?://\S+|www\.\S+")


# Digit strings that are never facts, matched where a number starts: ISO and dotted dates,
# times, phone numbers.
_NOT_A_NUMBER_RE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
    r"|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d.])"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
    r"|\d{3,5}\)?[ \u00a0]?\d{2,3}-\d{2}-\d{2}(?!\d)"
    r"|\d{3}-\d{2}-\d{2}(?![\d-])"
)


_PHONE_AFTER_PLUS_RE = re.compile(r"\d{1,3}(?:[ \u00a0()-]*\d){6,}")


_CLAUSE_BREAK_RE = re.compile(r"[,;:—–]")


_SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[\"»”)]*(?=\s+[\"«“„(—–-]*\s*[A-ZА-ЯЁ0-9]))")


_NUM_WORD_OR_DIGITS = rf"(?:\d+|{_alternation(sorted(_NUMBER_WORDS))})"


_LAST_N = rf"(?:последн(?:ие|их)\s+)?{_NUM_WORD_OR_DIGITS}\s+{_TIME_UNIT}(?![\w]){_YEAR_TAIL}"


# Period phrases. Every one starts with з/в/н/п/с (lower case or capitalized), which is
# matched first so that the regex engine can skip through the text quickly; the
# look-behinds then say which phrase it starts.
_PERIOD_RE = re.compile(
    r"[зЗвВнНпПсС](?<![\w].)(?:"
    rf"(?<=[зЗ])а\s+(?:{_LAST_N}|{_AFTER_V_OR_ZA})"
    rf"|(?<=[вВ])\s+(?:течение\s+{_LAST_N}|{_AFTER_V_OR_ZA})"
    rf"|(?<=[нН])а\s+протяжении\s+{_LAST_N}"
    rf"|(?<=[пП])оследн(?:ие|их)\s+{_NUM_WORD_OR_DIGITS}\s+{_TIME_UNIT}(?![\w]){_YEAR_TAIL}"
    r"|(?<=[пП])о\s+итогам\s+(?:(?:прошлого|минувшего|текущего|этого|позапрошлого|первого|второго|третьего"
    rf"|\d+-?г?о?)\s+)?(?:полугодия|квартала|года|месяцев|\d{{4}}(?:\s*(?:года|г\.))?)(?![\w]){_YEAR_TAIL}"
    r"|(?<=[пП])о\s+(?:прошлому|минувшему|текущему|этому|позапрошлому)\s+году"
    r"|(?<=[сС])\s+начала\s+(?:года|\d{4}\s*(?:года|г\.))"
    r")"
)
