"""The scanner: number phrases found left to right as candidates (number, unit, hedge, counted noun)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from flows.text.morph import parses as morph_parses
from flows.text.numbers.lexicon import (
    _ALLOWED_BEFORE,
    _APRO_ALLOWED,
    _CASE_SUFFIXES,
    _EARLIER_WORDS,
    _HEDGES,
    _HUNDREDS,
    _ISO_CODES,
    _LATER_WORDS,
    _MULTIPLE_WORDS,
    _NOT_COUNTED,
    _NOT_COUNTED_SMALL_WORDS,
    _NUMBER_WORDS,
    _ORDINAL_HEADS,
    _ORDINAL_SUFFIXES,
    _RANK_WORDS,
    _SCALE_WORDS,
    _SINGULAR_SCALE_WORDS,
    _SP,
    _SPACES,
    _TENS,
    _THRESHOLD_NOUNS,
    _TIME_SPAN_WORDS,
    COLLECTIVE_SCALES,
    COLLECTIVE_WORDS,
    COUNT_ADVERBS,
    COUNTED_NOUNS,
    COUNTED_STOP_WORDS,
    EN_FRACTION_WORDS,
    FRACTION_WORDS,
    HALF_SCALE_WORDS,
    HALF_WORD,
    HEDGE_LAST_MARKS,
    HEDGE_LAST_PREFIXES,
    HEDGE_LAST_WORDS,
    HUNDRED_MULTIPLIERS,
    MINUS_SIGNS,
    MINUS_WORDS,
    MONEY,
    NUMBER_WORDS_BEFORE_SCALE_ONLY,
    ORDINAL_GAP,
    ORDINAL_WORDS,
    RANK_HEADS,
    scale_value,
)
from flows.text.numbers.patterns import (
    _CANDIDATE_AT_START_RE,
    _CANDIDATE_RE,
    _CHANGE_BY_RE,
    _CHANGE_DIRECT_RE,
    _CHANGE_NOUN_AFTER_RE,
    _CHANGE_NOUN_LINK_RE,
    _CHANGE_NOUN_OF_RE,
    _CHANGE_TIMES_RE,
    _CHANGE_TO_CLAUSE_RE,
    _CHANGE_TO_RE,
    _COMPARATIVE_AFTER_RE,
    _COMPOSITE_RE,
    _COMPOUND_UNIT_RE,
    _CURRENCY_AFTER_RE,
    _CURRENCY_BEFORE_RE,
    _CURRENCY_NOUN_RE,
    _DIGITS_RE,
    _ELIDED_CHANGE_TO_RE,
    _EN_FROM_BEFORE_RE,
    _EN_RANGE_TO_RE,
    _GLUED_SCALE_RE,
    _ID_BEFORE_RE,
    _KAZAKH_CHANGE_AFTER_RE,
    _KAZAKH_MORE_BY_AFTER_RE,
    _MONTH_AFTER_RE,
    _MONTH_BEFORE_RE,
    _NEXT_NUMBER_WORD_RE,
    _NEXT_WORD_RE,
    _NOT_A_NUMBER_RE,
    _ORDINAL_SUFFIX_RE,
    _PERCENT_POINTS_RE,
    _PERCENT_RE,
    _PHONE_AFTER_PLUS_RE,
    _PHYSICAL_RE,
    _RANGE_AND_RE,
    _RANGE_DASH_RE,
    _RANGE_TO_RE,
    _RANK_RE,
    _SCALE_RE,
    _TIMES_RE,
    _WORD_AT_RE,
    _YEAR_AFTER_RE,
    CHANGE_DIRECT_WORDS,
    CHANGE_NOUN_LINK_LAST_WORD_RE,
    CURRENCY_NOUN_FORMS,
    HEDGE_SCAN,
    MINOR_AFTER_RES,
    MINOR_CURRENCY_RE,
    OTHER_CURRENCY_ADJ,
    PLAIN_CURRENCY_ADJ,
    UNIT_PREFIXES,
    YEAR_PREPOSITION_BEFORE_RE,
)
from flows.text.numbers.units import (
    CODE_ALIASES,
    CURRENCY_ADJECTIVES,
    CURRENCY_ADJECTIVES_AFTER,
    CURRENCY_CODES,
    CURRENCY_COUNTRY_AFTER,
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    DOLLAR_PREFIXES,
    GLUED_SCALES,
    MINOR_CURRENCY_NOUNS,
    NO_CURRENCY,
    PHYSICAL_UNITS,
    POLISH_ONLY_FACTORS,
    SCALED_UNIT_FORMS,
    unit_kind,
)
from flows.text.tokens import normalize_word


@dataclass(frozen=True, slots=True)
class _WordInfo:
    adj: bool  # can be an adjective or participle (pronoun-adjectives excluded)
    noun: bool  # can be a noun
    gent_noun: bool  # can be a noun in the genitive
    lemma: str  # normal form of the noun reading (or of the first reading)
    # a participle in the plural genitive or accusative that stands for the people it describes
    # when no noun follows ("12 погибших", "150 задержанных"): its nominative singular, else None
    substantive: str | None = None


_CONTENT_POS = frozenset({"NOUN", "ADJF", "PRTF"})


def _counts_nothing(masked: str, cp: tuple[int, int, str]) -> bool:
    """Whether the counted noun phrase ``cp`` (start, end, head lemma) counts no figure of
    relations (``_NOT_COUNTED``: years, times, points, goals); "голов" with a noun after it counts
    heads of livestock (``300 тыс. голов овец``), alone a score's goals (``забила 5 голов``)."""
    if cp[2] not in _NOT_COUNTED:
        return False
    return not (cp[2] == "гол" and len(masked[cp[0] : cp[1]].split()) > 1)


@lru_cache(maxsize=200_000)
def _word_info(word: str) -> _WordInfo | None:
    """Readings of a lower-case word that matter for a counted noun phrase; None: stop word."""
    parses = morph_parses(word)
    if not parses:
        return None
    top = parses[0]
    if top.tag.POS not in _CONTENT_POS:
        return None
    if "Apro" in top.tag and top.normal_form not in _APRO_ALLOWED:
        return None
    adj = noun = gent = False
    lemma = top.normal_form
    for p in parses:
        if p is not top and p.score < 0.1:
            continue
        pos = p.tag.POS
        if pos in ("ADJF", "PRTF") and ("Apro" not in p.tag or p.normal_form in _APRO_ALLOWED):
            adj = True
        elif pos == "NOUN":
            if not noun:
                lemma = p.normal_form
            noun = True
            gent = gent or "gent" in p.tag
    if not (adj or noun):
        return None
    substantive = None
    if not noun and any(p.tag.POS == "PRTF" and p.score >= 0.1 for p in parses):
        plural = [p for p in parses if p.tag.POS in ("ADJF", "PRTF") and "plur" in p.tag]
        if any(p.tag.case in ("gent", "accs") for p in plural):
            adjective = next((p.normal_form for p in parses if p.tag.POS == "ADJF"), None)
            if adjective is None:
                singular = plural[0].inflect({"sing", "masc", "nomn"})
                adjective = singular.word if singular is not None else None
            substantive = adjective.replace("ё", "е") if adjective else None
    return _WordInfo(adj, noun, gent, lemma.replace("ё", "е"), substantive)


def _counted_phrase(masked: str, pos: int) -> tuple[int, int, str] | None:
    """Adjectives + head noun (+ one genitive noun) starting after ``pos``: (start, end, head lemma).

    Russian is read with its morphology; a phrase it does not read is looked up in the lexicon
    of the other languages' counted nouns (:data:`COUNTED_NOUNS`)."""
    found = _russian_counted_phrase(masked, pos)
    if found is None:
        found = _lexicon_counted_phrase(masked, pos)
    if found is None:
        found = _plural_genitive_noun(masked, pos)
    return found


# A noun in the genitive plural after a number in Belarusian, Ukrainian or Polish, by an ending
# only those languages write ("300 аўтобусаў", "1 500 трактароў", "300 автобусів", "300 autobusów"):
# what is counted, when the lexicon has no entry for it (the word as written is its lemma)
_PLURAL_GENITIVE_RE = re.compile(
    # up to two adjectives in the genitive plural before it ("300 беларускіх ліфтаў", "300 українських
    # генераторів", "300 polskich autobusów")
    rf"{_SP}+(?:(?-i:[а-яёіўєїґ'’]{{3,}}(?:іх|ых|их|ïх)|[a-ząćęłńóśźż]{{3,}}(?:ich|ych)){_SP}+){{0,2}}"
    rf"((?-i:[а-яёіўєїґ'’]{{3,}}(?:аў|оў|яў|ёў|ів|їв)|[a-ząćęłńóśźż]{{3,}}ów))"
    # and a second noun joined by a hyphen ("2,5 тис. дронів-перехоплювачів")
    r"(?:[-‐‑][^\W\d_]+)?(?![\w-])"
)


# spans of time, which a number measures, not counts ("восьми місяців", "трох гадоў", "kwartałów")
_TIME_NOUN_STEMS = (
    "місяц",
    "рок",
    "днів",
    "тижн",
    "квартал",
    "століт",
    "десятиліт",
    "месяц",
    "гадоў",
    "тыдн",
    "дзён",
    "стагоддз",
    "дзесяцігодз",
    "kwartał",
    "tygodni",
)
# units of measure and money, which a number measures too ("200 кілометрів", "100 мегаватів",
# "300 tys. litrów", "20 tys. hektarów"): the unit's table reads those it knows, the rest are no count
_MEASURE_STEMS = (
    "кілометр",
    "кіламетр",
    "метр",
    "мегават",
    "кіловат",
    "гігават",
    "ват",
    "літр",
    "градус",
    "кілограм",
    "кілаграм",
    "грам",
    "тон",
    "гектар",
    "кубометр",
    "барел",
    "баррел",
    "відс",
    "працэнт",
    "kilometr",
    "metr",
    "megawat",
    "kilowat",
    "gigawat",
    "litr",
    "hektar",
    "gram",
    "kilogram",
    "ton",
    "procent",
    "punkt",
    "пункт",
)


def _plural_genitive_noun(masked: str, pos: int) -> tuple[int, int, str] | None:
    m = _PLURAL_GENITIVE_RE.match(masked, pos)
    if m is None:
        return None
    word = m.group(1).lower()
    if (
        word.startswith(_TIME_NOUN_STEMS)
        or word.startswith(_MEASURE_STEMS)
        or _CURRENCY_NOUN_RE.fullmatch(word)
    ):
        return None
    return m.start(1), m.end(1), word


