"""The period a number is about, as dates: ``за 2011 год`` -> 2011-01-01..2011-12-31.

:func:`parse_period` turns a period phrase (the ``period`` of a :class:`NumberFact`: the
extractor finds Russian phrases and those of :data:`OTHER_PERIOD`) into a :class:`Period`: first and last
day, a label and a granularity. Russian, Ukrainian, Belarusian, Polish and English are read:

- years: ``за 2011 год``, ``в 2019-2023 годах``, ``по итогам 2023 года``, ``in 2024``, ``w 2024 r.``;
- months and month ranges: ``в январе-апреле 2024 года``, ``у студзені-сакавіку``, ``in March``;
- quarters and halves: ``в I квартале``, ``за 1-й квартал``, ``за первое полугодие``, ``Q1 2020``;
- the first months of a year: ``за 7 месяцев 2024 года``, ``за первые девять месяцев``,
  ``за перші дев’ять місяців`` (apostrophes ', ’ and ʼ alike), ``for the first seven months``;
- the year to date: ``с начала года``, ``since the beginning of the year``, ``od początku roku``;
- relative years: ``в прошлом году``, ``по итогам минувшего года``, ``торік``, ``летась``,
  ``w zeszłym roku``, ``last year`` (and the year before last, this year, next year: ``в
  следующем году``, ``наступного року``, ``w przyszłym roku``, ``келесі жылы``);
- the month before the publication's: ``в прошлом месяце``, ``last month``, ``минулого місяця``,
  ``w ubiegłym miesiącu``;
- month ranges ``od stycznia do września``, ``з січня по вересень``, ``с января по сентябрь``,
  ``w okresie styczeń-wrzesień``; a month after ``od``/``since``/``з`` alone is None (from that
  month to a day not told, never the month alone);
- years a plan or forecast is for: ``к 2030 году``, ``by 2030``, ``do 2030 roku``, ``да 2030
  года``, ``2030 жылға дейін`` (:func:`is_prospective` tells these and ``в ближайшие три года``);
- fiscal years (``fiscal 2025``, ``FY2025``) are read and are None: a fiscal year is not the
  calendar year.

A period relative to the publication (``в прошлом году``) is taken from the article's own date;
without that date it is None (never guessed). A part of a year written without its year (``в
январе-апреле``) is the latest one whose end is not after the publication month for an actual
value, and the first one that does not end before the publication date for a plan or forecast
(``target``/``forecast``: ``в декабре планируется``). Rolling spans (``за последние 5 лет``,
``в течение трех лет``) have no fixed dates: None.

Labels: ``2024`` (year), ``2024-H1`` (half), ``2024-Q1`` (quarter), ``2024-03`` (month),
``2024-01/2024-04`` (months), ``2019/2023`` (years), ``2024-01-01/2024-05-15`` (year to date),
``as of 2024-05-15`` (a count stated as of a date: :func:`as_of`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from flows.text.tokens import APOSTROPHES
from flows.text.vocab import MONTHS, OTHER_MONTHS, month_forms_of

# Ukrainian and Belarusian words are written with ', ’ (U+2019) or ʼ (U+02BC) (``дев’ять``,
# ``аб’ём``): every pattern of the numeric extractor is written with ', and the text it reads is
# folded to it first (one character for one: offsets stay).
_APOSTROPHE_FOLD = str.maketrans({ch: "'" for ch in APOSTROPHES if ch != "'"})


def fold_apostrophes(text: str) -> str:
    """``text`` with every apostrophe of :data:`flows.text.tokens.APOSTROPHES` written ``'`` (same length)."""
    return text.translate(_APOSTROPHE_FOLD)


GRANULARITIES = ("year", "years", "half", "quarter", "month", "months", "year_to_date", "as_of")


@dataclass(frozen=True, slots=True)
class Period:
    start: date  # first day of the period
    end: date  # last day of the period (inclusive)
    label: str  # see the module docstring
    granularity: str  # one of GRANULARITIES


