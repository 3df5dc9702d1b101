"""Regular expressions compiled from :mod:`.lexicon`: numbers, units, hedges, periods."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as _C
from re import _parser
from typing import Any

from flows.text.numbers.lexicon import (
    _AFTER_V_OR_ZA,
    _BEFORE,
    _CANDIDATE_FIRST_LETTERS,
    _CANDIDATE_WORDS,
    _CHANGE_LINKS,
    _CLAUSE_BREAKS,
    _DECREASE,
    _DECREASE_NOUNS,
    _DIGITS,
    _DIRECT_DECREASE,
    _DIRECT_INCREASE,
    _HEDGE_ALT,
    _INCREASE,
    _INCREASE_NOUNS,
    _MILESTONE,
    _MONTH_PREP,
    _NUMBER_WORDS,
    _RELATIVE_YEAR_TAIL,
    _SP,
    _TARGET_VERBS,
    _TIME_UNIT,
    _YEAR_TAIL,
    MODALITY_CUES,
    NEGATIVE_CONTEXT,
)
from flows.text.numbers.periods import KAZAKH_PERIOD, OTHER_PERIOD, OTHER_PERIODS
from flows.text.numbers.units import (
    CODE_ALIASES,
    CURRENCY_ADJECTIVES,
    CURRENCY_ADJECTIVES_AFTER,
    CURRENCY_CODES,
    CURRENCY_COUNTRY_AFTER,
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    GLUED_SCALES,
    MINOR_CURRENCY_NOUNS,
    PERCENT_FORMS,
    PERCENTAGE_POINT_FORMS,
    PHYSICAL_UNITS,
    SCALE_WORDS,
)
from flows.text.regexes import first_chars, guarded
from flows.text.vocab import day_month_words, month_stems

_HEDGE_RE = re.compile(rf"{_BEFORE}(?:{_HEDGE_ALT})(?:\s+{_MILESTONE})?\s+$", re.I)  # lexicon.MILESTONE_WORDS


# "вырос на", "rose by", "wzrosły o", and with words of the same clause between the verb and its
# "на" ("увеличился по сравнению с 2024 годом на", "вырос в 2025 году почти на"), the abbreviated
# year or quarter of a period among them ("вырос в 2025 г. на", "wzrosła w 2025 r. o")
_PERIOD_ABBREVIATION = r"(?:г|гг|р|рр|r|kw|кв)\."
_CHANGE_BY_RE = re.compile(
    guarded(
        [
            rf"{_BEFORE}(?:(?P<inc>{_INCREASE})|(?P<dec>{_DECREASE}))(?![\w-])"
            rf"(?:\s+(?!(?:на|by|o)\s)(?:{_PERIOD_ABBREVIATION}|[\w-]+)){{0,5}}?(?:\s+(?:{_HEDGE_ALT}))?\s+(?:на|by|o)\s+$"
        ]
    ),
    re.I,
)

# "rose 3 percent", "up 4.2%", ", rising 15%": an English change verb right before the amount (not
# a word after a determiner: "the rising 5% tariff" is an adjective's)
_CHANGE_DIRECT_RE = re.compile(
    guarded(
        [
            rf"{_BEFORE}(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?:(?P<inc>{_DIRECT_INCREASE})|(?P<dec>{_DIRECT_DECREASE}))"
            rf"(?:\s+(?:{_HEDGE_ALT}))?\s+$"
        ]
    ),
    re.I,
)
CHANGE_DIRECT_WORDS = frozenset(f"{_DIRECT_INCREASE}|{_DIRECT_DECREASE}".split("|"))

# "an increase of 8%", "a drop of 3 percent": an English noun of a change and "of" right before the
# amount
_CHANGE_NOUN_OF_RE = re.compile(
    guarded(
        [
            rf"{_BEFORE}(?:(?P<inc>increase|rise|growth|gain|jump|surge)|(?P<dec>decrease|decline|drop|fall"
            r"|contraction|reduction))\s+of\s+$"
        ]
    ),
    re.I,
)

# "рост товарооборота составил 15%", "снижение экспорта составило почти 7%", ", рост 10%": a change
# noun, then the amount right after it or after up to four words of its own and a link verb, or a
# dash or colon standing for the verb ("прирост — 14,7%", "spadek: 3%"; a hedge may stand before
# the amount)
_CHANGE_NOUN_LINK_RE = re.compile(
    guarded(
        [
            rf"{_BEFORE}(?:(?P<inc>{_INCREASE_NOUNS})|(?P<dec>{_DECREASE_NOUNS}))(?![\w-])"
            rf"(?:(?:\s+[\w-]+){{0,4}}?\s+(?:{_CHANGE_LINKS}))?(?:[ \u00a0]*[—–:])?(?:\s+(?:{_HEDGE_ALT}))?\s+$"
        ]
    ),
    re.I,
)


# "вырос (более чем) | в 2 раза", and with the thing changed between: "увеличить товарооборот | в
# два раза", "сократил импорт из Китая | в 1,5 раза"
_CHANGE_TIMES_RE = re.compile(
    guarded(
        [
            rf"{_BEFORE}(?:(?P<inc>{_INCREASE})|(?P<dec>{_DECREASE}))(?![\w-])"
            rf"(?:\s+(?!(?:в|у|ў|w|by)\s)[\w-]+){{0,3}}?(?:\s+(?:{_HEDGE_ALT}))?\s+$"
        ]
    ),
    re.I,
)


# "на 4,3% больше": the change is stated after the amount
# the last word of such a phrase before the amount, when no hedge stands there: what gates the search
CHANGE_NOUN_LINK_LAST_WORD_RE = re.compile(
    rf"(?:{_INCREASE_NOUNS}|{_DECREASE_NOUNS}|{_CHANGE_LINKS}|to|at)",  # "amounted to", "stood at"
    re.I,
)


# "на 4,3% больше", and the change verb after its amount: "на 4,8 млрд долларов увеличился"
# (and the comparatives of Ukrainian, Belarusian and Polish: "на 20% менший, ніж торік", "на 8%
# больш, чым годам раней", "o 5 proc. wyższy niż przed rokiem")
_COMPARATIVE_AFTER_RE = re.compile(
    rf"{_SP}+(?:(?P<inc>больше|выше|більше|більший|більша|більшим|вище|вищий|вища|больш|болей|большы|большая"
    rf"|вышэй|вышэйшы|więcej|większy|większa|większe|wyższy|wyższa|wyższe|{_INCREASE})"
    rf"|(?P<dec>меньше|ниже|менше|менший|менша|меншим|нижче|нижчий|нижча|менш|меней|меншы|меншая|ніжэй"
    rf"|mniej|mniejszy|mniejsza|mniejsze|niższy|niższa|niższe|{_DECREASE}))(?![\w])",
    re.I,
)

# "15 пайызға өсті": a Kazakh change verb after its amount (in the dative; a percent sign takes
# the dative's ending after a hyphen: "12%-ға артты")
_KAZAKH_CHANGE_AFTER_RE = re.compile(
    rf"(?:-(?:ға|ге|қа|ке))?{_SP}+(?:(?P<inc>өсті|өсіп|артты|артып|ұлғайды|ұлғайып)|(?P<dec>азайды|азайып|төмендеді|төмендеп|қысқарды|қысқарып))"
    r"(?![\w])",
    re.I,
)

# "6,5%-ға артық", "6,5 пайызға көп", "34 пайызға жоғары": more or higher (less, lower: "кем",
# "аз", "төмен") by the amount, in the dative (in the ablative, "50%-дан артық", more than the
# amount, no change)
_KAZAKH_MORE_BY_AFTER_RE = re.compile(
    rf"(?:-(?:ға|ге|қа|ке)|(?<=[ғгқк][аеә])){_SP}+(?:(?P<inc>артық|көп|жоғары)|(?P<dec>кем|аз|төмен))(?![\w])",
    re.I,
)

# "a 5% increase", "a 3 percent rise": an English change noun right after a percentage
_CHANGE_NOUN_AFTER_RE = re.compile(
    r"[ \u00a0]+(?:(?P<inc>increase|rise|growth|gain|jump)|(?P<dec>decrease|decline|drop|fall|contraction))(?![\w])",
    re.I,
)


# "вырос до", "довести товарооборот до": the end of a change or a target, not an upper bound
_CHANGE_TO_RE = re.compile(
    guarded(
        [
            rf"{_BEFORE}(?:{_INCREASE}|{_DECREASE}|{_TARGET_VERBS})(?:\s+[^\W\d]+){{0,3}}?\s+(?:до|да|to|do)\s+$"
        ]
    ),
    re.I,
)


# a character between a change verb and its "до" in the same clause: no sentence or clause
# punctuation (decimal separators and the dots of scale abbreviations aside), no word opening a
# new clause
_CLAUSE_CHAR = (
    rf"(?!{_BEFORE}(?:{_CLAUSE_BREAKS})(?![\w-]))"
    r"(?:[^,;:.!?\n—–]|(?<=\d)[.,](?=\d)"
    # the dot of a scale's or a unit's abbreviation ("тыс.", "млрд.", "долл.", "proc."), or of a
    # one-letter one ("п.п.", "г.", "p.p."), no sentence opening after it ("... на 5 млрд. Россия")
    r"|(?:(?<=тыс)|(?<=млн)|(?<=млрд)|(?<=трлн)|(?<=\sдолл)|(?<=\sруб)|(?<=proc)|(?<=mld)|(?<=mln)|(?<=tys)"
    r"|(?<=(?<![^\W\d_])[^\W\d_]))\.(?![ \u00a0]*(?-i:[A-ZА-ЯЁІЇЄҐ])))"
)


# a hedge of the level a change reached, before its "до" ("вырос на 10%, почти до 2 млрд")
_LEVEL_HEDGES = (
    r"(?:почти|примерно|приблизительно|практически|более\s+чем|больше\s+чем|майже|приблизно|понад"
    r"|амаль|прыкладна|prawie|niemal|blisko|ponad|almost|nearly|roughly)"
)


# "выросли в 2,5 раза, до 420 тыс. т", "увеличился на 12% — до 1,2 млрд", "вырос на 9% (до 700
# млн)", "wzrósł o 12% do 9,5 mld": the change verb, its own complements, then at most a comma, a
# dash or an opening bracket right before "до"
_CHANGE_TO_CLAUSE_RE = re.compile(
    guarded(
        [
            rf"{_BEFORE}(?:{_INCREASE}|{_DECREASE}|{_TARGET_VERBS})(?![\w-]){_CLAUSE_CHAR}*?(?:\s*[,—–-]?\s+|\s*\(\s*)"
            rf"(?:{_LEVEL_HEDGES}\s+)?(?:до|да|to|do)\s+$"
        ]
    ),
    re.I,
)


# "Экспорт вырос до 1,2 млрд, импорт за тот же период — до 800 млн": a clause whose verb is left
# out after a dash, in a sentence whose earlier clause has a change verb; its "до" is the value
# reached as well (the sentence is read back from "до" to the verb, no sentence end between)
_ELIDED_CHANGE_TO_RE = re.compile(
    guarded(
        [rf"{_BEFORE}(?:{_INCREASE}|{_DECREASE})(?![\w-])[^.!?\n]*?,[^.!?\n]*?\s[—–]\s+(?:до|да|to|do)\s+$"]
    ),
    re.I,
)


def _form_regex(form: str) -> str:
    """A written form of :mod:`.units` as a regex: ``stem*`` any ending, ``abbr.`` optional dot."""
    parts = []
    words = form.split(" ")
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[\w-]*")
        elif word.endswith(".") and "." not in word[:-1] and len(word) > 2 and len(words) == 1:
            parts.append(re.escape(word[:-1]))  # the dot is taken by _abbreviation_dot
        elif word.endswith("."):
            parts.append(re.escape(word[:-1]) + r"\.?")
        else:
            parts.append(re.escape(word))
    return f"{_SP}*".join(parts) if len(parts) > 1 and "." in form else f"{_SP}+".join(parts)


def _forms_regex(forms: tuple[str, ...] | list[str]) -> str:
    # longer forms first: "тонны" before "т"
    return "|".join(_form_regex(f) for f in sorted(forms, key=lambda f: (-len(f.rstrip("*")), f)))


def form_prefix(form: str) -> str:
    """The first letters (up to 3, lower case) of a form: what gates the unit regexes."""
    m = re.match(r"[^\W\d_]+|\S", form)
    return (m.group() if m else form)[:3].lower()


def _case_sensitive(words: list[str]) -> str:
    return "(?-i:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


_ADJ_ALT = "|".join(
    (re.escape(stem) if stem.endswith(".") else re.escape(stem).replace(r"\ ", f"{_SP}+") + r"\w*")
    for stem in sorted({a for a, _, _ in CURRENCY_ADJECTIVES}, key=lambda a: (-len(a), a))
)
_AFTER_UPPER = sorted({c for _, c, _ in CURRENCY_COUNTRY_AFTER if c.isupper()})
_AFTER_WORDS = sorted({c for _, c, _ in CURRENCY_COUNTRY_AFTER if not c.isupper()})
# A country's adjective Dyad has no currency of ("бахрейнских", "Bahraini"): the currency after it is
# one it cannot tell (``XXX``), never the noun's own or its context's
OTHER_CURRENCY_ADJ = (
    r"(?-i:[а-яёіїєґўА-ЯЁІЇЄҐЎ][а-яёіїєґў'-]+(?:ск|цк|ськ|цьк|зьк)(?:их|ий|ого|ая|ой|ие|ым|ими|ої|ім|іх|ых|ую|ому|ом|ага|ай|ія|ае))"
    r"|(?-i:[A-Z][a-z]+(?:an|ian|ese|i|ish))"
)
# An adjective that names no country before a currency noun ("новых долларов", "дополнительных
# юаней"): the noun's currency, as without it
PLAIN_CURRENCY_ADJ = r"(?-i:[а-яё]{3,}(?:ых|их|ый|ий|ой|ая|ое|ые|ие|ого|его|ому|ему|ым|им|ую|ыми|ими))"
# Polish adjectives after the noun: listed ("koron czeskich"), or of a country Dyad has no currency
# of ("dolarów fidżyjskich"); lowercase, as Polish writes them
_ADJ_AFTER_ALT = "|".join(
    re.escape(stem) + r"\w*"
    for stem in sorted({a for a, _, _ in CURRENCY_ADJECTIVES_AFTER}, key=lambda a: (-len(a), a))
)
OTHER_CURRENCY_ADJ_AFTER = r"(?-i:[a-ząćęłńóśźż]{2,}(?:sk|ck|dzk)(?:ich|iej|iego|ie|i|a|im|imi|ą))"
# the adjective is the currency's only when no noun it may go with follows ("2 mld dolarów chińskich
# inwestycji", "500 mln euro niemieckich produktów": the investments' and products' adjective): the
# end of the phrase, or a preposition, conjunction or adverb after it
ADJ_AFTER_END = (
    r"(?![\w])(?![ \u00a0]+(?!(?:na|w|we|do|z|ze|od|dla|za|przez|po|i|oraz|a|lub|albo|rocznie|więcej|mniej"
    r"|netto|brutto|to|jest|są|było|była|był|będzie|zostało|została|został)(?![\w]))[a-ząćęłńóśźż]+)"
)
_CURRENCY_WORD = (
    rf"(?:(?:(?P<adj>{_ADJ_ALT})|(?P<adj_other>{OTHER_CURRENCY_ADJ})|(?P<adj_plain>{PLAIN_CURRENCY_ADJ})){_SP}*)?"
    "(?:" + "|".join(f"(?P<n_{n.key}>{_forms_regex(n.forms)})" for n in CURRENCY_NOUNS) + r")(?![\w])"
    rf"(?:\.?{_SP}*(?:(?P<after>{_case_sensitive(_AFTER_UPPER)}|{'|'.join(_AFTER_WORDS)})"
    rf"|(?-i:(?P<adj_after>{_ADJ_AFTER_ALT}){ADJ_AFTER_END})|(?P<adj_after_other>{OTHER_CURRENCY_ADJ_AFTER}){ADJ_AFTER_END})"
    r"(?![\w]))?"
)
# every currency noun's forms, as one alternation
CURRENCY_NOUN_FORMS = "|".join(_forms_regex(n.forms) for n in CURRENCY_NOUNS)
_CODES = [*CURRENCY_CODES, *CODE_ALIASES]
_CURRENCY_AFTER_RE = re.compile(
    rf"{_SP}*(?:{_CURRENCY_WORD}|(?P<code>{_case_sensitive(_CODES)})(?![\w]))", re.I
)
# a currency noun alone (its key is the name of the group that matched: n_<key>); a hundredth of
# it ("копеек", "центов") reads as its currency
_CURRENCY_NOUN_RE = re.compile(
    guarded(
        [
            r"(?<![\w])(?:"
            + "|".join(
                f"(?P<n_{n.key}>"
                + _forms_regex(
                    [*n.forms, *(f for m in MINOR_CURRENCY_NOUNS if m.key == n.key for f in m.forms)]
                )
                + ")"
                for n in CURRENCY_NOUNS
            )
            + r")(?![\w])"
        ]
    ),
    re.I,
)
# A currency's hundredth alone after an amount ("на 15 копеек", "30 cents", "85 groszy"): the
# group ``m<i>`` names the row of ``MINOR_CURRENCY_NOUNS``
MINOR_CURRENCY_RE = re.compile(
    rf"{_SP}*(?:"
    + "|".join(f"(?P<m{i}>{_forms_regex(m.forms)})" for i, m in enumerate(MINOR_CURRENCY_NOUNS))
    + r")(?![\w])",
    re.I,
)
# The hundredths after an amount of the currency itself ("165 долларов 50 центов", "65 руб. 40
# коп.", "5 zł 20 gr"), per currency noun key: the group ``n`` holds them (one or two digits)
MINOR_AFTER_RES: dict[str, re.Pattern[str]] = {
    key: re.compile(
        rf"\.?{_SP}+(?P<n>\d{{1,2}}){_SP}*(?:"
        + _forms_regex(
            [f for m in MINOR_CURRENCY_NOUNS if m.key == key for f in (*m.forms, *m.abbreviations)]
        )
        + r")(?![\w])",
        re.I,
    )
    for key in {m.key for m in MINOR_CURRENCY_NOUNS}
}
_SIGNS = re.escape("".join(CURRENCY_SIGNS))
_CURRENCY_BEFORE_RE = re.compile(
    # a dollar's country before its sign: "C$56 billion", "HK$5", "NT$", "R$" (DOLLAR_PREFIXES)
    rf"(?:(?:(?<![\w])(?P<prefix>[A-Z][A-Za-z]{{0,2}})(?=\$))?(?P<sign>[{_SIGNS}])"
    rf"|(?<![\w])(?P<code>{_case_sensitive(_CODES)})\.?){_SP}?$"
)
_CURRENCY_SIGN_CHARS = frozenset(CURRENCY_SIGNS)


_DIGITS_RE = re.compile(_DIGITS)

_SCALE_FORMS = sorted({f for _, forms, _ in SCALE_WORDS for f in forms})
# (behind a look-ahead for the first letters of the scale words: most words after a number are none)
_SCALE_FIRST = "".join(
    sorted({c for ch in first_chars(_forms_regex(_SCALE_FORMS)) or () for c in (ch, ch.upper())})
)
_SCALE_RE = re.compile(rf"{_SP}*(?=[{_SCALE_FIRST}])(?P<s>{_forms_regex(_SCALE_FORMS)})(?![\w])", re.I)
_GLUED_SCALE_RE = re.compile(
    "(?P<s>" + "|".join(sorted(GLUED_SCALES, key=lambda w: (-len(w), w))) + r")(?![\w])", re.I
)
_PERCENT_POINTS_RE = re.compile(rf"{_SP}*(?:{_forms_regex(PERCENTAGE_POINT_FORMS)})(?![\w])", re.I)
_PERCENT_RE = re.compile(rf"{_SP}*(?:%|(?:{_forms_regex(PERCENT_FORMS[1:])})(?![\w]))", re.I)
# "т" (tonnes) never before "д."/"е."/"п."/"к."/"ч." ("т. д.", "т. е.")
_PHYSICAL_RE = re.compile(
    rf"{_SP}*(?:"
    + "|".join(f"(?P<{u.code}>{_forms_regex(u.forms)})" for u in PHYSICAL_UNITS)
    + rf")(?![\w])(?!\.?{_SP}?[депкчу]\.)",
    re.I,
)
# "100-долларовой купюры", "70-процентное увеличение": a unit adjective glued by a hyphen
_COMPOUND_UNIT_RE = re.compile(
    r"[-‐‑](?:(?P<percent>процентн\w*|працэнтн\w*|відсотков\w*)|(?P<USD>долларов\w+)|(?P<RUB>рублев\w+)"
    r"|(?P<EUR>евров\w+))(?![\w])",
    re.I,
)
UNIT_PREFIXES = frozenset(
    form_prefix(f)
    for f in (
        *PERCENT_FORMS,
        *PERCENTAGE_POINT_FORMS,
        *(f for n in CURRENCY_NOUNS for f in n.forms),
        *(f for m in MINOR_CURRENCY_NOUNS for f in m.forms),
        *(a for a, _, _ in CURRENCY_ADJECTIVES),
        *_CODES,
        *(f for u in PHYSICAL_UNITS for f in u.forms),
        "раз",
    )
)


_COMPOSITE_RE = re.compile(rf"{_SP}+(?P<n>{_DIGITS})(?={_SP}*(?:тыс|млн|миллион|млрд|миллиард))")


_RANGE_DASH_RE = re.compile(rf"{_SP}?[-–—‐‑−]{_SP}?(?=\d)")


_RANGE_TO_RE = re.compile(rf"{_SP}+(?:до|да|to|do){_SP}+(?=\d|[{_SIGNS}])", re.I)
# An English range's link without "from" or "between" before its first amount ("50 billion to 70
# billion yen", "$2 billion to $3 billion", "2 to 3 billion dollars"): a range only when the two
# amounts are in one unit and scale and the first is below the second (scan.py,
# ``_unsigned_digit_candidates``); not after "from" in the clause ("from the current 2.1 million
# to 2.6 million": a change from a level, whatever stands between)
_EN_RANGE_TO_RE = re.compile(rf"{_SP}+to{_SP}+(?=\d|[{_SIGNS}])")
_EN_FROM_BEFORE_RE = re.compile(r"(?<![\w])from(?![\w])[^.;:!?]*\Z", re.I)
# the link of a range after "between" ("between $2 billion and $3 billion", "między 2 a 3 mld")
_RANGE_AND_RE = re.compile(rf"{_SP}+(?:and|и|і|та|a|i){_SP}+(?=\d|[{_SIGNS}])", re.I)


# "раз", "раза" and the Ukrainian and Belarusian forms ("у три рази", "у 5 разів", "у два разы")
_TIMES_RE = re.compile(rf"{_SP}+(?:раза?|рази|разів|разы|разоў)(?![\w])", re.I)


_ORDINAL_SUFFIX_RE = re.compile(r"[-‐‑](?P<s>[а-яё]{1,3})(?![\w])", re.I)


# A day's number before a month (``27 февраля``, ``30 ноя``, ``30 листопада``, ``30 listopada``,
# ``30 Nov.``), or a year's before its word (``2026 года``, ``2026 року``, ``2026 roku``, ``2026 r.``,
# ``2026 жылы``) or after a month (``ноября 2026``, ``listopada 2026``): dates, never counts.
# (a Kazakh month takes its case ending: "20 мамырда", "5 наурыздан", "1 қыркүйектегі")
_MONTH_AFTER_RE = re.compile(
    rf"{_SP}+{day_month_words()}(?:да|де|та|те|дан|ден|тан|тен|ға|ге|қа|ке|ы|і|ның|нің|дағы|дегі|тағы|тегі)?(?![\w])",
    re.I,
)


_MONTH_BEFORE_RE = re.compile(
    guarded([rf"(?<![\w])(?:{month_stems()}[а-яё]*(?:{_SP}*[-–]{_SP}*[а-яё]+)?|{day_month_words()}){_SP}+$"]),
    re.I,
)


_YEAR_AFTER_RE = re.compile(
    rf"(?:[-‐‑][а-я]{{1,2}})?{_SP}*(?:гг?\.|год\w*|гад(?:ы|оў|ах|амі|ам|а)?|рок\w*|році|рік|рр?\.|rok\w*|r\.|жыл\w*)(?![\w])",
    re.I,
)
# A preposition of time right before a year written alone ("в 2027 российские компании", "у 2027
# українські", "in 2027 Chinese companies", "since 2014"): the number is the year, no count of
# what follows (not "до", "к", "by": "до 2025 тонн" is an amount)
YEAR_PREPOSITION_BEFORE_RE = re.compile(
    rf"(?<![\w])(?:в|во|у|ў|з|із|od|w|we|in|since|from|after|before){_SP}+$", re.I
)


_ID_BEFORE_RE = re.compile(
    r"(?:№|#|(?<![\w])(?:стать[яиеюй]\w*|пункт\w*|п\.|ч\.|ст\.|част[ьи]\w*|глав[аеыу]\w*|раздел\w*"
    rf"|номер\w*|приложени\w*|рис\.|табл\.|стр\.|том|выпуск\w*|верси[ияю]\w*|код\w*)){_SP}*$",
    re.I,
)


_NEXT_WORD_RE = re.compile(rf"{_SP}+([A-Za-zА-Яа-яЁё]+(?:[-‐‑][A-Za-zА-Яа-яЁё]+)*)(?![\w-])")
# The next word in any of the press's alphabets, an apostrophe inside it ("п'ять", "trzech", "үш"):
# the words a number in words is composed of
_NEXT_NUMBER_WORD_RE = re.compile(rf"{_SP}+([^\W\d_]+(?:'[^\W\d_]+)?)(?![\w-])")


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
_CANDIDATE_FIRST = rf"(?=[0-9{_CANDIDATE_FIRST_LETTERS}{_CANDIDATE_FIRST_LETTERS.upper()}])"
_CANDIDATE_PHRASE = (
    rf"(\d|{_word_regex()}|[вВ](?=\s+(?:первую\s+|первой\s+)?(?:десятк|двадцатк|тройк|пят|сотн|топ)))"
)
_CANDIDATE_BODY = _CANDIDATE_FIRST + _CANDIDATE_PHRASE


# digits may also follow a Latin letter: a currency code or abbreviation written glued ("USD2bn",
# "Dh4.5 billion"); the scanner keeps the number only when one ends there. (The pattern starts with
# one class of both, which the regex engine skips to quickly; a letter is then let through only
# before a digit.)
_CANDIDATE_BEFORE = rf"[ \t\r\n\u00a0\u2009\u202f(«\"'“„\[{_SIGNS}~≈<>≥≤—–+\-−]"
# (the first character's test comes first: it turns away most words at once)
# (so may the last sign of a code alias written glued: "GH¢1.9 billion")
_ALIAS_LAST_SIGNS = re.escape("".join(sorted({a[-1] for a in CODE_ALIASES if not a[-1].isalpha()})))
_CANDIDATE_RE = re.compile(
    rf"[{_CANDIDATE_BEFORE[1:-1]}A-Za-z{_ALIAS_LAST_SIGNS}]{_CANDIDATE_FIRST}(?:(?<={_CANDIDATE_BEFORE})|(?=\d))"
    + _CANDIDATE_PHRASE
)


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


_NUM_WORD_OR_DIGITS = rf"(?:\d+|{_alternation(sorted(_NUMBER_WORDS))})"


_LAST_N = rf"(?:(?:последн|перв)(?:ие|ые|их|ых)\s+)?{_NUM_WORD_OR_DIGITS}\s+{_TIME_UNIT}(?![\w]){_YEAR_TAIL}"


# Period phrases: the Russian ones, then those of the other languages read (OTHER_PERIOD of
# flows/text/numbers/periods.py, which also turns a phrase into dates). Every Russian one starts
# with з/в/н/п/с/к (lower case or capitalized), which is matched first so that the regex engine can
# skip through the text quickly; the look-behinds then say which phrase it starts.
_RUSSIAN_PERIOD = (
    r"[зЗвВнНпПсСкК](?<![\w].)(?:"
    rf"(?<=[зЗ])а\s+(?:{_LAST_N}|{_AFTER_V_OR_ZA})"
    rf"|(?<=[вВ])о?\s+(?:течение\s+{_LAST_N}|{_AFTER_V_OR_ZA})"
    rf"|(?<=[нН])а\s+протяжении\s+{_LAST_N}"
    # the years a plan or an allocation is for: "выделит 50 млрд евро на 2024-2027 годы"
    r"|(?<=[нН])а\s+\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:год(?:ы|а)?(?![\w])|гг?\.)"
    rf"|(?<=[пП])оследн(?:ие|их)\s+{_NUM_WORD_OR_DIGITS}\s+{_TIME_UNIT}(?![\w]){_YEAR_TAIL}"
    r"|(?<=[пП])о\s+итогам\s+(?:(?:(?:прошлого|минувшего|текущего|этого|позапрошлого|первого|второго|третьего"
    rf"|\d+-?г?о?)\s+)?(?:полугодия|квартала|года|месяцев|\d{{4}}(?:\s*(?:года|г\.)|-го)?)(?![\w]){_YEAR_TAIL}"
    # the months of a year so far, by their names or their number: "по итогам января-октября",
    # "по итогам девяти месяцев 2026 года", "по итогам первых десяти месяцев"
    rf"|{_MONTH_PREP}(?:\s*[-–—]\s*{_MONTH_PREP})?(?![\w])(?:{_RELATIVE_YEAR_TAIL}|{_YEAR_TAIL})"
    rf"|(?:первых\s+)?{_NUM_WORD_OR_DIGITS}\s+месяцев(?![\w])(?:{_RELATIVE_YEAR_TAIL}|{_YEAR_TAIL}))"
    r"|(?<=[пП])о\s+(?:прошлому|минувшему|текущему|этому|позапрошлому)\s+году"
    r"|(?<=[сС])\s+начала\s+(?:(?:текущего|этого|нынешнего|уходящего)\s+)?(?:года|\d{4}\s*(?:года|г\.))"
    # the year a plan or forecast is for: "довести до $500 млн к 2030 году"
    r"|(?<=[кК])\s+\d{4}\s*(?:году|г\.)(?![\w])"
    r")"
)


# Both start at a word whose first letter is tested first (the regex engine skips fast).
def first_letters(alternation: str) -> str:
    """Every letter (both cases) that can start a match of ``alternation`` (a superset; for a
    look-ahead that lets the regex engine skip fast). Alternatives must start with a letter.

    The letters are read from the parsed pattern: those that can come first, not those that
    start an alternative inside it ("лет" of ``(?:за|в)\\s+(?:лет|год)`` cannot), so that the
    look-ahead lets through only the words a match can start with. A pattern whose first
    character is not a set of letters (a class such as ``\\w``, or an empty match) gives the
    letters after any ``|`` or ``(`` instead."""
    first = first_chars(alternation)
    if first is None or not all(ch.isalpha() for ch in first):
        starts = re.finditer(r"(?:^|\||\(\?:|\(\?P<\w+>)(?:\\b)?([^\W\d_])", alternation)
        first = {m.group(1) for m in starts}
    letters = {ch.lower() for ch in first}
    return "".join(sorted(letters | {ch.upper() for ch in letters}))


_PERIOD_RE = re.compile(
    rf"{_RUSSIAN_PERIOD}|(?<![\w])(?=[{first_letters(OTHER_PERIOD)}])(?i:{guarded(OTHER_PERIODS)})"
    rf"|(?<![\w\d])(?=[12])(?i:{KAZAKH_PERIOD})"
)


# What a match starts with: the first characters of every match, read from the parsed pattern, so
# that a scan can test them before it enters a large alternation (``WordStartScan``). Letters are
# read in lower case (the gate lets through every case the regex engine matches with re.I), any
# white space as " " and any digit as "0" (``\s`` and ``\d`` in the gate).
_ANY_SPACE, _ANY_DIGIT = " ", "0"
_PREFIX_LENGTH = 4  # longer gates let through hardly fewer starts and take longer to compile
_PREFIX_LIMIT = 5_000  # past this many prefixes they are cut shorter

# A prefix: the set of characters at each of its positions.
_Prefix = tuple[frozenset[str], ...]
# (prefix, whether it is complete: nothing more is known of what follows it)
_Prefixes = set[tuple[_Prefix, bool]]
_UNKNOWN: _Prefixes = {((), True)}


def _prefix_char(ch: str) -> str:
    if re.match(r"\s", ch):
        return _ANY_SPACE
    if re.match(r"\d", ch):
        return _ANY_DIGIT
    low = ch.lower()
    return low if len(low) == 1 else ch


def _class_chars(op: Any, av: Any) -> frozenset[str] | None:
    """The characters of a parsed literal or class (``\\s`` and ``\\d`` as one character each);
    None when they are not a small finite set."""
    if op is _C.LITERAL:
        return frozenset(_prefix_char(chr(av)))
    if op is not _C.IN:
        return None
    out: set[str] = set()
    for o, a in av:
        if o is _C.LITERAL:
            out.add(_prefix_char(chr(a)))
        elif o is _C.RANGE and a[1] - a[0] < 512:
            out.update(_prefix_char(chr(i)) for i in range(a[0], a[1] + 1))
        elif o is _C.CATEGORY and a is _C.CATEGORY_SPACE:
            out.add(_ANY_SPACE)
        elif o is _C.CATEGORY and a is _C.CATEGORY_DIGIT:
            out.add(_ANY_DIGIT)
        else:
            return None  # a negated class, \w, a wide range
    return frozenset(out)


def _sequence_prefixes(items: Any, need: int) -> _Prefixes:
    """The prefixes (up to ``need`` characters) of a parsed sequence."""
    found: _Prefixes = {((), False)}
    for op, av in items:
        found = _extend(found, need, lambda n, op=op, av=av: _item_prefixes(op, av, n))
    return found


def _extend(found: _Prefixes, need: int, item: Any) -> _Prefixes:
    """``found`` followed by what ``item(n)`` gives (the prefixes of up to ``n`` characters of
    what follows); no more than ``_PREFIX_LIMIT`` of them, cut shorter when there would be more."""
    out: _Prefixes = set()
    for prefix, done in found:
        if done or len(prefix) >= need:
            out.add((prefix, True))
            continue
        for more, more_done in item(need - len(prefix)):
            out.add((prefix + more, more_done or len(prefix) + len(more) >= need))
    length = need
    while len(out) > _PREFIX_LIMIT:
        length -= 1
        out = {(prefix[:length], done or len(prefix) > length) for prefix, done in out}
    return out


def _item_prefixes(op: Any, av: Any, need: int) -> _Prefixes:
    """The prefixes (up to ``need`` characters) of one parsed item."""
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return {((), False)}  # zero width: what follows comes first (a superset)
    if op is _C.SUBPATTERN:
        return _sequence_prefixes(av[3], need)
    if op is _C.ATOMIC_GROUP:
        return _sequence_prefixes(av, need)
    if op is _C.BRANCH:
        return {p for alt in av[1] for p in _sequence_prefixes(alt, need)}
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, body = av
        out: _Prefixes = set()
        current: _Prefixes = {((), False)}
        for count in range(low + need + 1):  # past that, more repeats add nothing new
            if count >= low:
                out |= current
            if count == high:
                break
            current = _extend(current, need, lambda n: _sequence_prefixes(body, n))
        return out
    chars = _class_chars(op, av)
    if chars is None:
        return _UNKNOWN
    return {((chars,), need <= 1)}


def match_prefixes(pattern: str, length: int = _PREFIX_LENGTH) -> frozenset[_Prefix]:
    """Prefixes (of up to ``length`` characters) that every match of ``pattern`` starts with: at
    each position the set of characters (lower case, " " for any white space, "0" for any digit)
    that may stand there, in any case; a shorter one may be followed by anything. Look-arounds
    are read as matching anywhere (a superset)."""
    return frozenset(prefix for prefix, _done in _sequence_prefixes(_parser.parse(pattern), length))


# every character of the first plane, once: the regex engine reads which of them a class matches
# case-insensitively (case pairs never cross a plane, so the first plane holds them)
_FIRST_PLANE = "".join(map(chr, range(0x10000)))


def _case_classes(keys: set[str]) -> dict[str, str]:
    """Each character of ``keys`` as the members of a class of every character the regex engine
    matches it with case-insensitively."""
    letters = keys - {_ANY_SPACE, _ANY_DIGIT}
    pool = "".join(re.findall(f"[{re.escape(''.join(sorted(letters)))}]", _FIRST_PLANE, re.I))
    classes = {_ANY_SPACE: r"\s", _ANY_DIGIT: r"\d"}
    for key in letters:
        classes[key] = re.escape("".join(re.findall(re.escape(key), pool, re.I)))
    return classes


def prefix_gate(prefixes: frozenset[_Prefix]) -> str | None:
    """A case-sensitive regex that matches where one of ``prefixes`` (of :func:`match_prefixes`)
    starts, in any case; None when one is empty (anything may start a match). Each branch starts
    with a class, which the regex engine tests before it enters the branch."""
    if () in prefixes:
        return None
    classes = _case_classes({ch for prefix in prefixes for chars in prefix for ch in chars})

    @cache
    def render(prefixes: frozenset[_Prefix]) -> str:
        if () in prefixes:
            return ""  # a shorter prefix: anything may follow
        rests: dict[str, set[_Prefix]] = {}  # what may follow each first character
        for prefix in prefixes:
            for ch in prefix[0]:
                rests.setdefault(ch, set()).add(prefix[1:])
        by_rest: dict[str, set[str]] = {}  # the first characters that the same rest follows
        for ch, rest in rests.items():
            by_rest.setdefault(render(frozenset(rest)), set()).add(ch)
        return alternation(sorted((sorted(chars), rest) for rest, chars in by_rest.items()))

    def alternation(branches: list[tuple[list[str], str]]) -> str:
        """The branches (first characters, what follows) as one alternation. Their first
        characters are disjoint; past a few branches they are halved behind a look-ahead for the
        first characters of the first half, so that a character is tested against a few classes,
        not against each branch's."""
        if len(branches) <= _GATE_BRANCHES:
            rendered = [f"[{''.join(classes[ch] for ch in chars)}]{rest}" for chars, rest in branches]
            return rendered[0] if len(rendered) == 1 else f"(?:{'|'.join(rendered)})"
        half = len(branches) // 2
        first = "".join(classes[ch] for chars, _rest in branches[:half] for ch in chars)
        return f"(?:(?=[{first}]){alternation(branches[:half])}|{alternation(branches[half:])})"

    return render(prefixes)


_GATE_BRANCHES = 4  # the branches of a gate tried one after another


class WordStartScan:
    """The matches of ``regex`` (``regex.finditer(text, lo, hi)``, the same match objects), tried
    only where a word starts with one of the characters ``first``: every match of ``regex`` must
    start there (its own pattern says so: a look-behind for no word character before, a first
    character of ``first``), and none may be empty.

    A large alternation is tried at every character by ``finditer``; here one pattern that starts
    with the class ``[first]`` (which the regex engine skips to quickly) tests the word start and
    then ``regex`` at that character (a look-ahead inside a one-character look-behind); only where
    it matches is ``regex`` run again, for its match object. Before ``regex``, a gate of the first
    few characters its matches start with (:func:`match_prefixes`) turns away most words that
    start with a letter of ``first`` but with none of its phrases ("в тот" is no "в течение").

    ``first``: by default the characters the gate lets a match start with. ``word_start=False``:
    the matches may start inside a word too (no look-behind is tested)."""

    __slots__ = ("_at", "_head", "_word_start", "regex")

    def __init__(
        self,
        regex: re.Pattern[str],
        first: str | None = None,
        word_start: bool = True,
        length: int = _PREFIX_LENGTH,
    ) -> None:
        self.regex = regex
        body = f"(?i:{regex.pattern})" if regex.flags & re.IGNORECASE else regex.pattern
        prefixes = match_prefixes(regex.pattern, length)
        given = first is not None
        if first is None:
            if () in prefixes:
                raise ValueError(f"a match of {regex.pattern[:80]!r} may start with any character")
            first = "".join({ch for prefix in prefixes for ch in prefix[0]})
            if _ANY_SPACE in first or _ANY_DIGIT in first:
                raise ValueError(f"a match of {regex.pattern[:80]!r} may start with a space or digit")
        # the characters ``[first]`` matches with the regex's flags (case-insensitively: "K" for
        # "k", the Kelvin sign too); case pairs never cross a plane, so the first plane holds them
        # (the characters read from the gate are in lower case: any case of them may start a match)
        case = regex.flags & re.IGNORECASE if given else re.IGNORECASE
        chars = re.escape("".join(re.findall(f"[{re.escape(first)}]", _FIRST_PLANE, case)))
        # no re.IGNORECASE on the outer pattern: a class of cased letters is then skipped to quickly
        gate = prefix_gate(prefixes)
        gated = f"(?={gate})" if gate is not None else ""
        self._word_start = word_start
        # what the gate lets through at the text's first word (before ``regex`` is tried there)
        self._head = re.compile(rf"(?=[{chars}]){gated}")
        if word_start:
            # the character before the word, which the regex engine skips to (no word character:
            # far fewer stops than at each letter of ``first``); the match starts after it
            self._at = re.compile(rf"[^\w](?=[{chars}]){gated}(?=(?:{body}))")
        else:
            self._at = re.compile(rf"[{chars}](?<={gated}(?=(?:{body}))[{chars}])")

    def _start(self, text: str, pos: int, hi: int) -> int:
        """Where the first match at ``pos`` or after starts, -1 when there is none."""
        if not self._word_start:
            found = self._at.search(text, pos, hi)
            return -1 if found is None else found.start()
        if pos == 0:  # no character before the text's first word
            if self._head.match(text, 0, hi) is not None and self.regex.match(text, 0, hi) is not None:
                return 0
            pos = 1
        # (from the character before ``pos``: a word may start at ``pos``)
        found = self._at.search(text, pos - 1, hi)
        return -1 if found is None else found.end()

    def finditer(self, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        """``self.regex.finditer(text, lo, hi)``."""
        match = self.regex.match
        pos = lo
        while pos < hi and (start := self._start(text, pos, hi)) >= 0:
            m = match(text, start, hi)
            assert m is not None and m.end() > m.start()
            yield m
            pos = m.end()

    def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """``self.regex.search(text, lo, hi)``."""
        start = self._start(text, lo, hi) if lo < hi else -1
        return None if start < 0 else self.regex.match(text, start, hi)


# the characters a period phrase starts with: the Russian ones, the other languages', a Kazakh year
# (a gate of five characters: many phrases start "в ", "за ", "in ")
PERIOD_SCAN = WordStartScan(_PERIOD_RE, "зЗвВнНпПсСкК" + first_letters(OTHER_PERIOD) + "12", length=5)


# A period named by reference to one the text gave before ("за этот период", "за указанный
# период", "in the same period"): the period of the sentence before, when it names one.
# "За аналогичный период прошлого года" names another period and is not one of them.
ANAPHORIC_PERIOD_RE = re.compile(
    guarded(
        [
            r"(?<![\w])(?:(?:за|в|на)\s+(?:этот|тот\s+же|этот\s+же|указанный|данный|отч[её]тный|названный|тот)\s+период"
            r"|(?:за|у)\s+(?:цей|той\s+же|зазначений|вказаний)\s+період|за\s+(?:гэты|той\s+жа|названы)\s+перыяд"
            r"|w\s+(?:tym|tym\s+samym)\s+(?:okresie|czasie)|(?:in|during|over)\s+(?:the\s+same|this|that)\s+(?:period|time)"
            # "за это время", "за той же срок", "за цей час", "за гэты час"
            r"|за\s+(?:это|то\s+же\s+самое|то\s+же)\s+время|за\s+(?:этот|тот\s+же)\s+срок|за\s+(?:цей|той\s+самий)\s+час"
            r"|за\s+гэты\s+час)(?![\w])"
        ]
    ),
    re.I,
)


_MODALITY_ALT = "|".join(f"(?P<{m}>{alt})" for m, alt in MODALITY_CUES)
NEGATIVE_CONTEXT_RE = re.compile(
    rf"(?<![\w])(?=[{first_letters(NEGATIVE_CONTEXT)}])(?:{NEGATIVE_CONTEXT})", re.I
)
# A cue is a whole word (or words): "план" is a cue, "планка" is not.
MODALITY_RE = re.compile(
    rf"(?<![\w])(?=[{first_letters(_MODALITY_ALT)}])(?:{guarded(_MODALITY_ALT)})(?![\w])", re.I
)
MODALITY_SCAN = WordStartScan(MODALITY_RE, first_letters(_MODALITY_ALT), length=5)

# the hedge right before an amount ("более", "не менее чем", "около"), searched in a window before it
HEDGE_SCAN = WordStartScan(_HEDGE_RE)

# a period named by reference, and a negative balance: read in every sentence with a figure
ANAPHORIC_PERIOD_SCAN = WordStartScan(ANAPHORIC_PERIOD_RE)
NEGATIVE_CONTEXT_SCAN = WordStartScan(NEGATIVE_CONTEXT_RE)