_LEXICON_WORD_RE = re.compile(rf"{_SP}+([^\W\d_]+(?:[-‐‑][^\W\d_]+)*)(?![\w-])")
_LEXICON_MAX_MODIFIERS = 2
# first word of each form -> the number of words of its forms, longest first
_LEXICON_LENGTHS: dict[str, tuple[int, ...]] = {}
for _form in COUNTED_NOUNS:
    _first, _n = _form.split()[0], len(_form.split())
    _LEXICON_LENGTHS[_first] = tuple(sorted({*_LEXICON_LENGTHS.get(_first, ()), _n}, reverse=True))


def _lexicon_counted_phrase(masked: str, pos: int) -> tuple[int, int, str] | None:
    """Up to two modifiers + a noun of :data:`COUNTED_NOUNS` after ``pos``: (start, end, lemma).

    Words are read one at a time, and only as far as the phrase can reach."""
    start = -1
    p = pos
    for _ in range(_LEXICON_MAX_MODIFIERS + 1):
        m = _LEXICON_WORD_RE.match(masked, p)
        if m is None:
            return None
        if start < 0:
            start = m.start(1)
        word = m.group(1).lower()
        lengths = _LEXICON_LENGTHS.get(word)
        if lengths is not None:
            # the longest form starting here ("memoranda of understanding" before "memoranda")
            for n in lengths:
                words, end, q = [word], m.end(1), m.end()
                while len(words) < n:
                    nm = _LEXICON_WORD_RE.match(masked, q)
                    if nm is None:
                        break
                    words.append(nm.group(1).lower())
                    end, q = nm.end(1), nm.end()
                lemma = COUNTED_NOUNS.get(" ".join(words)) if len(words) == n else None
                if lemma is not None:
                    return start, end, lemma
        if word in COUNTED_STOP_WORDS:
            return None
        p = m.end()
    return None


# what may follow a participle standing for people ("12 погибших и 30 раненых", "150
# задержанных."): the end of its phrase, not a complement or the noun it describes ("живущих за
# границей итальянцев", "три заявленных как показательные боя")
_SUBSTANTIVE_END_RE = re.compile(r"[ \u00a0]*(?:[.,;:!?)»\"—–]|$|(?P<conj>и|или|а|но)(?![\w]))")


def _substantive_ends(masked: str, end: int) -> bool:
    """Whether a participle ending at ``end`` ends its phrase (``_SUBSTANTIVE_END_RE``), not
    followed by a conjunction and another adjective of the same noun ("12 тысяч действующих и
    отставных силовиков")."""
    m = _SUBSTANTIVE_END_RE.match(masked, end)
    if m is None:
        return False
    if m.group("conj") is None:
        return True
    nxt = _NEXT_WORD_RE.match(masked, m.end())
    info = _word_info(nxt.group(1).lower()) if nxt is not None else None
    return info is None or info.noun or not info.adj


def _russian_counted_phrase(masked: str, pos: int) -> tuple[int, int, str] | None:
    words: list[tuple[int, int, _WordInfo]] = []
    p = pos
    while len(words) < 6:
        m = _NEXT_WORD_RE.match(masked, p)
        if m is None:
            break
        w = m.group(1)
        if len(w) < 2 or not w.islower():
            break  # a name, or a unit's abbreviation with a capital inside ("400 кВ", "5 мВ"): no counted noun
        info = _word_info(w.lower())
        if info is None:
            break
        words.append((m.start(1), m.end(1), info))
        p = m.end()
    for i, (_, _, info) in enumerate(words):
        if info.noun and not (info.adj and i + 1 < len(words)):
            end = words[i][1]
            if i + 1 < len(words):
                nxt = words[i + 1][2]
                if nxt.gent_noun and not nxt.adj and nxt.lemma not in _NOT_COUNTED:
                    end = words[i + 1][1]
            return words[0][0], end, info.lemma
        if info.substantive is not None and _substantive_ends(masked, words[i][1]):
            return words[0][0], words[i][1], info.substantive  # "12 погибших", "2 тыс. заключенных"
        if not info.adj:
            return None
    return None


# A comma before three digits is the thousands separator of English (``1,500 tonnes``, ``$2,300
# million``) and the decimal mark of Russian (``1,500 млрд`` is 1.5 billion): the word after the
# number, in Latin or Cyrillic script, tells which.
_ONE_COMMA_GROUP_RE = re.compile(r"\d{1,3},\d{3}")
_LATIN_WORD_AFTER_RE = re.compile(r"[ \u00a0\u202f]*[A-Za-z]")
# One dot before three digits ending in zeros, with no Latin word, scale word or percent sign
# after: the thousands' dot of "12.400 тонн", "3.000 человек" (a decimal is not written with
# trailing zeros); "2.345 тонн", "1.5 млрд", "12.400 tonnes" keep their decimal dot.
_ONE_DOT_GROUP_RE = re.compile(r"[1-9]\d{0,2}\.\d00")
# one dot before three digits: a thousands' dot in a Polish sentence (_POLISH_NEAR_RE)
_ONE_DOT_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _digits_value(s: str, latin_after: bool = False) -> Decimal:
    """The value of digits as written: spaces, apostrophes and repeated dots or commas group
    thousands (``1 500``, ``1'500``, ``1.500.000``, ``1,500,000``); with both marks the last is the decimal one and the
    other groups thousands (``1,234.5``, ``1.234,5``); one comma before three digits when a word
    in Latin script follows (``latin_after``: ``1,500 tonnes``); otherwise one comma or dot is the
    decimal mark (``1,5``, ``1,500 млрд``)."""
    if s.isdigit():
        return Decimal(s)
    s = s.replace(" ", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    s = s.replace("'", "").replace("’", "")
    if "," in s and "." in s:  # both marks: the last is the decimal one (1,234.5 or 1.234,5)
        group = "," if s.rindex(".") > s.rindex(",") else "."
        return Decimal(s.replace(group, "").replace(",", "."))
    if s.count(".") >= 2:
        s = s.replace(".", "")
    if s.count(",") >= 2 or (latin_after and _ONE_COMMA_GROUP_RE.fullmatch(s)):
        s = s.replace(",", "")
    return Decimal(s.replace(",", "."))


# the lower-case letters of the press's alphabets (Russian, Belarusian, Ukrainian, Polish, Kazakh)
_LOWER_LETTERS = "a-zа-яёіїєґўąćęłńóśźżәғқңөұүһ"
# physical units written with a capital (МВт·ч, TWh): "300 тыс. МВт·ч" goes on after the dot
_CAPITAL_UNITS = sorted(
    {f.rstrip("*") for u in PHYSICAL_UNITS for f in u.forms if f[:1].isupper()}, key=lambda f: (-len(f), f)
)
_ABBREVIATION_DOT_RE = re.compile(
    rf"\.[ \u00a0]*(?:[{_LOWER_LETTERS}{''.join(CURRENCY_SIGNS)}(]"
    rf"|(?:{'|'.join(CURRENCY_CODES)}|{'|'.join(map(re.escape, _CAPITAL_UNITS))})(?![\w]))"
)


def _abbreviation_dot(masked: str, end: int) -> int:
    """Include a dot after an abbreviation ("тыс.", "руб.") unless it ends the sentence."""
    if end < len(masked) and masked[end] == "." and _ABBREVIATION_DOT_RE.match(masked, end):
        return end + 1
    return end


def _scale_value(word: str, masked: str = "", pos: int = 0) -> int | None:
    """The factor of a scale word; a form whose factor differs in Polish ("bln") takes the
    Polish one only when Polish letters or a Polish currency stand within the sentence around."""
    key = word.lower().rstrip(".")
    factors = POLISH_ONLY_FACTORS.get(key)
    if factors is not None:
        return factors[0] if _POLISH_NEAR_RE.search(masked, max(0, pos - 80), pos + 40) else factors[1]
    return scale_value(word)


def _polish_near(masked: str, start: int, end: int) -> bool:
    """Whether Polish letters or a Polish currency stand within the sentence around ``start:end``
    (80 characters before, 40 after)."""
    return _POLISH_NEAR_RE.search(masked, max(0, start - 80), end + 40) is not None


_POLISH_NEAR_RE = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]|(?<![\w])(?:zł|złotych|złote|PLN)(?![\w])")


@dataclass(slots=True)
class _Amount:
    end: int
    value: Decimal
    scale: int  # 1 when no scale word follows


def _digit_amount(masked: str, pos: int, digits: re.Match[str] | None = None) -> _Amount | None:
    """The amount written with digits at ``pos`` (``digits``: the match of ``_DIGITS_RE`` there,
    when the caller has it)."""
    m = digits if digits is not None else _DIGITS_RE.match(masked, pos)
    if m is None:
        return None
    latin_after = (
        "," in m.group()
        and _LATIN_WORD_AFTER_RE.match(masked, m.end()) is not None
        # Polish, in Latin script too, writes its decimals with a comma: "1,250 mld euro"
        and (not _ONE_COMMA_GROUP_RE.fullmatch(m.group()) or not _polish_near(masked, pos, m.end()))
    )
    value, end = _digits_value(m.group(), latin_after), m.end()
    if (
        _ONE_DOT_GROUP_RE.fullmatch(m.group())
        and _LATIN_WORD_AFTER_RE.match(masked, end) is None
        and _SCALE_RE.match(masked, end) is None
        and not masked[end : end + 2].strip().startswith("%")
    ):
        value = Decimal(m.group().replace(".", ""))  # "12.400 тонн": a thousand's dot, not a decimal one
    elif _ONE_DOT_THOUSANDS_RE.fullmatch(m.group()) and _polish_near(masked, pos, end):
        # Polish writes its decimals with a comma and may group thousands with a dot: "1.250 mln zł",
        # "ok. 3.500 GWh" are 1250 mln and 3500 GWh
        value = Decimal(m.group().replace(".", ""))
    if m.group().isdigit() and (hm := _AND_A_HALF_RE.match(masked, end)) is not None:
        value, end = value + Decimal("0.5"), hm.end()  # "2 с половиной млрд"
    end, value, scale = _with_scale(masked, end, value)
    if scale != 1:
        # composite "38 млрд 607,6 млн", also after the scale's abbreviation dot ("1 млрд. 200 млн.")
        dot = end + 1 if masked[end : end + 1] == "." else end
        cm = _COMPOSITE_RE.match(masked, dot)
        if cm is not None:
            end2, part, scale2 = _with_scale(masked, cm.end(), _digits_value(cm.group("n")))
            if 1 < scale2 < scale:
                value += part
                end = end2
    return _Amount(end, value, scale)


def _with_scale(masked: str, end: int, value: Decimal) -> tuple[int, Decimal, int]:
    """Apply the scale word right after an amount (тыс., млн, миллиарда...): new end, value, scale."""
    sm = _SCALE_RE.match(masked, end)
    if sm is not None:
        sv = _scale_value(sm.group("s"), masked, end)
        if sv is not None:
            return _abbreviation_dot(masked, sm.end()), value * sv, sv
    return end, value, 1


_HALF_A_SCALE_RE = re.compile(r"[ \t\u00a0]+an?[ \t\u00a0]+(?P<s>million|billion|trillion)(?![\w])", re.I)