def _month_alternation(prefix: str = "m", russian: bool = True) -> str:
    """A regex alternation of the month names of :mod:`flows.text.vocab`, one named group per month
    (``<prefix><number>``): Russian stems (``январ``; May by its forms), the stems and whole words of
    Ukrainian, Belarusian, Polish and English, and English ``May`` where it is a month (capitalised,
    before a year or a capitalised word; ``may`` is also a modal verb). ``russian=False`` leaves
    the Russian names out."""
    parts = []
    for month, other in zip(MONTHS, OTHER_MONTHS, strict=True):
        alts = []
        if russian:
            alts.append(rf"{month.stem}\w*" if len(month.stem) >= 3 else rf"{month_forms_of(month)}(?!\w)")
        alts += [rf"{re.escape(stem)}\w*" for stem in other.stems]
        alts += [rf"{re.escape(word)}(?!\w)" for word in other.words]
        if month.number == 5:
            alts.append(r"(?-i:May(?=[\s\-–]+(?:\d{4}|[A-Z])))")
        parts.append(f"(?P<{prefix}{month.number}>{'|'.join(alts)})")
    return "|".join(parts)


# Every language's month names match in any case but English "May" (see _month_alternation).
_MONTH_RE = re.compile(rf"(?<![\w])(?:{_month_alternation()})", re.I)

# Kazakh month names (nominative; Kazakh states a span of months as "қаңтар-қазан айларында")
_KAZAKH_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
_KAZAKH_MONTH_ALT = "|".join(f"(?P<k{n}>{name})" for n, name in enumerate(_KAZAKH_MONTHS, 1))
_KAZAKH_MONTH_RE = re.compile(rf"(?<![\w])(?:{_KAZAKH_MONTH_ALT})\w*", re.I)