def _word_amount(masked: str, m: re.Match[str]) -> tuple[_Amount, bool] | None:
    """Composite number words from ``m`` (+ scale): the amount and whether it is a bare scale word."""
    first = normalize_word(m.group())
    if first in HALF_SCALE_WORDS:  # "полмиллиарда", "півмільйона", "паўмільёна"
        sv = HALF_SCALE_WORDS[first]
        return _Amount(m.end(), Decimal(sv) / 2, sv), False
    if first == HALF_WORD:  # "half a billion"
        hm = _HALF_A_SCALE_RE.match(masked, m.end())
        if hm is None:
            return None
        sv = _scale_value(hm.group("s"), masked, m.end())
        if sv is None:
            return None
        return _Amount(hm.end(), Decimal(sv) / 2, sv), False
    if first in _SCALE_WORDS and first not in _NUMBER_WORDS:
        if first not in _SINGULAR_SCALE_WORDS:
            return None
        sv = _SCALE_WORDS[first]
        return _Amount(m.end(), Decimal(sv), sv), True
    value, end, parts = _number_word_run(masked, first, m.end())
    if (hm := _AND_A_HALF_RE.match(masked, end)) is not None:
        value, end, parts = value + Decimal("0.5"), hm.end(), parts + 1  # "два с половиной миллиарда"
    if parts == 1 and first in NUMBER_WORDS_BEFORE_SCALE_ONLY and _SCALE_RE.match(masked, end) is None:
        return None  # Kazakh "он" (10) is Russian "он" (he) but before a scale word ("он миллиард")
    if parts == 1 and _NUMBER_WORDS[first] == 1:
        # "один/одна" alone is ordinary prose ("одна из ..."), unless a fraction, a scale word
        # ("около одного миллиарда", "one billion") or a unit follows
        nm = _NEXT_WORD_RE.match(masked, end)
        w = nm.group(1).lower() if nm is not None else ""
        if w not in FRACTION_WORDS and w not in _SCALE_WORDS and _unit_after(masked, end, False).unit is None:
            return None
    cm = _NEXT_WORD_RE.match(masked, end)
    if cm is not None and cm.group(1).lower() in COLLECTIVE_SCALES:  # "три десятка документов"
        value *= COLLECTIVE_SCALES[cm.group(1).lower()]
        end = cm.end()
    end, value, scale = _with_scale(masked, end, value)
    if scale != 1 and (nm := _NEXT_NUMBER_WORD_RE.match(masked, end)) is not None:
        # "два миллиарда триста миллионов": a smaller scale's amount in words after a larger one
        w = normalize_word(nm.group(1))
        if w in _NUMBER_WORDS and w not in _SCALE_WORDS:
            part, end2, _ = _number_word_run(masked, w, nm.end())
            end2, part, scale2 = _with_scale(masked, end2, part)
            if 1 < scale2 < scale:
                value, end = value + part, end2
    return _Amount(end, value, scale), False


def _number_word_run(masked: str, first: str, end: int) -> tuple[Decimal, int, int]:
    """The value of the number words starting with ``first`` (normalized, in ``_NUMBER_WORDS``),
    which ends at ``end``, and of those after it that compose with it (``триста сорок пять``): the
    value, the end of the last word and the number of words."""
    value = Decimal(str(_NUMBER_WORDS[first]))
    last = _NUMBER_WORDS[first]
    parts = 1
    while True:
        nm = _NEXT_NUMBER_WORD_RE.match(masked, end)
        if nm is None:
            break
        word = normalize_word(nm.group(1))
        if word == "and" and last in _HUNDREDS:  # "three hundred and fifty"
            after = _NEXT_NUMBER_WORD_RE.match(masked, nm.end())
            if after is None or _NUMBER_WORDS.get(normalize_word(after.group(1)), 100) >= 100:
                break
            nm, word = after, normalize_word(after.group(1))
        nv = _NUMBER_WORDS.get(word)
        if nv is None:
            break
        if word in HUNDRED_MULTIPLIERS and 1 <= last <= 9 and parts == 1:
            # "two hundred", "екі жүз": the unit's hundreds
            value, last, end = value * 100, last * 100, nm.end()
            parts += 1
            continue
        ok = (last in _HUNDREDS and nv < 100) or (last in _TENS and 1 <= nv <= 9 and nv == int(nv))
        if not ok:
            break
        value += Decimal(str(nv))
        last = nv
        end = nm.end()
        parts += 1
    return value, end, parts


# "два с половиной", "2 с половиной", "два з половиною", "dwa i pół", "two and a half": + 0.5
_AND_A_HALF_RE = re.compile(
    r"[ \u00a0]+(?:с|з|i|і|and)[ \u00a0]+(?:половиной|половиною|паловай|паловаю|pół|a[ \u00a0]+half)(?![\w])",
    re.I,
)


@dataclass(slots=True)
class _Unit:
    end: int
    unit: str | None  # None: no unit (count or pending money)
    factor: Decimal | None = None  # a currency's hundredths ("15 копеек"): the amount times this
    plus: Decimal | None = None  # the hundredths after the currency ("165 долларов 50 центов")


_UNIT_TOKEN_RE = re.compile(rf"{_SP}*([%{''.join(CURRENCY_SIGNS)}]|[^\W\d_]+)")


_NOUN_CODES = {n.key: n.code for n in CURRENCY_NOUNS}


# a country's adjective Dyad has no currency of, then a currency noun ("Egyptian pounds"): money
_OTHER_ADJ_CURRENCY_AT_RE = re.compile(
    rf"[ \u00a0]*(?:{OTHER_CURRENCY_ADJ}|{PLAIN_CURRENCY_ADJ})[ \u00a0]+(?:{CURRENCY_NOUN_FORMS})(?![\w])",
    re.I,
)


def _noun_key(m: re.Match[str]) -> str | None:
    """The key (``ruble``, ``som``) of the currency noun a currency match holds: the name of its
    group ``n_<key>`` that matched; None when it holds none (a code)."""
    return next((k[2:] for k, v in m.groupdict().items() if v is not None and k.startswith("n_")), None)


def _currency_of(masked: str, m: re.Match[str]) -> str:
    """The ISO 4217 code of a currency match of ``_CURRENCY_AFTER_RE`` (``XXX`` when it cannot be told)."""
    code = m.group("code")
    if code is not None:
        return CODE_ALIASES.get(code, code)
    key = _noun_key(m)
    assert key is not None  # a match of _CURRENCY_AFTER_RE with no code has its noun's group
    adj = m.group("adj")
    if adj is not None:
        a = adj.lower()
        for stem, noun, iso in CURRENCY_ADJECTIVES:
            if noun == key and a.startswith(stem):
                return iso
    if m.group("adj_other") is not None:
        return NO_CURRENCY  # "бахрейнских динаров" of a country Dyad has no currency of: never USD or IQD
    after = m.group("after")
    if after is not None:
        a = after.lower()
        for noun, word, iso in CURRENCY_COUNTRY_AFTER:
            if noun == key and a == word.lower():
                return iso
    adj_after = m.group("adj_after")
    if adj_after is not None:
        for stem, noun, iso in CURRENCY_ADJECTIVES_AFTER:
            if noun == key and adj_after.startswith(stem):
                return iso
        return NO_CURRENCY  # "rubli kazachskich": a country's adjective that is not the noun's
    if m.group("adj_after_other") is not None:
        return NO_CURRENCY  # "dolarów fidżyjskich": a country Dyad has no currency of
    noun_code = _NOUN_CODES[key]
    if noun_code is not None:
        return noun_code
    return NO_CURRENCY  # several countries use it: resolve.context_currency reads their names