_YEAR_RE = re.compile(r"(?<![\w\d])(19[5-9]\d|20\d\d)(?![\d])")
_YEARS_RANGE_RE = re.compile(r"(?<![\w\d])(19[5-9]\d|20\d\d)\s*[-–—]\s*(19[5-9]\d|20\d\d)(?![\d])")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ORDINALS = (
    (1, r"перв\w*|перш\w*|pierwsz\w*|first|бірінші|1-?\w{0,3}|i"),
    (2, r"втор\w*|друг\w*|drug\w*|second|екінші|2-?\w{0,3}|ii"),
    (3, r"трет\w*|трэц\w*|trzec\w*|third|үшінші|3-?\w{0,3}|iii"),
    (4, r"четв[её]рт\w*|четверт\w*|чацв[её]рт\w*|czwart\w*|fourth|төртінші|4-?\w{0,3}|iv"),
)
_ORDINAL_ALT = "|".join(f"(?P<o{n}>{alt})" for n, alt in _ORDINALS)
_QUARTER_RE = re.compile(
    rf"(?<![\w])(?:{_ORDINAL_ALT})\s+(?:квартал\w*|kwarta\w*|quarter|тоқсан\w*)|(?<![\w])q([1-4])(?![\w])",
    re.I,
)
_HALF_RE = re.compile(
    rf"(?<![\w])(?:{_ORDINAL_ALT})\s+(?:полугод\w*|половин\w*|півр\w*|паўгод\w*|p[oó]łrocz\w*|half|жартыжылды\w*)(?![\w])",
    re.I,
)
# "за 7 месяцев", "for the first seven months", "за пять месяцев"
_SMALL_NUMBERS = (
    (2, r"дв(?:а|ух)|two|dwa|dwóch|два|двох"),
    (3, r"тр(?:и|[её]х)|three|trzy|trzech|трьох"),
    (4, r"четыр(?:е|[её]х)|four|cztery|czterech|чотир\w*|чатыр\w*"),
    (5, r"пят[иь]|п'?ят[иь]|five|pi[eę][cć]\w*|пяці"),
    (6, r"шест[иь]|шіст\w*|шасц\w*|six|sze[sś][cć]\w*"),
    (7, r"сем[иь]|сім\w*|сям\w*|seven|siedem|siedm\w*"),
    (8, r"вос[еь]м[иь]|вісім\w*|восем\w*|eight|osiem|o[sś]m\w*"),
    (9, r"девят[иь]|дев'?ят\w*|дзевяц\w*|nine|dziewi[eę][cć]\w*"),
    (10, r"десят[иь]|дзесяц\w*|ten|dziesi[eę][cć]\w*"),
    (11, r"одиннадцат[иь]|eleven|jedena[sś]cie\w*|одинадцят\w*"),
)
_SMALL_ALT = "|".join(f"(?P<n{n}>{alt})" for n, alt in _SMALL_NUMBERS)
_N_MONTHS_RE = re.compile(
    rf"(?<![\w])(?:(?P<digits>1[01]|[2-9])|{_SMALL_ALT})\s+(?:\w+\s+)?(?:месяц\w*|місяц\w*|месяц\w*|мес\.|міс\.|mies\.|miesi[eęą]c\w*|months?"
    r"|ай(?:ында|ында|да|ы|лық\w*))(?![\w])",
    re.I,
)
_ROLLING_RE = re.compile(
    r"(?<![\w])(?:последн\w*|течени\w*|протяжени\w*|останні\w*|апошні\w*|ostatni\w*|past|last\s+\d|last\s+\w+\s+years"
    r"|years|лет(?![\w])|гадоў|років|lat(?![\w]))",
    re.I,
)
# the month before the publication's: "в прошлом месяце", "за минувший месяц", "last month",
# "минулого місяця", "у мінулым месяцы", "w ubiegłym miesiącu"
_LAST_MONTH_RE = re.compile(
    r"(?<![\w])(?:прошл|минувш|предыдущ|минул|мінул|ubieg|zesz|poprzedni|last|previous)\w*\s+"
    r"(?:месяц\w*|місяц\w*|miesi[aą]c\w*|month)(?![\w])",
    re.I,
)
# the months back from a day the text does not fix: "за последние три месяца", "за минувшие полгода",
# "in the last six months", "за останні три місяці", "w ciągu ostatnich trzech miesięcy"
_ROLLING_MONTHS_RE = re.compile(
    r"(?<![\w])(?:последн|минувш|прошедш|истекш|останн|минул|апошн|мінул|ostatni|minion|past|last|previous|preceding)\w*"
    rf"\s+(?:1[01]|[2-9]|{'|'.join(alt for _n, alt in _SMALL_NUMBERS)})\s+(?:\w+\s+)?"
    r"(?:месяц\w*|місяц\w*|месяц\w*|мес\.|міс\.|mies\.|miesi[eęą]c\w*|months?)(?![\w])",
    re.I,
)
_YTD_RE = re.compile(
    r"(?:с|з|od|since)\s+(?:the\s+)?(?:начала|початку|пачатку|pocz[aą]tku|beginning|start)\s+(?:of\s+(?:the\s+)?)?"
    r"(?:(?:текущего|этого|нынешнего|уходящего|поточного|цього|бягучага|гэтага|bieżącego|tego|this|the\s+current)\s+)?"
    r"(?:(?:19|20)\d\d\s*)?(?:года|г\.|року|roku|r\.|year)",
    re.I,
)
# relative years: the offset from the publication year (checked in this order)
_RELATIVE_YEAR = (
    (
        1,
        re.compile(
            r"(?<![\w])(?:следующ\w*|будущ\w*|наступн\w*|przyszł\w*|następn\w*|next\s+year|the\s+coming\s+year"
            r"|келесі\s+жыл\w*)",
            re.I,
        ),
    ),
    (
        -2,
        re.compile(
            r"позапрошл\w*|позаминул\w*|пазамінул\w*|позаторік|пазалетась|the\s+year\s+before\s+last", re.I
        ),
    ),
    (
        -1,
        re.compile(
            r"(?<![\w])(?:прошл\w*|минувш\w*|предыдущ\w*|истекш\w*|минул\w*|мінул\w*|торік|летась|ubieg\w*|zesz[lł]\w*"
            r"|poprzedni\w*|rok\s+temu|last\s+year|previous\s+year|өткен\s+жыл\w*|былтыр\w*)",
            re.I,
        ),
    ),
    (
        0,
        re.compile(
            r"(?<![\w])(?:текущ\w*|уходящ\w*|этом|этот|нынешн\w*|сего|цього|цей|цьогоріч|поточн\w*|гэт\w*|бягуч\w*|сёлета|tym\s+roku"
            r"|bie[zż][aą]c\w*|this\s+year|current\s+year|биыл\w*|ағымдағы\s+жыл\w*)",
            re.I,
        ),
    ),
)


_SINCE_MONTH_RE = re.compile(r"(?:od|since|z|з|с|ад|from)\s", re.I)
# a period of the future: "к 2030 году", "by 2030", "do 2030 roku", "да 2030 года", "2030 жылға
# дейін", "в ближайшие три года", "в следующем году" (what a number for it is cannot be actual)
_PROSPECTIVE_RE = re.compile(
    r"^(?:к|до|да|by|do)\s+(?:the\s+end\s+of\s+|кінця\s+|канца\s+|конца\s+|końca\s+)?(?:19|20)\d\d"
    r"|жылға\s+(?:дейін|қарай)|ближайш|найближч|бліжэйш|najbliższ|\b(?:coming|next)\b"
    r"|следующ|будущ|наступн|przyszł|następn|келесі",
    re.I,
)


def is_prospective(phrase: str | None) -> bool:
    """Whether a period phrase names a time to come (``к 2030 году``, ``by 2030``, ``2030 жылға
    дейін``, ``в ближайшие три года``): a figure for it is a plan or a forecast, never actual."""
    return phrase is not None and _PROSPECTIVE_RE.search(" ".join(phrase.split())) is not None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months_in(phrase: str) -> list[int]:
    found = []
    for m in _MONTH_RE.finditer(phrase):
        if m.group().lower() == "may" and not m.group().startswith("M"):
            continue  # the modal verb
        found.append(int((m.lastgroup or "m0")[1:]))
    if not found:
        found = [int((m.lastgroup or "k0")[1:]) for m in _KAZAKH_MONTH_RE.finditer(phrase)]
    return found


def _ordinal(m: re.Match[str]) -> int | None:
    for name, value in m.groupdict().items():
        if value is not None and name.startswith("o"):
            return int(name[1:])
    return None


@dataclass(frozen=True, slots=True)
class _Span:
    """A part of a year: months ``first``..``last`` (1-12), with its label maker and granularity."""

    first: int
    last: int
    granularity: str
    tag: str  # "Q1", "H2", "" (months / month)


def _part_of_year(phrase: str) -> _Span | None:
    q = _QUARTER_RE.search(phrase)
    if q is not None:
        n = int(q.group(q.lastindex)) if q.lastgroup is None and q.lastindex else _ordinal(q)
        if n is None and q.group(0)[1:].isdigit():
            n = int(q.group(0)[1:])
        if n is not None:
            return _Span(3 * n - 2, 3 * n, "quarter", f"Q{n}")
    h = _HALF_RE.search(phrase)
    if h is not None:
        n = _ordinal(h)
        if n in (1, 2):
            return _Span(6 * n - 5, 6 * n, "half", f"H{n}")
    months = _months_in(phrase)
    if months:
        first, last = months[0], months[-1]
        if last < first:
            return None  # across a year end, with one year written: not read
        return _Span(first, last, "month" if first == last else "months", "")
    n_months = _N_MONTHS_RE.search(phrase)
    if n_months is not None:
        if n_months.group("digits"):
            n = int(n_months.group("digits"))
        else:
            n = next(int(k[1:]) for k, v in n_months.groupdict().items() if k.startswith("n") and v)
        return _Span(1, n, "months", "")
    return None