def currency_noun(masked: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The key (``som``, ``ruble``), start and end of the first currency noun written between
    ``start`` and ``end``, None when there is none."""
    m = _CURRENCY_NOUN_RE.search(masked, start, end)
    if m is None:
        return None
    key = _noun_key(m)
    assert key is not None  # every alternative of _CURRENCY_NOUN_RE is a noun's group
    return key, m.start(), m.end()


# A multiple written without a preposition: "2,5-krotnie", "1.5-fold", Kazakh "1,5 есе(ге)".
_TIMES_WITHOUT_PREPOSITION_RE = re.compile(
    r"[-‐‑](?:krotnie|krotny|krotna|fold)(?![\w])|[ \u00a0]+есе(?:ге)?(?![\w])", re.I
)


# "grew 1.5 times", "rose three times to": an English multiple after a verb of change (without
# the verb, "met 3 times" counts occasions, no multiple)
_EN_TIMES_RE = re.compile(r"[ \u00a0]+times(?![\w])")
_EN_CHANGE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:grew|rose|increased|fell|declined|dropped|jumped|surged|expanded|shrank|decreased|climbed)"
    r"[ \u00a0]+(?:by[ \u00a0]+)?(?:(?:almost|nearly|about|some|more[ \u00a0]+than|over)[ \u00a0]+)?[\d.,]+\Z"
)


# a multiple with no preposition, the comparative after it: "2,3 razy więcej niż", "2.3 times more than"
_LATIN_TIMES_RE = re.compile(r"[ \u00a0]+(?:razy|times)(?![\w])", re.I)


# the comparative right after such a multiple ("razy więcej", "times more")
_TIMES_COMPARATIVE_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?P<inc>więcej|wyższy|wyższa|wyższe|większy|większa|większe|more|higher|larger|greater)"
    r"|(?P<dec>mniej|niższy|niższa|niższe|mniejszy|mniejsza|mniejsze|less|lower|smaller))(?![\w])",
    re.I,
)


def _unit_after(masked: str, pos: int, times_prefix: bool) -> _Unit:
    if (m := _TIMES_WITHOUT_PREPOSITION_RE.match(masked, pos)) is not None:
        return _Unit(m.end(), "times")
    if (
        masked.startswith((" razy", " times"), pos)
        and (m := _LATIN_TIMES_RE.match(masked, pos)) is not None
        and (tm := _TIMES_COMPARATIVE_AFTER_RE.match(masked, m.end())) is not None
        and _EARLIER_BASE_AFTER_LATIN_RE.match(masked, tm.end()) is not None
    ):
        return _Unit(m.end(), "times")  # "2.3 times more than a year earlier": a change (below)
    if (
        masked.startswith(" times", pos)
        and (m := _EN_TIMES_RE.match(masked, pos)) is not None
        and _EN_CHANGE_BEFORE_RE.search(masked, max(0, pos - 60), pos) is not None
    ):
        return _Unit(m.end(), "times")
    tm = _UNIT_TOKEN_RE.match(masked, pos)
    if tm is None:
        return _Unit(pos, None)
    token = tm.group(1)
    if token == "%":
        return _Unit(tm.end(), "percent")
    if token in CURRENCY_SIGNS:
        return _Unit(tm.end(), CURRENCY_SIGNS[token])
    if token[:3].lower() not in UNIT_PREFIXES and _OTHER_ADJ_CURRENCY_AT_RE.match(masked, pos) is None:
        return _Unit(pos, None)
    m = _PERCENT_POINTS_RE.match(masked, pos)
    if m is not None:
        return _Unit(m.end(), "percentage_points")
    m = _PERCENT_RE.match(masked, pos)
    if m is not None:
        return _Unit(_abbreviation_dot(masked, m.end()), "percent")
    m = _CURRENCY_AFTER_RE.match(masked, pos)
    if m is not None:
        key = _noun_key(m)
        if key in MINOR_AFTER_RES and (mm := MINOR_AFTER_RES[key].match(masked, m.end())) is not None:
            return _Unit(
                _abbreviation_dot(masked, mm.end()),
                _currency_of(masked, m),
                plus=Decimal(mm.group("n")) / 100,
            )
        return _Unit(_abbreviation_dot(masked, m.end()), _currency_of(masked, m))
    m = MINOR_CURRENCY_RE.match(masked, pos)
    if m is not None:
        minor = MINOR_CURRENCY_NOUNS[int(m.lastgroup[1:])]  # type: ignore[index]
        return _Unit(m.end(), minor.code or _NOUN_CODES[minor.key] or NO_CURRENCY, factor=Decimal("0.01"))
    if times_prefix:
        m = _TIMES_RE.match(masked, pos)
        if m is not None:
            return _Unit(m.end(), "times")
    m = _PHYSICAL_RE.match(masked, pos)
    if m is not None:
        return _Unit(_abbreviation_dot(masked, m.end()), m.lastgroup)
    return _Unit(pos, None)


def _hundredths(amount: _Amount, unit: _Unit) -> None:
    """An amount in a currency's hundredths ("15 копеек": 0.15) or with them after the currency
    ("165 долларов 50 центов": 165.50), in the currency; a scaled amount takes no hundredths."""
    if unit.factor is not None:
        amount.value *= unit.factor
    elif unit.plus is not None and amount.scale == 1 and amount.value == amount.value.to_integral_value():
        amount.value += unit.plus


def _unit_kind(unit: str) -> str:
    return MONEY if unit_kind(unit) == "money" else unit


def _cand_kind(c: _Cand) -> str:
    """The kind of ``c``'s unit (``_unit_kind``; money for an amount without one)."""
    return _unit_kind(c.unit) if c.unit is not None else MONEY


@dataclass(slots=True)
class _Cand:
    qs: int  # quote start
    qe: int  # quote end
    ns: int  # number start
    ne: int  # number end (number_text)
    value: Decimal
    value_high: Decimal | None
    unit: str | None  # None: money with the currency still to find
    comparator: str
    counted: tuple[int, int] | None
    lemma: str | None
    change: str | None
    ordinal: bool = False
    currency_explicit: bool = False
    metric: str = "other"
    sentence: int = 0
    # period phrases starting in [lo, hi) belong to another fact of a "с X до Y" pair
    period_skip: tuple[int, int] | None = None


_SPACE_CHARS = frozenset(" \t\r\n\u00a0\u2009\u202f")


_ID_PREFIXES = (
    "стать",
    "пункт",
    "част",
    "глав",
    "раздел",
    "номер",
    "приложени",
    "том",
    "выпуск",
    "верси",
    "код",
)


_MINUS_WORD_ENDS = frozenset(w[-1] for w in MINUS_WORDS) | frozenset(w[-1].upper() for w in MINUS_WORDS)
_SIGN_ALLOWED_BEFORE = frozenset(" \t\n\r\u00a0\u2009\u202f(«\"'“„[:")
_CURRENCY_HINTS = frozenset("".join(CURRENCY_SIGNS) + "".join({c[-1] for c in CURRENCY_CODES}))
_CURRENCY_HINT_RE = re.compile(f"[{re.escape(''.join(sorted(_CURRENCY_HINTS)))}]")


def _currency_before(masked: str, s: int) -> re.Match[str] | None:
    """A currency sign or code right before the number at ``s``, glued or after one space
    (``$400``, ``USD2bn``, ``EUR 5``), else None."""
    lo = max(0, s - 5)
    if _CURRENCY_HINT_RE.search(masked, lo, s) is not None:  # a sign, or a code's last letter
        return _CURRENCY_BEFORE_RE.search(masked, lo, s)
    return None


# Ukrainian and Belarusian comparatives before "за" (than): "більше за 1 млрд" is more than one
# billion, no price per one unit.
_COMPARATIVES_BEFORE_ZA = frozenset({"більше", "більш", "менше", "менш", "больш", "больше", "меней"})


def _word_before(masked: str, pos: int) -> tuple[str, int]:
    """The word right before ``pos`` and separated from it by spaces (lower case), and where it ends.

    Returns ``("", j)`` when no space or no letters precede; ``j`` is the end of what precedes.
    """
    j = pos
    while j > 0 and masked[j - 1] in _SPACE_CHARS:
        j -= 1
    if j == pos:
        return "", j
    return _letters_before(masked, j), j


def _letters_before(masked: str, end: int) -> str:
    """The letters (and hyphens) that end right at ``end``, lower case; empty when none do."""
    k = end
    while k > 0 and (masked[k - 1].isalpha() or masked[k - 1] == "-"):
        k -= 1
    return masked[k:end].lower()


def _hedge(masked: str, start: int) -> tuple[int, str, str | None]:
    """Hedge ending right before ``start``: (new start, comparator, hedge text)."""
    lo = max(0, start - 48)
    m = HEDGE_SCAN.search(masked, lo, start)
    if m is None:
        return start, "=", None
    for i, (comparator, _) in enumerate(_HEDGES):
        g = m.group(f"h{i}")
        if g is not None:
            hs = m.start(f"h{i}")
            if comparator in _NEGATED_BOUNDS and (
                neg := _NEGATION_BEFORE_RE.search(masked, max(0, hs - 16), hs)
            ):
                # "не перевищив", "nie przekroczyły", "did not exceed 2 bn": at most 2 bn
                return neg.start(), _NEGATED_BOUNDS[comparator], f"{neg.group().lower()}{g.lower()}"
            return hs, comparator, g.lower()
    return start, "=", None  # pragma: no cover


# A negation right before a bound ("не перевищив", "nie przekroczyły", "did not exceed", "has never
# surpassed"): the bound the other way round, the amount included ("did not exceed 2 bn": <= 2 bn)
_NEGATION_BEFORE_RE = re.compile(
    r"(?<![\w])(?:не|нe|ні|nie|not|never|n['’]t)(?:[ \u00a0]+(?:ever|yet|пока|yet|jeszcze|ещё|еще))?[ \u00a0]+$",
    re.I,
)
_NEGATED_BOUNDS = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}


def _change(masked: str, start: int, times: bool, direct: bool = False) -> tuple[int, str, str] | None:
    """Change verb (+ hedge) before ``start``: (new start, change, comparator). ``direct``: an
    English verb right before the amount ("rose 3 percent")."""
    lo = max(0, start - 100)
    regex = _CHANGE_TIMES_RE if times else _CHANGE_DIRECT_RE if direct else _CHANGE_BY_RE
    m = regex.search(masked, lo, start)
    if m is None:
        return None
    comparator = "="
    for i, (comp, _) in enumerate(_HEDGES):
        if m.group(f"h{i}") is not None:
            comparator = comp
            break
    if m.group("inc") is not None:
        return m.start("inc"), "increase", comparator
    return m.start("dec"), "decrease", comparator


def _prefix_start(
    masked: str, start: int, times: bool, before: tuple[str, int] | None = None
) -> tuple[int, str, str | None, str | None]:
    """Quote start, comparator, change and hedge word for a number phrase starting at ``start``.

    The window regexes run only when the word right before the phrase (``before``, from
    :func:`_word_before`) can end one of their phrases ("на" for a change, a hedge's last word).
    """
    word, j = before if before is not None else _word_before(masked, start)
    if times or word in ("на", "by", "o"):
        ch = _change(masked, start, times)
        if ch is not None:
            return ch[0], ch[2], ch[1], None
        if word == "на" and not times:
            # a hedge before "на" and no change: "наторговали почти на 45 млрд", "соглашения более
            # чем на 3 млрд" (the amount a deal or a trade is worth)
            hs, h_comparator, h_word = _hedge(masked, j - len(word))
            if h_word is not None:
                return hs, h_comparator, None, h_word
    elif word == "of" and (noun := _CHANGE_NOUN_OF_RE.search(masked, max(0, start - 30), start)) is not None:
        # "an increase of 8%": the change, from its noun
        inc = noun.group("inc") is not None
        return noun.start("inc" if inc else "dec"), "=", "increase" if inc else "decrease", None
    elif word in CHANGE_DIRECT_WORDS or (word and word in HEDGE_LAST_WORDS):
        ch = _change(masked, start, False, direct=True)
        if ch is not None:
            return ch[0], ch[2], ch[1], None
        hs, h_comparator, h_word = _hedge(masked, start)
        if h_word is not None and _word_before(masked, hs)[0] in ("на", "by", "o"):
            ch = _change(masked, hs, False)  # "rose by almost 10%", "wzrosły o ponad 8%"
            if ch is not None:
                return ch[0], h_comparator, ch[1], None
    if (year := _YEAR_BETWEEN_RE.search(masked, max(0, start - 40), start)) is not None:
        # a year between a bound's verb and its amount: "превысил в 2025 году 4 млрд",
        # "przekroczyła w 2025 r. 46 mld", "topped in 2025 $4 billion" (the period stays the figure's)
        hs, h_comparator, h_word = _hedge(masked, year.start())
        if h_word is not None and h_word not in _UP_TO_HEDGES and h_comparator != "=":
            return hs, h_comparator, None, h_word
    if word:
        if word not in HEDGE_LAST_WORDS and not word.startswith(HEDGE_LAST_PREFIXES):
            return start, "=", None, None
    elif not (j > 0 and masked[j - 1] in HEDGE_LAST_MARKS):
        return start, "=", None, None
    qs, comparator, hedge = _hedge(masked, start)
    if hedge in _UP_TO_HEDGES or (hedge is None and word in ("to", "do", "да")):
        # a hedge of the level reached before "до": "вырос почти до", "зріс майже до", "wzrosły
        # prawie do", "вырос более чем до" (the level, hedged)
        to_at = qs if hedge is not None else j - len(word)
        _hs, reached, before_to = _hedge(masked, to_at)
        if before_to is None or before_to in _UP_TO_HEDGES:
            reached = "="
        lo = max(0, start - 96)
        m = _CHANGE_TO_RE.search(masked, lo, start)
        if m is not None:
            return m.start(), reached, "to", None
        if _CHANGE_TO_CLAUSE_RE.search(masked, max(0, start - 160), start) is not None or (
            _ELIDED_CHANGE_TO_RE.search(masked, max(0, start - 240), start) is not None
        ):
            return to_at if before_to is None else _hs, reached, "to", None
    return qs, comparator, None, hedge