def _implied_year(span: _Span, published: date, planned: bool) -> int:
    """The year of a part of a year written without one (see the module docstring)."""
    if planned:
        year = published.year
        return year if _month_end(year, span.last) >= published else year + 1
    publication_month_end = _month_end(published.year, published.month)
    year = published.year
    return year if _month_end(year, span.last) <= publication_month_end else year - 1


def _of_part(year: int, span: _Span) -> Period:
    """The period of ``span`` in ``year``; months that make a quarter, a half or the year are labelled
    as such (``в январе-марте`` is ``2024-Q1``, as ``в I квартале``)."""
    start, end = date(year, span.first, 1), _month_end(year, span.last)
    if not span.tag and span.first != span.last:
        if (span.first, span.last) == (1, 12):
            return Period(start, end, str(year), "year")
        if span.last - span.first == 2 and span.first % 3 == 1:
            span = _Span(span.first, span.last, "quarter", f"Q{span.last // 3}")
        elif span.last - span.first == 5 and span.first in (1, 7):
            span = _Span(span.first, span.last, "half", f"H{span.last // 6}")
    if span.tag:
        label = f"{year}-{span.tag}"
    elif span.first == span.last:
        label = f"{year}-{span.first:02d}"
    else:
        label = f"{year}-{span.first:02d}/{year}-{span.last:02d}"
    return Period(start, end, label, span.granularity)


def parse_period(phrase: str | None, published: date | None, modality: str = "actual") -> Period | None:
    """The dates of a period phrase; None when it names no fixed period or needs a date it lacks.

    ``published`` is the article's own publication date (None when the article states none: then
    relative periods and parts of a year without their year are None). ``modality`` is the fact's
    (``actual``, ``target``, ``forecast``): a plan's part of a year without its year is the next
    one, an actual's the last one."""
    if not phrase:
        return None
    text = " ".join(fold_apostrophes(phrase).split())
    if _FISCAL_RE.search(text):
        return None  # a fiscal year: its months are the reporter's, not told
    planned = modality in ("target", "forecast")
    if _ROLLING_MONTHS_RE.search(text):
        return None  # "за последние три месяца": months back from a day not told, no quarter
    span = _part_of_year(text)
    if span is not None and span.first == span.last and _SINCE_MONTH_RE.match(text):
        return None  # "od stycznia", "since March": from a month on, to a day not told
    if span is None and _LAST_MONTH_RE.search(text) and not _YEAR_RE.search(text):
        # the month before the publication's; without the article's date it is not guessed
        if published is None:
            return None
        last = date(published.year, published.month, 1) - timedelta(days=1)
        first = date(last.year, last.month, 1)
        return Period(first, last, f"{last.year}-{last.month:02d}", "month")
    years = _YEARS_RANGE_RE.search(text)
    if years is not None and span is None:
        y1, y2 = int(years.group(1)), int(years.group(2))
        if y1 >= y2:
            return None
        return Period(date(y1, 1, 1), date(y2, 12, 31), f"{y1}/{y2}", "years")
    explicit = [int(y) for y in _YEAR_RE.findall(text)]
    if span is None and not explicit and _ROLLING_RE.search(text):
        return None  # "за последние 5 лет", "в течение трех лет": no fixed dates
    if len(set(explicit)) > 1:
        return None  # two years with one part of a year: not read
    year: int | None = explicit[0] if explicit else None
    relative = None
    if year is None:
        relative = next((off for off, rx in _RELATIVE_YEAR if rx.search(text)), None)
        if relative is not None:
            if published is None:
                return None
            year = published.year + relative
    if _YTD_RE.search(text) and span is None:
        # the year to date: known only up to the publication, in the publication's year
        if published is None or (year is not None and year != published.year):
            return None
        return Period(
            date(published.year, 1, 1),
            published,
            f"{published.year}-01-01/{published.isoformat()}",
            "year_to_date",
        )
    if span is not None:
        if year is None:
            if published is None:
                return None
            year = _implied_year(span, published, planned)
        return _of_part(year, span)
    if year is None:
        return None  # "по итогам года" without a year: not guessed
    if relative == 0 and not planned and published is not None:
        # "в этом году" for a value already reported: the year so far
        return Period(date(year, 1, 1), published, f"{year}-01-01/{published.isoformat()}", "year_to_date")
    if not explicit and relative is None:
        return None
    return Period(date(year, 1, 1), date(year, 12, 31), str(year), "year")