# a year phrase right before an amount ("в 2025 году ", "w 2025 r. ", "у 2025 р. ", "in 2025 ")
_YEAR_BETWEEN_RE = re.compile(
    r"(?<![\w])(?:(?:в|во|у|w|in)[ \u00a0]+(?:19|20)\d\d(?:[ \u00a0]*(?:году|годзе|г\.|р\.|році|roku|r\.))?"
    # a period named by reference: "przekroczyły w tym okresie 3,1 mld", "превысил за этот период"
    r"|(?:в|во|у|за|w|in|over|during)[ \u00a0]+(?:этот|этом|тот|том|цей|цьому|той|тому|гэты|гэтым|той|tym|ten|this|that|the)"
    r"(?:[ \u00a0]+(?:же|самый|самом|same))?[ \u00a0]+(?:период\w*|перiод\w*|період\w*|перыяд\w*|okres\w*|period|году|годзе|році|roku|year|time))"
    # and a particle of inference or time after it or alone: "przekroczyło więc 2,2 mld", "превысил уже"
    r"(?:[ \u00a0]+(?:więc|zatem|już|уже|вже|ужо|же|thus|already))?[ \u00a0]+\Z"
    r"|(?<![\w])(?:więc|zatem|już|уже|вже|ужо|thus|already)[ \u00a0]+\Z",
    re.I,
)
# "до", "да", "do", "aż do": an upper bound, or after a verb of change or target the level reached
_UP_TO_HEDGES = frozenset({"до", "да", "do", "aż do"})
# The word before a multiple: "в 2 раза", and in Ukrainian and Belarusian "у 2 рази", "ў 2 разы"
_TIMES_PREPOSITIONS = frozenset({"в", "у", "ў"})  # (Belarusian "ў" after a vowel: "павялічыўся ў 2 разы")
# The word before the first amount of a range whose second follows "and" (_RANGE_AND_RE)
_BETWEEN_WORDS = frozenset({"between", "между", "між", "паміж", "między"})


def _scan(masked: str) -> list[_Cand]:
    out: list[_Cand] = []
    pos = 0
    n = len(masked)
    m = _CANDIDATE_AT_START_RE.match(masked)
    while True:
        if m is None:
            m = _CANDIDATE_RE.search(masked, max(pos - 1, 0))
            if m is None:
                break
        s = m.start(1)
        first = m.group(1)
        if first.isdigit() and (found := _digit_fraction_candidate(masked, s)) is not None:
            cands, pos = found
        elif first.isdigit():
            cands, pos = _digit_candidates(masked, s)
        elif len(first) == 1:
            cands, pos = _rank_candidate(masked, s)
        else:
            wm = _WORD_AT_RE.match(masked, s)
            assert wm is not None
            low = normalize_word(first)
            if low in _MULTIPLE_WORDS:
                cands, pos = _multiple_candidate(masked, wm)
            elif low in ORDINAL_WORDS:
                cands, pos = _ordinal_word_candidate(masked, wm, ORDINAL_WORDS[low])
            elif low in FRACTION_WORDS:
                cands, pos = _fraction_candidate(
                    masked, wm.start(), wm.end(), Decimal(1), FRACTION_WORDS[low]
                )
            elif low in COLLECTIVE_WORDS and low not in _NUMBER_WORDS:
                cands, pos = _collective_candidate(masked, wm, COLLECTIVE_WORDS[low])
            elif low in COUNT_ADVERBS:
                cands, pos = _count_adverb_candidate(masked, wm, COUNT_ADVERBS[low])
            elif low in EN_FRACTION_WORDS and (found := _en_fraction_candidate(masked, wm)) is not None:
                cands, pos = found
            elif low in EN_FRACTION_WORDS and low != HALF_WORD:
                cands, pos = [], wm.end()  # "the third quarter", "a quarter of the market"
            else:
                cands, pos = _word_candidates(masked, wm)
        pos = max(pos, m.end(1))
        m = None
        for c in cands:
            if c.change is None and not c.ordinal and c.unit in _AMOUNT_FIRST_UNITS:
                _change_after_amount(masked, c)
            if out and c.qs < out[-1].qe:  # a hedge reaching back into the previous fact
                c.qs = max(c.ns, out[-1].qe)
                while c.qs < c.ns and masked[c.qs].isspace():
                    c.qs += 1
            if (
                c.change is None
                and out
                and out[-1].change in ("increase", "decrease")
                and _RESTATED_CHANGE_RE.fullmatch(masked, out[-1].qe, c.qs) is not None
            ):
                c.change = out[-1].change  # "сократился на 12,4%, или на 340 млн долларов": the same change
            out.append(c)
        if pos >= n:
            break
    return out


# Between a change and the same change restated in other units: "вырос на 8,1%, или на 95 млн
# долларов", "зріс на 8,1%, або на 95 млн", "wzrósł o 8,1 proc., czyli o 95 mln", "rose 8.1%, or
# $95 million".
_RESTATED_CHANGE_RE = re.compile(
    r"\.?[ \u00a0]*,?[ \u00a0]*(?:или|або|альбо|czyli|or|то[ \u00a0]+есть|т\.[ \u00a0]?е\.|that[ \u00a0]+is)"
    r"[ \u00a0]+(?:(?:на|о|o|by)[ \u00a0]+)?",
    re.I,
)


# units of an amount that may come before its change verb, stated with "на" or "в ... раз(а)"
_AMOUNT_FIRST_UNITS = frozenset({"percent", "percentage_points", "fraction", "times"})
_COMPARATIVES = frozenset({"больше", "выше", "меньше", "ниже"})


# the word before the first amount of "с 8 до 15 млрд", "со 145% до 30%", "з 8 до 15 млрд"
_FROM_PREFIXES = frozenset({"с", "со", "з", "із", "зі", "from", "z", "ze"})  # "с 3 до 5", "from $3 to $5"


# A Kazakh amount in the ablative and a word of exceeding after it ("4 млрд доллардан асты", "10
# пайыздан асып", "5 млрд доллардан астам", "артық"): more than the amount; or of falling short
# ("доллардан кем", "төмен", "аз"): less than it
_KAZAKH_ABOVE_AFTER_RE = re.compile(
    r"(?<=[дт][ае]н|н[ае]н)[ \u00a0]+(?:(?P<above>асты|асып|асады|асқан|асатын|асуы|астам|артық)"
    r"|(?P<below>кем|төмен|аз))(?![\w])",
    re.I,
)


# A span of time and a word of "before" or "after" right after an amount: the time the amount
# was measured at, relative to another ("годом ранее", "месяцем раньше", "роком раніше", "rok
# wcześniej", "a year earlier"), no noun the amount counts.
_TIME_BEFORE_RE = re.compile(
    rf"[ \u00a0]+(?:{_TIME_SPAN_WORDS})[ \u00a0]+(?:{_EARLIER_WORDS}|{_LATER_WORDS})(?!\w)", re.I
)


# What a comparative is measured against when it states a change: an earlier level of the same
# thing ("в 2 раза больше прежнего уровня", "в 1,5 раза больше, чем годом ранее", "в три раза
# меньше прошлогоднего", "по сравнению с 2024 годом", "в шесть раз больше, чем пять лет назад")
_EARLIER_BASE_AFTER_RE = re.compile(
    r",?[ \u00a0]+(?:чем[ \u00a0]+|ніж[ \u00a0]+|чым[ \u00a0]+)?(?:прежн|прошл|прошлогодн|предыдущ|аналогичн|годом[ \u00a0]+ранее"
    # a time ago: "чем пять лет назад", "чем 10 лет назад", "ніж три роки тому", "чым два гады таму"
    r"|(?:[\w]+[ \u00a0]+)?(?:лет|года?|месяц(?:ев|а)?|років|роки|рік|місяц(?:ів|і)?|гадоў|гады)[ \u00a0]+(?:назад|тому|таму)"
    r"|в[ \u00a0]+(?:прошлом|предыдущем|\d{4})|по[ \u00a0]+сравнению|за[ \u00a0]+аналогичн)",
    re.I,
)


# the earlier level a Polish or English multiple is compared with ("niż rok wcześniej", "niż w 2024
# r.", "than a year earlier", "than in 2024", "than last year")
_EARLIER_BASE_AFTER_LATIN_RE = re.compile(
    r"[ \u00a0]+(?:niż|than)[ \u00a0]+(?:(?:rok|a[ \u00a0]+year)[ \u00a0]+(?:wcześniej|temu|earlier|ago|before)"
    r"|(?:w|in)[ \u00a0]+(?:\d{4}|(?:the[ \u00a0]+)?(?:same|previous|poprzednim|analogicznym|ubiegłym))"
    r"|(?:last|the[ \u00a0]+previous)[ \u00a0]+year|przed[ \u00a0]+rokiem|rok[ \u00a0]+temu)",
    re.I,
)


# multiples whose word holds its preposition ("вдвое", "втрое", "удвічі", "утрая")
_FUSED_MULTIPLES = ("вдво", "втро", "вчетв", "впят", "вшест", "вдесят", "удвіч", "утрич", "удвая", "утрая")


def _change_after_amount(masked: str, c: _Cand) -> None:
    """The change verb after its amount, for amounts in words, fractions and multiples ("на треть
    сократился", "на пять процентов вырос", "в два раза увеличился", "почти на треть выросли"):
    sets ``c.change`` and widens the quote to the "на"/"в", a hedge before it and the verb. A
    comparative is a change only against an earlier level of the same thing ("в 2 раза больше
    прежнего уровня"; "в 10 раз больше населения России" is a comparison). Digits in money and
    percentages are read where they are scanned."""
    if c.unit == "times" and (tm := _TIMES_COMPARATIVE_AFTER_RE.match(masked, c.qe)) is not None:
        # "2,3 razy więcej niż rok wcześniej", "2.3 times more than a year earlier": a multiple with
        # no preposition, a change only against an earlier level of the same thing
        if _EARLIER_BASE_AFTER_LATIN_RE.match(masked, tm.end()) is not None:
            c.qe = tm.end()
            c.change = "increase" if tm.group("inc") else "decrease"
        return
    cm = _COMPARATIVE_AFTER_RE.match(masked, c.qe)
    if cm is None:
        return
    if cm.group().strip().lower() in _COMPARATIVES and _EARLIER_BASE_AFTER_RE.match(masked, cm.end()) is None:
        return  # "в два раза больше населения России": a comparison, read as before
    # (a multiple's preposition in Ukrainian and Belarusian too: "у 2,3 раза більше", "ў 2,3 раза больш")
    prepositions = ("в", "во", "у", "ў") if c.unit == "times" else ("на",)
    word, j = _word_before(masked, c.ns if c.unit == "times" else c.qs)
    if word not in prepositions and c.qs < c.ns:
        word, j = _word_before(masked, c.ns)  # "почти на четверть выросли": the hedge read already
    if c.unit == "times" and masked[c.ns : c.ne].lower().startswith(_FUSED_MULTIPLES):
        word, j = "", c.ns  # "вдвое больше, чем три года назад": the preposition is in the word
    elif word not in prepositions:
        return
    start = j - len(word)
    if start <= c.qs:  # no hedge read yet
        hs, comparator, hedge = _hedge(masked, start)
        if hedge is not None:
            start, c.comparator = hs, comparator
    c.qs, c.qe = min(start, c.qs), cm.end()
    c.change = "increase" if cm.group("inc") else "decrease"