def as_of(published: date | None) -> Period | None:
    """The period of a count stated without one (``30 соглашений подписано``): the publication date."""
    if published is None:
        return None
    return Period(published, published, f"as of {published.isoformat()}", "as_of")


# Period phrases of Ukrainian, Belarusian, Polish and English, each alternative starting at a word
# (the numeric extractor's period regex, flows/text/numbers/patterns.py, is the Russian phrases and
# these: the one place that finds a fact's period phrase, whatever its language). Russian words
# reached here (a preposition shared with Ukrainian, ``квартал``) only match where the Russian
# phrases do not, which the extractor tries first.
_YEAR_WORD = r"(?:року|рок|році|годзе|года|г\.|р\.|r\.|roku)"
# "за підсумками", "па выніках": "по итогам" (Russian, the extractor's own) in Ukrainian and Belarusian
_RESULTS_OF = r"(?:за\s+підсумками|па\s+выніках)"
_PREP = rf"(?:{_RESULTS_OF}|протягом|впродовж|на\s+працягу|w\s+ciągu|в|за|у|ў|на|in|for|during|over|w|we|za|od|since|z|з)"
_FIRST = r"(?:first|перш(?:і|их)|першы(?:я|х)|pierwsz\w*)"  # "за перші дев'ять місяців"
# "w okresie styczeń-wrzesień", "за період січень-вересень", "in the period January-September"
_PERIOD_OF = (
    r"(?:w\s+okresie|za\s+okres|(?:в|у|за)\s+період\w*|(?:у|ў|за)\s+перыяд\w*|(?:в|за)\s+период\w*"
    r"|(?:in|for|during)\s+the\s+period(?:\s+of)?)"
)
# a range of months "from X to Y": "od stycznia do września", "з січня по вересень", "с января по
# сентябрь", "from January to September" (a month after "od"/"since" alone is no period: None)
_FROM = r"(?:od|z|з|с|ад|from)"
_TO = r"(?:do|по|до|па|to|through|until|till)"
# fiscal years and seasons are not calendar years: read as a phrase, so that no calendar year of
# the sentence is taken instead, and given no dates (parse_period)
_FISCAL = (
    r"(?:(?:in|for|during)\s+)?(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?:19|20)\d\d(?:[/-]\d\d)?(?![\w])"
    r"|(?:(?:in|for|during)\s+)?(?-i:FY)\s?'?(?:(?:19|20)\d\d|\d\d)(?:[/-]\d\d)?(?![\w])"
    r"|(?:in|for|during)\s+(?:the\s+)?(?:19|20)\d\d(?:[/-]\d\d)?\s+(?:fiscal|financial)\s+year"
    # nor are farming or marketing seasons across two years ("сельхозсезон 2024/25", "2024/2025
    # маркетинговый год"): their months are the trade's, not told
    r"|(?:(?:in|for|during|в|во|за|у|ў|w)\s+)?(?:the\s+)?(?:19|20)\d\d/\d\d(?:\d\d)?(?![\w/])"
)
_FISCAL_RE = re.compile(rf"(?<![\w])(?:{_FISCAL})", re.I)
# the years or months to come ("в ближайшие три-пять лет", "in the next five years", "w
# najbliższych latach"): no fixed dates, but a plan or forecast
_COMING = (
    r"(?:в|у|ў|w|in|over|within|during)\s+(?:the\s+)?(?:ближайш\w*|найближч\w*|бліжэйш\w*|najbliższ\w*|coming|next)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:лет|год\w*|рок\w*|гад\w*|lat\w*|years?|месяц\w*|місяц\w*|месяц\w*|miesi\w*|months?)(?![\w])"
)
# A year named by its place from now after a month: "у жовтні минулого року", "w październiku
# ubiegłego roku", "у кастрычніку мінулага года", "in October last year".
_RELATIVE_YEAR_AFTER = (
    r"\s+(?:минулого|цього|поточного|наступного|мінулага|гэтага|бягучага|наступнага"
    r"|ubiegłego|zeszłego|tego|bieżącego|przyszłego|następnego)\s+(?:року|года|roku)"
    r"|\s+(?:of\s+)?(?:last|this|next|the\s+previous)\s+year"
)
OTHER_PERIODS = (  # the alternatives of OTHER_PERIOD, in order
    _FISCAL,
    _COMING,
    rf"{_FROM}\s+(?:{_month_alternation('c')})\s+{_TO}\s+(?:{_month_alternation('d')})"
    rf"(?:\s+(?:of\s+)?(?:19|20)\d\d(?:\s*(?:{_YEAR_WORD}|году))?)?(?![\w])",
    rf"{_PERIOD_OF}\s+(?:{_month_alternation('e')})(?:\s*[-–—]\s*(?:{_month_alternation('f')}))?"
    rf"(?:\s+(?:of\s+)?(?:19|20)\d\d(?:\s*(?:{_YEAR_WORD}|году))?)?(?![\w])",
    rf"{_PREP}\s+(?:the\s+)?(?:{_ORDINAL_ALT})\s+(?:квартал\w*|kwarta\w*|quarter|півр\w*|паўгод\w*|p[oó]łrocz\w*|half)"
    rf"(?:\s+(?:of\s+)?(?:19|20)\d\d(?:\s*{_YEAR_WORD})?)?(?![\w])",
    r"q[1-4]\s+(?:19|20)\d\d(?![\w])",
    # (Polish "po dziewięciu miesiącach": after the first nine months, i.e. over them)
    rf"(?:{_PREP}|po)\s+(?:the\s+)?(?:{_FIRST}\s+)?(?:\d{{1,2}}|{_SMALL_ALT})\s+(?:\w+\s+)?(?:months|місяц\w*|месяц\w*|міс\.|mies\.|miesi[eęą]c\w*)"
    rf"(?:\s+(?:of\s+)?(?:19|20)\d\d(?:\s*{_YEAR_WORD})?)?(?![\w])",
    # (English: "in the January-October period")
    rf"{_PREP}\s+(?:the\s+)?(?:{_month_alternation('a', russian=False)})(?:\s*[-–—]\s*(?:{_month_alternation('b', russian=False)}))?"
    rf"(?:\s+period)?(?:\s+(?:of\s+)?(?:19|20)\d\d(?:\s*{_YEAR_WORD})?|{_RELATIVE_YEAR_AFTER})?(?![\w])",
    # a year: after в / за only with a Ukrainian or Belarusian word for it (Russian "в 2024 году" is
    # the extractor's own)
    rf"(?:{_RESULTS_OF}|in|for|w|we|za|у|ў)\s+(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?"
    r"(?:\s*(?:року|році|рік|роках|годзе|года|гадах|р\.|r\.|roku|latach))?(?![\w])",
    r"(?:в|за)\s+(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\s*(?:року|році|рік|роках|годзе|гадах)(?![\w])",
    # the month before the publication's ("last month", "минулого місяця", "w ubiegłym miesiącu")
    r"(?:(?:in|during|for)\s+)?(?:last|the\s+previous)\s+month|у\s+минулому\s+місяці|минулого\s+місяця"
    r"|у\s+мінулым\s+месяцы|w\s+(?:ubieg|zesz|poprzedni)\w*\s+miesiącu",
    r"(?:(?:in|for)\s+)?(?:last|previous|this|current|next|the\s+coming)\s+year|the\s+year\s+before\s+last"
    r"|у\s+наступному\s+році|наступного\s+року|у\s+наступным\s+годзе|наступнага\s+года"
    r"|w\s+(?:przyszłym|następnym)\s+roku|келесі\s+жыл\w*"
    r"|у\s+(?:минулому|цьому|поточному)\s+році|(?:минулого|цього|поточного)\s+року"
    r"|у\s+(?:мінулым|гэтым|бягучым)\s+годзе|торік|позаторік|цьогоріч|летась|пазалетась|сёлета"
    r"|w\s+(?:ubieg|zesz|poprzedni|tym|bie[zż])\w*\s+roku|rok\s+temu",
    r"since\s+the\s+(?:beginning|start)\s+of\s+the\s+(?:current\s+)?year"
    r"|з\s+(?:початку\s+(?:поточного\s+|цього\s+)?року|пачатку\s+(?:бягучага\s+|гэтага\s+)?года)"
    r"|od\s+pocz[aą]tku\s+(?:bieżącego\s+|tego\s+)?roku",
    # the year a plan or forecast is for: "to $100 billion by 2030", "do 2030 roku", "до 2030 року"
    r"by\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d(?![\w])|do\s+(?:końca\s+)?(?:19|20)\d\d\s*(?:r\.|roku)(?![\w])"
    r"|(?:до|да)\s+(?:кінця\s+|канца\s+|конца\s+)?(?:19|20)\d\d\s*(?:року|года|г\.)(?![\w])",
    # Kazakh relative years and parts of a year without their year ("өткен жылы", "қаңтар-қазан
    # айларында", "бірінші тоқсанында")
    r"өткен\s+жыл\w*|былтыр\w*|биыл\w*"
    rf"|(?:{_KAZAKH_MONTH_ALT})\w*(?:\s*[-–—]\s*(?:{_KAZAKH_MONTH_ALT.replace('?P<k', '?P<j')})\w*)?\s+ай\w*",
)
OTHER_PERIOD = "|".join(OTHER_PERIODS)
# Kazakh period phrases that start with their year (no preposition): "2025 жылы", "2025 жылғы",
# "2025 жылдың қаңтар-қазан айларында", "2025 жылдың 9 айында", "2025 жылдың бірінші тоқсанында",
# "2025 жылдың қорытындысы бойынша"; the extractor's period regex reads them after OTHER_PERIOD.
KAZAKH_PERIOD = (
    r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\s*(?:ж\.|жыл(?:ы|да|ғы|дың|дары|дарда|дардағы)?|жылға\s+(?:дейін|қарай))(?![\w])"
    # (the months with their case ending and no "айлары": "2026 жылғы қаңтар-қыркүйекте")
    rf"(?:\s+(?:(?:{_KAZAKH_MONTH_ALT.replace('?P<k', '?P<i')})\w*(?:\s*[-–—]\s*(?:{_KAZAKH_MONTH_ALT.replace('?P<k', '?P<h')})\w*)?(?:\s+ай\w*)?"
    r"|(?:1[01]|[2-9])\s+ай\w*|(?:бірінші|екінші|үшінші|төртінші)\s+(?:тоқсан\w*|жартыжылды\w*)"
    r"|қорытындысы\s+бойынша))?"
)


def mention_period(
    period_text: str | None, published: date | None, modality: str = "actual", unit_kind: str = "unknown"
) -> Period | None:
    """The period of one number mention: ``period_text`` is the phrase the extractor read in the
    fact's sentence (any language read, :data:`OTHER_PERIOD`), parsed by :func:`parse_period`. A
    count (``unit_kind`` ``count``) with no period phrase is stated as of the publication date
    (:func:`as_of`)."""
    if period_text is None:
        return as_of(published) if unit_kind == "count" else None
    return parse_period(period_text, published, modality)