def _preposition_before(masked: str, start: int, preposition: str) -> int | None:
    """Start of ``preposition`` ("с", "от", "в") when it is the word right before ``start``."""
    word, j = _word_before(masked, start)
    if word != preposition:
        return None
    return j - len(word)


def _id_before(masked: str, s: int, before: tuple[str, int]) -> bool:
    """The number follows "статья", "пункт", "№" ...: an id, not a quantity."""
    word, j = before
    sign = (j > 0 and masked[j - 1] in "№#.") or (s > 0 and masked[s - 1] in "№#")
    if sign or word.startswith(_ID_PREFIXES):
        return _ID_BEFORE_RE.search(masked, max(0, s - 24), s) is not None
    return False


def _digit_candidates(masked: str, s: int) -> tuple[list[_Cand], int]:
    """Candidates of a number written with digits; a minus sign ("-3,4%", "−215", "минус 215") negates it,
    unless a verb of falling before it says the same ("сократился на −3,5%": a decrease of 3.5)."""
    sign_at = None
    if s > 0 and masked[s - 1] in MINUS_SIGNS and (s == 1 or masked[s - 2] in _SIGN_ALLOWED_BEFORE):
        sign_at = s - 1
    elif s > 1 and masked[s - 1] in _SPACE_CHARS and masked[s - 2] in _MINUS_WORD_ENDS:
        word, j = _word_before(masked, s)
        if word in MINUS_WORDS:
            sign_at = j - len(word)
    if (
        sign_at is None
        and s > 0
        and masked[s - 1] == "+"
        and (s == 1 or masked[s - 2] in _SIGN_ALLOWED_BEFORE)
    ):
        # "+6%", "+2,5 п.п.": a plus keeps a percentage (other amounts after a plus, "+4°C",
        # "+375 17 ...", are read as before)
        cands, pos = _unsigned_digit_candidates(masked, s, True)
        if cands and all(c.unit in _PERCENT_UNITS for c in cands):
            for c in cands:
                c.qs = min(c.qs, s - 1)
            return cands, pos
    cands, pos = _unsigned_digit_candidates(masked, s, sign_at is not None)
    if sign_at is not None:
        qs, comparator, change, _ = _prefix_start(masked, sign_at, False)
        for c in cands:
            if change == "decrease" and c.change is None:
                # a fall stated with a minus too ("сократился на −3,5%", "снизился на -4%"): the
                # minus restates the verb, a decrease of 3.5
                c.change, c.qs = change, qs
                if c.comparator == "=":
                    c.comparator = comparator
                continue
            c.value = -c.value
            if c.value_high is not None:
                c.value_high = -c.value_high
            c.qs = min(c.qs, sign_at)
    return cands, pos


def _unsigned_digit_candidates(masked: str, s: int, signed: bool) -> tuple[list[_Cand], int]:
    dm = _DIGITS_RE.match(masked, s)
    assert dm is not None
    skip: tuple[list[_Cand], int] = ([], dm.end())
    cb = _currency_before(masked, s)
    if s > 0 and masked[s - 1] not in _ALLOWED_BEFORE and not signed and cb is None:
        if masked[s - 1] == "+" and (pm := _PHONE_AFTER_PLUS_RE.match(masked, s)) is not None:
            return [], pm.end()  # "+375 17 123-45-67"
        return skip  # glued to a word, an id, a version, a negative or signed number ("+4°C")
    nm = _NOT_A_NUMBER_RE.match(masked, s)
    if nm is not None:
        return [], nm.end()  # a date, a time or a phone number
    before = _word_before(masked, s)
    if _id_before(masked, s, before):
        return skip  # "статья 12", "№ 5"
    amount = _digit_amount(masked, s, dm)
    assert amount is not None
    end = amount.end
    nxt = masked[end] if end < len(masked) else ""
    ordinal = False
    if amount.scale == 1 and nxt in "-‐‑":
        cu = _COMPOUND_UNIT_RE.match(masked, end)
        if cu is not None:  # "100-долларовой купюры", "70-процентное увеличение"
            qs, comparator, change, _ = _prefix_start(masked, s, False, before)
            unit = cu.lastgroup or "percent"
            cand = _Cand(
                qs,
                cu.end(),
                s,
                end,
                amount.value,
                None,
                unit,
                comparator,
                None,
                None,
                change,
                currency_explicit=unit != "percent",
            )
            return [cand], cu.end()
        om = _ORDINAL_SUFFIX_RE.match(masked, end)
        if om is not None:
            suffix = om.group("s").lower()
            if suffix in _ORDINAL_SUFFIXES:
                ordinal = True
            elif suffix not in _CASE_SUFFIXES:
                return skip  # "5-летний"
            end = om.end()
            if not ordinal:
                # a numeral's case ending before a scale word: "более 2-х миллиардов", "свыше
                # 5-ти млн тонн" (2 billion, 5 million)
                scaled_end, scaled, scale = _with_scale(masked, end, amount.value)
                if scale != 1:
                    amount, end = _Amount(scaled_end, scaled, scale), scaled_end
            nxt = masked[end] if end < len(masked) else ""
    if amount.scale == 1 and nxt.isalpha() and cb is not None:
        gm = _GLUED_SCALE_RE.match(masked, end)
        if gm is not None:  # "$400m", "€2bn", "USD2bn", "EUR 5.2bn"
            factor = GLUED_SCALES[gm.group("s").lower()]
            amount = _Amount(gm.end(), amount.value * factor, factor)
            end = gm.end()
            nxt = masked[end] if end < len(masked) else ""
    if amount.scale == 1 and (nxt.isalpha() or nxt in "°/" or masked.startswith(" °", end)):
        return skip  # "480w", "+4°C", "1/2"
    if _MONTH_AFTER_RE.match(masked, end):
        return skip  # a date: "27 февраля"
    if _is_year(masked, s, dm.group(), amount, end):
        return skip
    if (
        before[0] == "за"
        and dm.group() == "1"
        and _word_before(masked, before[1] - 2)[0] not in _COMPARATIVES_BEFORE_ZA
    ):
        return skip  # a price per unit: "$128,5 за 1 тыс. кубометров" (not "більше за 1 млрд")
    start = s
    currency_before = None
    if cb is not None:
        code = cb.group("code")
        currency_before = (
            DOLLAR_PREFIXES.get(cb.group("prefix"), NO_CURRENCY)
            if cb.group("prefix")
            else CURRENCY_SIGNS[cb.group("sign")]
            if cb.group("sign")
            else CODE_ALIASES.get(code, code)
        )
        start = cb.start()
        before = _word_before(masked, start)
    word_before, word_end = before
    word_start = word_end - len(word_before)
    from_prefix = word_start if word_before in _FROM_PREFIXES else None
    # "от 2 до 3 млрд"; "between $2 billion and $3 billion", "między 2 a 3 mld", "між 2 і 3 млрд"
    ot_prefix = (
        word_start if word_before in ("от", "від", "ад", "od") or word_before in _BETWEEN_WORDS else None
    )
    between = word_before in _BETWEEN_WORDS
    times_prefix = word_start if word_before in _TIMES_PREPOSITIONS else None

    if ordinal:
        gap = _ORDINAL_GAP_RE.match(masked, end)
        cp = _counted_phrase(masked, gap.end() if gap is not None else end)
        change = None
        if cp is None or cp[2] not in _ORDINAL_HEADS:
            # "с 41-го места на 28-е": the second ordinal shares the head of the first
            em = _FROM_ORDINAL_BEFORE_RE.search(masked, max(0, s - 64), s)
            if em is None:
                return skip
            info = _word_info(em.group("head").lower())
            if info is None or info.lemma not in _ORDINAL_HEADS:
                return skip
            cand = _Cand(
                em.start("to"),
                end,
                s,
                end,
                amount.value,
                None,
                _ORDINAL_HEADS[info.lemma],
                "=",
                (em.start("head"), em.end("head")),
                info.lemma,
                "to",
                ordinal=True,
            )
            return [cand], end
        qs, comparator, change, _ = _prefix_start(masked, start, False, before)
        if before[0] in _FROM_PREFIXES and _FROM_ORDINAL_AFTER_RE.match(masked, cp[1]):
            qs, change = before[1] - len(before[0]), "from"
        cand = _Cand(
            qs,
            cp[1],
            s,
            end,
            amount.value,
            None,
            _ORDINAL_HEADS[cp[2]],
            comparator,
            (cp[0], cp[1]),
            cp[2],
            change,
            ordinal=True,
        )
        return [cand], cp[1]

    unit1 = _unit_after(masked, end, times_prefix is not None)
    _hundredths(amount, unit1)
    if amount.scale == 1 and unit1.unit is not None:
        scaled = SCALED_UNIT_FORMS.get(masked[end : unit1.end].strip().lower())
        if scaled is not None:  # "38.8 bcm": the unit's own scale
            amount.value *= scaled[1]
            amount.scale = scaled[1]
    # ranges "10-11 млрд", "от 10 до 11 млрд" and changes "с 41% до 57%"
    link = _RANGE_DASH_RE.match(masked, unit1.end)
    pair = False
    bare_to = False  # an English range without its opening word: "50 billion to 70 billion yen"
    if link is None and (from_prefix is not None or ot_prefix is not None):
        link = (_RANGE_AND_RE if between else _RANGE_TO_RE).match(masked, unit1.end)
        pair = link is not None and from_prefix is not None
    elif link is None and _EN_FROM_BEFORE_RE.search(masked, max(0, start - 40), start) is None:
        link = _EN_RANGE_TO_RE.match(masked, unit1.end)
        bare_to = link is not None
    second: _Amount | None = None
    second_start = -1
    if link is not None:
        second_start = link.end()
        if masked[second_start] in CURRENCY_SIGNS:
            second_start += 1
        second = _digit_amount(masked, second_start)
        if second is not None:
            sd = _DIGITS_RE.match(masked, second_start)
            assert sd is not None
            if _MONTH_AFTER_RE.match(masked, second.end) or _is_year(
                masked, second_start, sd.group(), second, second.end
            ):
                return skip  # "с 5 по 10 мая", "2024-2025 годах"
    if second is not None and bare_to:
        unit2 = _unit_after(masked, second.end, times_prefix is not None)
        first_value = amount.value * (second.scale if amount.scale == 1 and second.scale > 1 else 1)
        if (
            (unit1.unit is not None and unit1.unit != unit2.unit)
            or (amount.scale > 1 and amount.scale != second.scale)
            or (unit2.unit is None and currency_before is None and second.scale == 1)
            or first_value >= second.value
        ):
            # "rose 5% to $3 billion", "cut by 25 points to 12.25%": a change and its level, no range
            second, link = None, None
    if second is not None:
        if amount.scale == 1 and second.scale > 1:
            amount.value *= second.scale
        unit2 = _unit_after(masked, second.end, times_prefix is not None)
        _hundredths(second, unit2)
        if unit2.factor is not None and unit1.unit is None:
            amount.value *= unit2.factor  # "от 10 до 15 копеек"
        unit = unit2.unit or unit1.unit
        tail = unit2.end
        has_scale = second.scale > 1 or amount.scale > 1
    else:
        unit = unit1.unit
        tail = unit1.end
        has_scale = amount.scale > 1
    if unit is None and currency_before is not None:
        unit = currency_before
    counted: tuple[int, int] | None = None
    lemma = None
    if unit is None:
        cp = _counted_phrase(masked, tail)
        if cp is not None and has_scale and _TIME_BEFORE_RE.match(masked, tail) is not None:
            cp = None  # "против 2,9 млрд годом ранее": a time before, no years counted
        if cp is not None and has_scale and cp[2] in _THRESHOLD_NOUNS:
            cp = None  # "3-миллиардный рубеж": a mark of the amount, in the subject's unit
        if cp is not None:
            if _counts_nothing(masked, cp):
                return skip  # "5 лет", "9 месяцев", "2 раза"
            counted, lemma, unit, tail = (cp[0], cp[1]), cp[2], "count", cp[1]
        elif not has_scale:
            return skip  # a bare number
        elif _UNKNOWN_UNIT_RE.match(masked, tail):
            return skip  # "3 тыс. МВт", "10 тыс. TEU": a unit not in the vocabulary is never money
        # else: money whose currency is found later ("не опускается ниже миллиарда")
    elif unit_kind(unit) == "physical":
        cp = _counted_phrase(masked, tail)
        if cp is not None and cp[2] not in _NOT_COUNTED and _ends_genitive(masked, cp[0], cp[1]):
            counted, lemma, tail = (cp[0], cp[1]), cp[2], cp[1]
    explicit = currency_before is not None or _is_money(unit)

    if pair and second is not None and link is not None and from_prefix is not None:
        # "с 41% до 57%": a 'from' fact and a 'to' fact
        first_end = unit1.end if unit1.unit is not None else amount.end
        first = _Cand(
            from_prefix,
            first_end,
            s,
            amount.end,
            amount.value,
            None,
            unit,
            "=",
            counted,
            lemma,
            "from",
            currency_explicit=explicit,
        )
        to_qs = link.start() + len(link.group()) - len(link.group().lstrip(_SPACES))
        to = _Cand(
            to_qs,
            tail,
            second_start,
            second.end,
            second.value,
            None,
            unit,
            "=",
            counted,
            lemma,
            "to",
            currency_explicit=explicit,
        )
        return [first, to], tail

    times = unit == "times"
    phrase_start = start
    if times and times_prefix is not None:
        phrase_start = times_prefix
    qs, comparator, change, hedge = _prefix_start(
        masked, phrase_start, times, before if phrase_start == start else None
    )
    if change in ("increase", "decrease") and _direct_up_down(masked, qs) and unit not in _PERCENT_UNITS:
        qs, comparator, change, hedge = start, "=", None, None  # "set up 5 companies"
    if change is None and word_before in ("на", "o") and second is None and counted is None:
        cm = _COMPARATIVE_AFTER_RE.match(masked, tail)
        if cm is not None:  # "на 4,3% больше", "на 4,8 млрд долларов увеличился"
            qs, tail = word_start, cm.end()
            change = "increase" if cm.group("inc") else "decrease"
            hs, h_comparator, h_word = _hedge(masked, word_start)
            if h_word is not None:  # "почти на 300 млн евро снизились", "более чем на 10% выше"
                qs, comparator, hedge = hs, h_comparator, h_word
    if change is None and unit in _PERCENT_UNITS and second is None:
        tm = _TIMES_COMPARATIVE_AFTER_RE.match(masked, tail)
        if tm is not None and _EARLIER_BASE_AFTER_LATIN_RE.match(masked, tm.end()) is not None:
            # "11% more than a year earlier", "5 proc. więcej niż rok wcześniej": with no preposition,
            # a change only against an earlier level of the same thing
            tail = tm.end()
            change = "increase" if tm.group("inc") else "decrease"
    if change is None and (unit in _PERCENT_UNITS or unit == "times") and second is None:
        # (a multiple too: "1,5 есеге өсті")
        cm = (
            _CHANGE_NOUN_AFTER_RE.match(masked, tail)
            or _KAZAKH_CHANGE_AFTER_RE.match(masked, tail)
            or _KAZAKH_MORE_BY_AFTER_RE.match(masked, tail)
        )
        if cm is not None:  # "a 5% increase", "15 пайызға өсті"
            tail = cm.end()
            change = "increase" if cm.group("inc") else "decrease"
    if change is None and unit != "count":
        change = _change_noun_before(masked, qs) or change
    if (
        comparator == "="
        and hedge is None
        and second is None
        and (km := _KAZAKH_ABOVE_AFTER_RE.match(masked, tail))
    ):
        # "4 млрд доллардан асты": more than the amount; "доллардан кем": less
        comparator, tail = (">" if km.group("above") else "<"), km.end()
    if second is not None and hedge in (None, "от"):
        comparator = "="
        if ot_prefix is not None and ot_prefix < qs:
            qs = ot_prefix  # "od 2 do 4 mld", "between 2 and 3 billion": the range's opening word is quoted
    cand = _Cand(
        qs,
        tail,
        s,
        second.end if second is not None else end,
        amount.value,
        second.value if second is not None else None,
        unit,
        comparator,
        counted,
        lemma,
        change,
        currency_explicit=explicit,
    )
    return [cand], tail


_PERCENT_UNITS = frozenset({"percent", "percentage_points"})


def _direct_up_down(masked: str, qs: int) -> bool:
    """The quote starts with "up"/"down" read as a change ("up 4.2%"): said of percentages only."""
    head = masked[qs : qs + 5].lower()
    return head.startswith(("up", "down")) and not head[2 if head.startswith("up") else 4 :][:1].isalpha()


def _change_noun_before(masked: str, qs: int) -> str | None:
    """'increase' / 'decrease' when the amount is what a change noun links to ("рост товарооборота
    составил 15%", "снижение составило почти 7%", "growth was 3%"), else None."""
    word, end = _word_before(masked, qs)
    if not word and end < qs and end > 0 and masked[end - 1] in "—–:":
        # a dash or colon standing for the link verb ("прирост — 14,7%", "spadek: 3%"): the word
        # before it, spaced or not
        k = end - 1
        while k > 0 and masked[k - 1] in _SPACE_CHARS:
            k -= 1
        word = _letters_before(masked, k)
    if not word or not (word in HEDGE_LAST_WORDS or CHANGE_NOUN_LINK_LAST_WORD_RE.fullmatch(word)):
        return None
    m = _CHANGE_NOUN_LINK_RE.search(masked, max(0, qs - 100), qs)
    if m is None:
        return None
    return "increase" if m.group("inc") is not None else "decrease"


def _is_year(masked: str, s: int, digits: str, amount: _Amount, end: int) -> bool:
    if amount.scale != 1 or not digits.isdigit() or len(digits) != 4 or not 1000 <= int(digits) <= 2100:
        return False
    return bool(
        _YEAR_AFTER_RE.match(masked, end)
        or _MONTH_BEFORE_RE.search(masked, max(0, s - 30), s)
        or (
            1900 <= int(digits) <= 2100
            and YEAR_PREPOSITION_BEFORE_RE.search(masked, max(0, s - 8), s) is not None
            # "в 2000 домах", "у 2026 квартирах": a plural noun in the preposition's case counts
            and _PLURAL_LOCATIVE_AFTER_RE.match(masked, end) is None
        )
    )


_PLURAL_LOCATIVE_AFTER_RE = re.compile(r"[ \u00a0]+[а-яёіїєґў'’-]{2,}(?:ах|ях)(?![\w-])")


def _is_money(unit: str | None) -> bool:
    return unit is not None and (unit in _ISO_CODES or unit == NO_CURRENCY)


def _ends_genitive(masked: str, start: int, end: int) -> bool:
    """True when the phrase (the counted thing after a unit, "тонн нефти") can be genitive."""
    last = masked[start:end].split()[-1].lower()
    info = _word_info(last)
    return info is not None and info.gent_noun


def _word_candidates(masked: str, m: re.Match[str]) -> tuple[list[_Cand], int]:
    parsed = _word_amount(masked, m)
    if parsed is None:
        return [], m.end()
    amount, bare_scale = parsed
    s = m.start()
    fm = _NEXT_WORD_RE.match(masked, amount.end)
    if amount.scale == 1 and fm is not None and fm.group(1).lower() in FRACTION_WORDS:  # "две трети"
        return _fraction_candidate(masked, s, fm.end(), amount.value, FRACTION_WORDS[fm.group(1).lower()])
    return _amount_candidates(masked, s, amount, bare_scale)


def _amount_candidates(masked: str, s: int, amount: _Amount, bare_scale: bool) -> tuple[list[_Cand], int]:
    """The figure of an amount in words starting at ``s`` (``amount``: its value, scale and end;
    ``bare_scale``: a scale word alone, "миллиарды"), with its unit or counted noun after it."""
    word_before, j = _word_before(masked, s)  # "в два раза"; Ukrainian, Belarusian "у три рази"
    times_prefix = j - len(word_before) if word_before in _TIMES_PREPOSITIONS else None
    unit_info = _unit_after(masked, amount.end, times_prefix is not None)
    _hundredths(amount, unit_info)
    unit = unit_info.unit
    tail = unit_info.end
    counted = None
    lemma = None
    if unit is None:
        cp = _counted_phrase(masked, tail)
        if cp is not None:
            lemma = cp[2]
            if _counts_nothing(masked, cp):
                return [], tail
            if amount.value <= 3 and lemma in _NOT_COUNTED_SMALL_WORDS:
                return [], tail
            counted = (cp[0], cp[1])
            unit = "count"
            tail = cp[1]
        elif amount.scale == 1 or _UNKNOWN_UNIT_RE.match(masked, tail):
            return [], amount.end
    times = unit == "times"
    phrase_start = s
    if times and times_prefix is not None:
        phrase_start = times_prefix
    qs, comparator, change, hedge = _prefix_start(masked, phrase_start, times)
    if bare_scale and hedge is None and change is None and not _is_money(unit):
        return [], amount.end  # "миллиарды", "тысячи людей": not a number
    cand = _Cand(
        qs,
        tail,
        s,
        amount.end,
        amount.value,
        None,
        unit,
        comparator,
        counted,
        lemma,
        change,
        currency_explicit=_is_money(unit),
    )
    if amount.scale > 1 and (low := _word_range_low(masked, s, amount.scale)) is not None:
        # "от двух до трех миллиардов юаней": a range, the scale the upper end's
        cand.qs, cand.ns, cand.value, cand.value_high, cand.comparator = (
            low[0],
            low[2],
            low[1],
            amount.value,
            "=",
        )
    return [cand], tail


# "от двух до", "від двох до", "ад двух да", "between two and": the opening of a range in words
_WORD_RANGE_OPEN_RE = re.compile(
    r"(?<![\w-])(?P<open>от|від|ад|from|between|od)[ \u00a0]+(?P<w>[^\W\d_]+)[ \u00a0]+(?:до|да|to|and|do)[ \u00a0]+\Z",
    re.I,
)


def _word_range_low(masked: str, s: int, scale: int) -> tuple[int, Decimal, int] | None:
    """The start, value and number's start of the lower end of a range in words before the amount at ``s``
    (``от двух до трех миллиардов``: 2e9, the upper end's scale, ``scale``); None when the word after
    the opening is no number word of its own (a scale word of its own: ``от двух миллиардов до``, read
    as before)."""
    m = _WORD_RANGE_OPEN_RE.search(masked, max(0, s - 40), s)
    if m is None:
        return None
    first = normalize_word(m.group("w"))
    if first not in _NUMBER_WORDS:
        return None
    value, end, _parts = _number_word_run(masked, first, m.end("w"))
    if end != m.end("w"):
        return None
    return m.start("open"), value * scale, m.start("w")


def _ordinal_word_candidate(masked: str, m: re.Match[str], value: int) -> tuple[list[_Cand], int]:
    """ "третий торговый партнер", "пятое место", "вторым по значимости покупателем": a rank."""
    gap = _ORDINAL_GAP_RE.match(masked, m.end())
    cp = _counted_phrase(masked, gap.end() if gap is not None else m.end())
    if cp is None or cp[2] not in RANK_HEADS:
        return [], m.end()
    qs, comparator, change, _ = _prefix_start(masked, m.start(), False)
    cand = _Cand(
        qs, cp[1], m.start(), m.end(), Decimal(value), None, "rank", comparator, (cp[0], cp[1]), cp[2], change
    )
    return [cand], cp[1]


# a year right after a fraction word: "половине года", "половины 2025 года", "половину прошлого года"
_YEAR_AFTER_FRACTION_RE = re.compile(
    r"[ \u00a0]+(?:(?:этого|текущего|прошлого|минувшего|позапрошлого|следующего|будущего|нынешнего)[ \u00a0]+)?"
    r"(?:(?:19|20)\d\d[ \u00a0]*)?(?:года|г\.|року|года)(?![\w])",
    re.I,
)


def _fraction_candidate(
    masked: str, s: int, word_end: int, numerator: Decimal, denominator: int
) -> tuple[list[_Cand], int]:
    """ "одну четверть", "две трети", "половину экспорта": a fraction (value numerator/denominator);
    before a scale word, the amount it is of (``четверть миллиарда долларов``: 250 million dollars)."""
    value = numerator / Decimal(denominator)
    end, scaled, scale = _with_scale(masked, word_end, value)
    if scale != 1:  # "четверть миллиарда долларов", "три четверти миллиона тонн": an amount
        return _amount_candidates(masked, s, _Amount(end, scaled, scale), False)
    if _YEAR_AFTER_FRACTION_RE.match(masked, word_end) is not None:
        return [], word_end  # "в первой половине (2025) года": a part of a year, no figure
    tail = word_end
    counted = None
    lemma = None
    cp = _counted_phrase(masked, word_end)
    if cp is not None and cp[2] not in _NOT_COUNTED and _ends_genitive(masked, cp[0], cp[1]):
        counted, lemma, tail = (cp[0], cp[1]), cp[2], cp[1]
    qs, comparator, change, _ = _prefix_start(masked, s, False)
    cand = _Cand(qs, tail, s, word_end, value, None, "fraction", comparator, counted, lemma, change)
    return [cand], tail


# A simple fraction in digits: "1/5", "2/3" (a numerator below its denominator, at most 10), no
# date or ratio going on ("1/5/2025", "1/5.3").
_DIGIT_FRACTION_RE = re.compile(r"([1-9])/(10|[2-9])(?![\d/.,:-]\d)(?![\d/])")


def _digit_fraction_candidate(masked: str, s: int) -> tuple[list[_Cand], int] | None:
    """ "сократилась на 1/5", "grew by 1/3": the size of a change as a fraction in digits, only
    right after the "на"/"by"/"o" of a verb of change (elsewhere "1/5" may be a date, a score or a
    share the other rules read); None otherwise."""
    m = _DIGIT_FRACTION_RE.match(masked, s)
    if m is None or int(m.group(1)) >= int(m.group(2)):
        return None
    qs, comparator, change, _ = _prefix_start(masked, s, False)
    if change not in ("increase", "decrease"):
        return None
    value = Decimal(int(m.group(1))) / Decimal(int(m.group(2)))
    cand = _Cand(qs, m.end(), s, m.end(), value, None, "fraction", comparator, None, None, change)
    return [cand], m.end()


# "by" (and "a") right before an English fraction word; group 1 starts the fraction's phrase
# (a hedge may stand between: "by more than a third", "by almost half"; the hedge rules read it)
_BY_FRACTION_BEFORE_RE = re.compile(
    r"(?<![\w])by[ \u00a0]+(?:(?:more|less)[ \u00a0]+than[ \u00a0]+|(?:almost|nearly|roughly|about|around|over"
    r"|some|approximately)[ \u00a0]+)?((?:an?[ \u00a0]+)?)\Z",
    re.I,
)
# what makes the fraction part of an amount or of another figure: "by half a billion", "by a
# quarter of a percentage point", "by a third of a million"
_EN_FRACTION_OF_AMOUNT_RE = re.compile(r"[ \u00a0]+(?:an?|of[ \u00a0]+an?)[ \u00a0]+[^\W\d_]", re.I)


def _en_fraction_candidate(masked: str, m: re.Match[str]) -> tuple[list[_Cand], int] | None:
    """ "fell by half", "grew by a third", "dropped by a quarter": the size of a change as a
    fraction (1/2, 1/3, 1/4 of ``EN_FRACTION_WORDS``), only right after "by" (and "a") after a
    verb of change; None elsewhere, and before "a"/"of a" (``by half a billion``, ``by a quarter
    of a percentage point``: part of another figure, which the other rules read)."""
    by = _BY_FRACTION_BEFORE_RE.search(masked, max(0, m.start() - 32), m.start())
    if by is None or _EN_FRACTION_OF_AMOUNT_RE.match(masked, m.end()) is not None:
        return None
    qs, comparator, change, _ = _prefix_start(masked, by.start(1), False)
    if change not in ("increase", "decrease"):
        return None
    value = Decimal(1) / Decimal(EN_FRACTION_WORDS[normalize_word(m.group())])
    cand = _Cand(qs, m.end(), m.start(), m.end(), value, None, "fraction", comparator, None, None, change)
    return [cand], m.end()


def _collective_candidate(masked: str, m: re.Match[str], value: int) -> tuple[list[_Cand], int]:
    """ "более десятка соглашений", "около сотни компаний": a count, only after a hedge."""
    qs, comparator, change, hedge = _prefix_start(masked, m.start(), False)
    cp = _counted_phrase(masked, m.end())
    if hedge is None or cp is None or cp[2] in _NOT_COUNTED:
        return [], m.end()
    cand = _Cand(
        qs,
        cp[1],
        m.start(),
        m.end(),
        Decimal(value),
        None,
        "count",
        comparator,
        (cp[0], cp[1]),
        cp[2],
        change,
    )
    return [cand], cp[1]


def _count_adverb_candidate(masked: str, m: re.Match[str], value: int) -> tuple[list[_Cand], int]:
    """ "дважды", "трижды": how many times something happened (a count)."""
    qs, comparator, change, _ = _prefix_start(masked, m.start(), False)
    cand = _Cand(
        qs, m.end(), m.start(), m.end(), Decimal(value), None, "count", comparator, None, None, change
    )
    return [cand], m.end()


def _rank_candidate(masked: str, s: int) -> tuple[list[_Cand], int]:
    m = _RANK_RE.match(masked, s)
    if m is None:
        return [], s + 1
    cp = _counted_phrase(masked, m.end())
    if cp is None:
        return [], m.end()
    if m.group("topn"):
        value = Decimal(m.group("topn"))
    else:
        word = m.group("rankw").lower()
        value = Decimal(next(v for stem, v in _RANK_WORDS.items() if word.startswith(stem)))
    cand = _Cand(
        m.start(),
        cp[1],
        m.start("rankw"),
        m.end("rankw"),
        value,
        None,
        "rank",
        "<=",
        (cp[0], cp[1]),
        cp[2],
        None,
    )
    return [cand], cp[1]


def _multiple_candidate(masked: str, m: re.Match[str]) -> tuple[list[_Cand], int]:
    value = Decimal(_MULTIPLE_WORDS[m.group().lower()])
    qs, comparator, change, _ = _prefix_start(masked, m.start(), True)
    cand = _Cand(qs, m.end(), m.start(), m.end(), value, None, "times", comparator, None, None, change)
    return [cand], m.end()


_ORDINAL_GAP_RE = re.compile(ORDINAL_GAP, re.I)
_FROM_ORDINAL_BEFORE_RE = re.compile(
    r"(?<![\w])с\s+\d+[-‐‑][а-я]{1,3}\s+(?P<head>[а-яё]+)\s+(?P<to>на)\s+$", re.I
)
_FROM_ORDINAL_AFTER_RE = re.compile(r"\s+на\s+\d+[-‐‑][а-я]{1,3}(?![\w])", re.I)


# What follows a scaled number when it is a unit the vocabulary does not know: a short
# abbreviation with a dot inside a sentence ("т.у.т.") or a word with two capitals ("МВт", "TEU").
_UNKNOWN_UNIT_RE = re.compile(
    r"\.?[ \u00a0\u2009\u202f]*[\w]*[A-ZА-ЯЁ][\w]*[A-ZА-ЯЁ][\w]*"
    r"|[ \u00a0\u2009\u202f]*[а-яёa-z]{1,4}\.(?![ \u00a0]*(?:[А-ЯЁA-Z]|$))"
)
