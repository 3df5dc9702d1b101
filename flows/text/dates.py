"""Date expressions of the languages read (Russian, Belarusian, Ukrainian, Polish, Kazakh, English)
and ISO dates: find them, tell a publication date from page chrome."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date

from flows.text.vocab import MONTHS, OTHER_MONTHS, WEEKDAYS, alternation, month_forms

WEEKDAY_RE = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.I)
ISO_RE = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\d])")
# 30/11/2026, 30-11-2026, 11/30/2026: day or month first, told only by a number above 12
SLASHED_RE = re.compile(
    r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-])"
)
# 30.11.2026, and 30.11.26 with both day and month in two figures (a two-figure year is this century's)
DOTTED_RE = re.compile(
    r"(?<![\d.])(?:(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)"
    r"|(?P<day2>[0-3]\d)\.(?P<mon2>[01]\d)\.(?P<yy>\d\d)(?![.,]\d))(?![\d])"
)
# The word for "year" after a year, in the languages read: "2026 г.", "2026 року", "2026 r.",
# "2026 roku", "2026 ж.", "2026 жылы".
YEAR_WORD = r"(?:\s*(?:г\.|года|г\b|р\.|року|r\.|roku|ж\.|жыл\w*))?"
# A time after a date: "14:05", "в 14:05", "at 9:14 AM", ", 10:15".
_CLOCK = (
    r"(?:,?\s*(?:в\s+|at\s+)?(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d)(?:\s*[AaPp]\.?[Mm]\.?(?![^\W\d_]))?)?"
)


_CLOCK_RE = re.compile(_CLOCK)


def month_number(word: str) -> int:
    """The number (1-12) of a Russian month word in any case or abbreviated (``сентября``,
    ``марте``, ``сент.``, ``ноя``); ``ValueError`` for any other word."""
    w = word.lower().rstrip(".")
    for number, stem, forms in _MONTH_STEMS:
        starts = w.startswith(stem) if len(stem) >= 3 else w.startswith(forms)
        if starts or (len(w) >= 3 and stem.startswith(w)):
            return number
    raise ValueError(f"not a month: {word!r}")


_MONTH_STEMS = tuple((m.number, m.stem, m.forms) for m in MONTHS)  # (number, stem, full forms)


def _other_day_months() -> dict[str, int]:
    """Month words of the other languages that name a day's month, lower case without a final dot:
    the ``of_day`` forms, whole words and abbreviations of :data:`flows.text.vocab.OTHER_MONTHS`
    (``лис``, ``ліс``, ``lis``, ``қар``) and the three-letter abbreviations of the English names
    (``nov``, ``sept``)."""
    words: dict[str, int] = {}
    for o in OTHER_MONTHS:
        for w in (*o.of_day, *o.words, *o.abbreviations):
            words[w.rstrip(".")] = o.number
            if w.isascii() and w.isalpha() and len(w) > 3:  # an English name: "november" -> "nov"
                words.setdefault(w[:3], o.number)
    return words


_OTHER_DAY_MONTHS = _other_day_months()

# A month word after a day's number in any language read: Russian (``ноября``, the nominative
# ``ноябрь`` glued widgets print, ``нояб.``, ``ноя``) and the other languages' forms and
# abbreviations of :data:`flows.text.vocab.OTHER_MONTHS` (``лістапада``, ``листопада``,
# ``listopada``, ``қараша``, ``November``, ``Nov.``); not followed by another letter.
_DAY_MONTH_WORD = (
    rf"(?P<month>(?:{month_forms('genitive', 'nominative', 'abbreviations')}"
    rf"|{alternation(_OTHER_DAY_MONTHS)})(?![^\W\d_])\.?)"
)
# English month names and their abbreviations before the day (``December 1, 2026``, ``Dec. 1st,
# 2026``); the year is required, since a month and a number alone are too often something else.
_EN_MONTH_WORD = alternation(w for w in _OTHER_DAY_MONTHS if w.isascii() and w.isalpha() and len(w) >= 3)
# the day may follow a year without a space: glued widgets print "21 апреля 202321 апр 2023"
WORDY_RE = re.compile(
    rf"(?:(?<!\d)|(?<=(?:19|20)\d\d))(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)\s+of|(?:st|nd|rd|th)?)\s+{_DAY_MONTH_WORD}"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?{YEAR_WORD}{_CLOCK}",
    re.I,
)
# Kazakh writes the year first: "2024 жылғы 14 наурыз", "2024 ж. 14 наурызда".
YEAR_FIRST_RE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*(?:жылғы|жылы|ж\.)\s*(?P<day>[0-3]?\d)\s+(?P<month>[^\W\d_]+)",
    re.I,
)
# The month in Roman numerals, as Polish and Russian print it: "3 XII 2026", "3.XII.2026", "03. XII.
# 2026 r." (capitals only; the year is required: a number and a numeral alone are a chapter or a
# congress, "XII съезд")
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ROMAN_MONTH_RE = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)(?:\.\s?|\s)(?P<month>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\.\s?|\s)"
    rf"(?P<year>(?:19|20)\d\d)(?!\d){YEAR_WORD}{_CLOCK}"
)
MONTH_FIRST_RE = re.compile(
    rf"(?<![^\W\d_])(?P<month>{_EN_MONTH_WORD})(?![^\W\d_])\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d),?"
    rf"\s+(?P<year>(?:19|20)\d\d)(?!\d){_CLOCK}",
    re.I,
)


def day_month_number(word: str) -> int | None:
    """The number (1-12) of a month word written beside a day's number in a dateline or a date, in
    any language read (``ноября``, ``нояб.``, ``листопада``, ``лістапада``, ``listopada``,
    ``қараша``, ``November``, ``Nov.``, ``Nov``), or abbreviated as the locales of these languages
    print it (``лис``, ``ліс``, ``lis``, ``paź``, ``қар``); None for any other word."""
    w = word.lower().rstrip(".")
    if w in _OTHER_DAY_MONTHS:
        return _OTHER_DAY_MONTHS[w]
    try:
        return month_number(w)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    day: int
    month: int
    year: int | None  # None: day and month only ("27 февраля")
    has_time: bool

    def to_date(self, year: int | None = None) -> date | None:
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day)
        except ValueError:
            return None


# Whether the document being read writes numeric dates day first (``day_first_dates``).
_DAY_FIRST: ContextVar[bool] = ContextVar("dyad_day_first", default=False)
# Letters only Polish writes among the languages read.
_POLISH_ONLY_RE = re.compile("[ąęłńśźżĄĘŁŃŚŹŻ]")
_CYRILLIC_RE = re.compile("[а-яёіўєїґәғқңөұүһА-ЯЁІЎЄЇҐӘҒҚҢӨҰҮҺ]")


def day_first_document(text: str) -> bool:
    """Whether ``text`` (a page, its markup included) is in a language whose press writes a date
    in numbers day first, never month first: 100 Cyrillic letters or more (Russian, Belarusian,
    Ukrainian, Kazakh), or 5 letters only Polish writes. English is not: ``07/12/2026`` is the 7th
    of December in London and the 12th of July in New York."""
    for n, _letter in enumerate(_CYRILLIC_RE.finditer(text), start=1):
        if n >= 100:
            return True
    return len(_POLISH_ONLY_RE.findall(text, 0, 200_000)) >= 5


@contextmanager
def day_first_dates(day_first: bool) -> Iterator[None]:
    """Within it, a date in numbers whose figures do not tell the order (``07-12-2026``,
    ``07/12/2026``) reads day first when ``day_first`` (``day_first_document`` of the page read),
    and stays unread otherwise (``day_and_month``)."""
    token = _DAY_FIRST.set(day_first)
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)


def day_and_month(a: int, b: int) -> tuple[int, int] | None:
    """``(day, month)`` of a date written ``a/b/year`` or ``a-b-year``, where the order is not
    written: day first when ``a`` exceeds 12 (``30/11/2026``), month first when ``b`` does
    (``11/30/2026``), either when they are equal (``05/05/2026``); when both could be the month
    (``05/11/2026``: the 5th of November or the 11th of May), day first inside
    ``day_first_dates(True)`` (a page in Russian, Polish, ...), else None; None when neither is
    (``40/50``)."""
    if a == b or (a > 12 and b <= 12):
        return a, b
    if b > 12 and a <= 12:
        return b, a
    if a <= 12 and b <= 12 and _DAY_FIRST.get():
        return a, b
    return None


# Every date expression holds a figure (``\d``, as the patterns read it): a text without one holds
# none, and its patterns are not run (most lines asked about are headlines and prose).
_FIGURE_RE = re.compile(r"\d")


def find_dates(text: str) -> list[DateMatch]:
    """All date expressions in ``text``, in order, without overlaps."""
    found: list[DateMatch] = []
    if _FIGURE_RE.search(text) is None:
        return found
    # a pattern whose literal character the text lacks is not run: ISO dates need "-", dotted
    # ones ".", slashed ones "/" or "-", the Kazakh year first "ж" in either case
    for m in ISO_RE.finditer(text) if "-" in text else ():
        found.append(DateMatch(m.start(), m.end(), int(m["day"]), int(m["mon"]), int(m["year"]), False))
    for m in DOTTED_RE.finditer(text) if "." in text else ():
        clock = _CLOCK_RE.match(text, m.end())
        end = clock.end() if clock is not None and clock["hour"] is not None else m.end()
        if m["day"] is not None:
            day, month, year = int(m["day"]), int(m["mon"]), int(m["year"])
        else:
            day, month, year = int(m["day2"]), int(m["mon2"]), 2000 + int(m["yy"])
        found.append(DateMatch(m.start(), end, day, month, year, end > m.end()))
    for m in YEAR_FIRST_RE.finditer(text) if "ж" in text or "Ж" in text else ():
        month = day_month_number(m["month"])
        if month is not None:
            found.append(DateMatch(m.start(), m.end(), int(m["day"]), month, int(m["year"]), False))
    for m in SLASHED_RE.finditer(text) if "/" in text or "-" in text else ():
        day_month = day_and_month(int(m["a"]), int(m["b"]))
        if day_month is not None:
            found.append(DateMatch(m.start(), m.end(), *day_month, int(m["year"]), False))
    for m in ROMAN_MONTH_RE.finditer(text) if "I" in text or "V" in text or "X" in text else ():
        month = _ROMAN_MONTHS.index(m["month"]) + 1
        found.append(
            DateMatch(m.start(), m.end(), int(m["day"]), month, int(m["year"]), m["hour"] is not None)
        )
    for rx in (WORDY_RE, MONTH_FIRST_RE):
        for m in rx.finditer(text):
            month = day_month_number(m["month"])
            if month is None:
                continue
            year = int(m["year"]) if m["year"] else None
            found.append(DateMatch(m.start(), m.end(), int(m["day"]), month, year, m["hour"] is not None))
    found.sort(key=lambda d: (d.start, -d.end))
    result: list[DateMatch] = []
    for d in found:
        if result and d.start < result[-1].end:
            continue
        if 1 <= d.day <= 31 and 1 <= d.month <= 12:
            result.append(d)  # a day that does not exist ("31 февраля") is found; its to_date() is None
    return result


# The labels of an update stamp ("Обновлено: ...", "Last updated ..."), in the languages read.
_MODIFIED_LABELS = (
    r"(?:обновлено|обновлен[оа]?|изменено|последнее (?:обновление|изменение)|дата обновления|оновлено"
    r"|останнє оновлення|абноўлена|zaktualizowano|aktualizacja|ostatnia aktualizacja|жаңартылды"
    r"|(?:last\s+)?(?:updated|modified)|last\s+update)\b"
)
MODIFIED_PREFIX_RE = re.compile(rf"^{_MODIFIED_LABELS}\s*:?\s*(?:on\s+|dnia\s+)?", re.I)
# Such a label anywhere in a lower-case text (no IGNORECASE: searching a whole page with it took
# three times as long): where none is, no line of the text opens with one.
MODIFIED_LABEL_RE = re.compile(_MODIFIED_LABELS)
PUBLISHED_PREFIX_RE = re.compile(
    r"^(?:опубликовано|опубликован[оа]?|опубліковано|апублікавана|opublikowano|жарияланды"
    r"|дата публикации|дата публікації|data publikacji|дата|published|posted)\b\s*:?\s*(?:on\s+(?:the\s+)?|dnia\s+)?",
    re.I,
)
# A time zone printed after a time, maybe in brackets: an offset (``+03:00``, ``GMT+3``, ``UTC``),
# an abbreviation (``MSK``, ``МСК``, ``мск``, ``CET``, ``ALMT``: capitals ending in T), or words naming the
# zone's city or its local time (``по Москве``, ``по московскому времени``, ``за київським часом``,
# ``czasu polskiego``, ``Moscow time``). The zone does not move the date: the calendar day is the
# one the page prints.
TIME_ZONE = (
    r"(?:\(\s*)?(?:(?:время\s+)?(?:(?i:UTC|GMT|MSK|MSD|МСК)|[A-Z]{1,4}T)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?"
    r"|Z|[+-]\d\d:?\d\d"
    r"|(?:по|за)\s+(?:[A-ZА-ЯЁІЇЄҐ][^\W\d_]+|[^\W\d_]+\s+(?:времени|часом|часу|часам))"
    r"|czasu\s+[^\W\d_]+|[A-Z][a-z]+\s+time|local\s+time)(?:\s*\))?"
)
_TIME_RE = re.compile(
    rf"^(?:[вo]\s+|о\s+|at\s+|T)?[0-2]?\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
    rf"(?:\s*{TIME_ZONE})?$"
)
# An update stamp after the publication date on the same line: "... 9:14 AM GMT+1 Updated 2 hours
# ago", "14:05 | обновлено 16:20". What follows the label is the update's, not the line's date.
_UPDATE_TAIL_RE = re.compile(
    r"(?:^|[\s|•·,(]+|(?<=[0-9A-Z])(?=Updated|Обновлено|Оновлено))"  # (glued: "GMT+3Updated 2 hours ago")
    r"(?:обновлено|обновлен[оа]?|изменено|оновлено|абноўлена|zaktualizowano"
    r"|aktualizacja|жаңартылды|updated|last\s+updated|modified)\b",
    re.I,
)
_ZONE_RE = re.compile(rf"^{TIME_ZONE}$")  # a zone after a time the date expression took in
# Counters printed beside a date by page widgets: "Просмотров: 120", "Комментарии: 3", "👁 1520".
# Its word may stand before or after the number, in any language read ("2 351 просмотр",
# "Переглядів: 1520", "12 komentarzy", "5 min read").
_COUNTER_WORDS = (
    r"(?:просмотр|комментар|перегляд|коментар|прагляд|каментар|wyświetl|odsłon|komentarz|views?|comments?"
    r"|reads?|👁)\w*"
)
_COUNTER_RE = re.compile(
    rf"^(?:{_COUNTER_WORDS}\s*:?\s*\d[\d\s]*|\d[\d\s]*\s*{_COUNTER_WORDS}|\d+\s*min(?:ute)?s?\s+read)$", re.I
)
# The year's abbreviation after a date in figures ("30.11.2026 г. 16:05", "01.12.2026 ж.", "р.", "r.")
_YEAR_ABBREVIATION_RE = re.compile(r"^(?:г|ж|р|r)\.\s*")
# The label opening a byline ("By", "Автор:", "Autorka:", "Written by")
_BYLINE_LABEL = r"(?:by|автор[ыи]?|аўтар|author|autor(?:ka|zy)?|текст|редактор|рэдактар|written\s+by)\s*:?"
# A byline before the date on its line ("By John Smith, December 5, 2026", "Автор: Анна Ким | 5
# декабря 2026", "Autor: Jan Nowak, 5 grudnia 2026"): its label, then a name of one to five words.
_BYLINE_NAME = r"[^\W\d_][^\W\d_'’.-]*(?:(?:\s+|\.\s*|['’-])[^\W\d_][^\W\d_'’.-]*){0,4}"
# (and up to four names, joined by commas or "and": "By Aziz El Yaakoubi and Joyce Lee")
_BYLINE_RE = re.compile(
    rf"^{_BYLINE_LABEL}\s+{_BYLINE_NAME}"
    rf"(?:(?:\s*,\s*|\s+(?:and|и|і|i|oraz|та|й)\s+){_BYLINE_NAME}){{0,3}}\.?$",
    re.I,
)


def byline_line(line: str) -> bool:
    """Whether ``line`` is a byline alone: its label and a name of one to five words (``By Aida
    Nurmagambetova``, ``Автор: Мария Соколова``, ``Autor: Jan Nowak``), or up to four such names
    joined by commas and "and" (``By Aziz El Yaakoubi and Joyce Lee``), no date."""
    m = _BYLINE_RE.match(line.strip())
    if m is None:
        return False
    # names are capitalised ("By land and sea, China and Russia expand trade" is a headline)
    names = _BYLINE_LABEL_AT_RE.sub("", m.group(), count=1)
    return all(
        w[:1].isupper() or w.lower() in _BYLINE_LOWER_WORDS
        for w in re.split(r"[\s,]+", names.strip(" ."))
        if w
    )


_BYLINE_LABEL_AT_RE = re.compile(rf"^{_BYLINE_LABEL}", re.I)
# the words of a byline in lower case: its joins and the particles of names ("Aziz El Yaakoubi and
# Joyce Lee", "Ludwig van Beethoven", "Maria da Silva")
_BYLINE_LOWER_WORDS = frozenset(
    {
        "and",
        "и",
        "і",
        "i",
        "oraz",
        "та",
        "й",
        "van",
        "von",
        "der",
        "de",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "bin",
        "al",
        "el",
        "staff",
        "reporters",
    }
)


# The start of a byline: the date after its names may stand past the first 32 characters ("By Aida
# Nurmagambetova, December 1, 2026", "Автор: Анна Ли и Дана Омиргазы | 1 декабря 2026")
_BYLINE_LEAD_RE = re.compile(rf"{_BYLINE_LABEL}\s", re.I)
# The source of a story after its date line's date ("| Источник: ТАСС", "| Źródło: PAP")
_SOURCE_RE = re.compile(
    r"^(?:источник|джерело|крыніца|źródło|source|дереккөз)\s*:\s*[^\W\d_][^|]{0,40}$", re.I
)
# A rubric before the date ("Экономика, 29 ноя 2026, 14:05"): one or two words, no figures
_RUBRIC_RE = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)?$")
# The publication date after an update stamp on one line ("Updated: Dec 1, 2026 | Published: Nov
# 30, 2026", "Обновлено 01.12.2026 10:15 | Опубликовано 30.11.2026 23:55")
_PUBLISHED_AFTER_RE = re.compile(
    r"\s*[|,;•·]\s*(?=(?:опубликовано|опубліковано|апублікавана|opublikowano|жарияланды|published|posted)\b)",
    re.I,
)


# An author's name before the publication label on the date's line, set off by a dash, a bar, a
# bullet or a comma ("Олена Коваль — Опубліковано: 2 грудня 2026, 18:40", "By Anna Lee |
# Published: December 2, 2026"): one to four words, maybe after a byline's label
_AUTHOR_BEFORE_LABEL_RE = re.compile(
    rf"^(?:{_BYLINE_LABEL}\s+)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){{0,3}}\s*[—–|·•,]\s*"
    r"(?=(?:опубликовано|опубліковано|апублікавана|opublikowano|жарияланды|published|posted)\b)",
    re.I,
)


# A year glued to the time after it by a page's widgets: "20252:35 PM", "202514:35".
_GLUED_YEAR_TIME_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([01]?\d:[0-5]\d|2[0-3]:[0-5]\d)(?!\d)")


def date_line(line: str, year_optional: bool = False) -> tuple[DateMatch, str] | None:
    """A line that is only a date in a language read (optionally a time and its time zone,
    ``TIME_ZONE``: ``28.11.2026 23:55 (МСК)``, ``23:55 по Москве``, ``GMT+3``, ``9:14 AM``; a
    "published"/"updated" label; an update stamp after the date, ``Updated 2 hours ago``, which is
    left aside; or the same date printed twice by glued widgets): ``(date, role)``, role ``"published"`` or ``"modified"``
    (the line is labelled as an update: "Обновлено: 14.06.2024 09:12"). ``None`` for anything
    else. A line naming a weekday is the page header's "today" date and is refused. A date with no
    year (``5 декабря, 14:20``) makes no date line unless ``year_optional``.
    """
    stripped = line.strip()
    if not stripped or (len(stripped) > 80 and not _long_for_its_update(stripped)):
        return None  # (before the glued widgets are set apart, which only makes a line longer)
    stripped = _GLUED_YEAR_TIME_RE.sub(r"\1 \2", stripped)  # "March 12, 20252:35 PM": glued widgets
    if (author := _AUTHOR_BEFORE_LABEL_RE.match(stripped)) is not None:
        stripped = stripped[author.end() :]  # "Олена Коваль — Опубліковано: 2 грудня 2026"
    head = stripped if _BYLINE_LEAD_RE.match(stripped) else stripped[:32]
    if (len(stripped) > 80 and not _long_for_its_update(stripped)) or not any(map(str.isdigit, head)):
        return None  # date lines are short, with a number near the start (after a byline's names)
    if WEEKDAY_RE.search(stripped):
        return None
    role = "published"
    if m := MODIFIED_PREFIX_RE.match(stripped):
        if (published := _PUBLISHED_AFTER_RE.search(stripped, m.end())) is not None:
            # the publication date the line states
            return date_line(stripped[published.end() :], year_optional)
        role, stripped = "modified", stripped[m.end() :]
    elif m := PUBLISHED_PREFIX_RE.match(stripped):
        stripped = stripped[m.end() :]
    if role == "published" and (tail := _UPDATE_TAIL_RE.search(stripped, 1)):
        stripped = stripped[: tail.start()]
    dates = find_dates(stripped)
    if not dates or (dates[0].year is None and not year_optional):
        return None
    if any(
        (d.day, d.month, d.year or dates[0].year) != (dates[0].day, dates[0].month, dates[0].year)
        for d in dates
    ):
        return None  # two different dates: not a publication date line
    rest, pos = [], 0
    for d in dates:
        rest.append(stripped[pos : d.start])
        pos = d.end
    rest.append(stripped[pos:])
    for k, chunk in enumerate(rest):
        for idx, piece in enumerate(re.split(r"\s+[|•·]\s+|\s*\|\s*", chunk)):
            piece = piece.strip(" ,|-–—/•·")
            if k > 0:
                piece = _YEAR_ABBREVIATION_RE.sub("", piece).strip(" ,|-–—/•·")
                if idx > 0 and (
                    _BYLINE_RE.match(piece)
                    or _RUBRIC_RE.match(piece)
                    or _SOURCE_RE.match(piece)
                    or is_issue_line(piece)
                ):
                    # set off after the date by a bar or a bullet: a byline, a rubric, the source or
                    # the issue it was printed in ("5 декабря 2026, 14:20 | Автор: Ольга Михайлова",
                    # "Dec 5, 2026 | World", "... | Источник: ТАСС", "05.12.2026, 00:15 | Газета
                    # «Коммерсантъ» №227, стр. 9")
                    continue
            if not piece or (
                # a rubric before the date: "Политика, 1 декабря 2026", "Экономика · 1 декабря 2026"
                k == 0 and _RUBRIC_RE.match(piece) and chunk.rstrip().endswith((",", "|", "·", "•", "—", "–"))
            ):
                continue
            if k == 0 and _BYLINE_RE.match(piece):  # "By John Smith, December 5, 2026"
                continue
            if not (_TIME_RE.match(piece) or _ZONE_RE.match(piece) or _COUNTER_RE.match(piece)):
                return None
    return dates[0], role


def _long_for_its_update(line: str) -> bool:
    """Whether a line longer than a date line is one only by what follows an update stamp after
    its date (``Опубликовано: 29 ноября 2026 | Обновлено: 1 декабря 2026 | Автор: Тимур
    Абдуллаев``): the part before the stamp is short and opens as a date line does."""
    tail = _UPDATE_TAIL_RE.search(line, 1)
    return tail is not None and tail.start() <= 80 and len(line) <= 200


def trailing_update(line: str) -> DateMatch | None:
    """The date of the update stamp after a publication date line's date (``15:43 01.12.2026
    (обновлено: 17:02 01.12.2026)``, ``December 1, 2026 Updated December 2, 2026``), when the line
    is a date line (``date_line``) and the stamp names a day with its year; ``None`` otherwise
    (``Updated 2 hours ago`` names no day)."""
    return _update_after(line, date_line(line))


def _update_after(line: str, found: tuple[DateMatch, str] | None) -> DateMatch | None:
    """``trailing_update(line)``, given ``found``, the ``date_line(line)``."""
    if found is None or found[1] != "published":
        return None
    stripped = line.strip()
    tail = _UPDATE_TAIL_RE.search(stripped, 1)
    if tail is None:
        return None
    dates = [d for d in find_dates(stripped[tail.end() :]) if d.year is not None]
    return dates[0] if dates else None


# A newspaper's issue line: an issue noun and its number (``Федеральный выпуск № 276(9861)``,
# ``Газета «Коммерсантъ» №214 от 25.11.2026, стр. 6``, ``Wydanie nr 231 (12345)``, ``Issue No. 48``),
# a line of its own: the edition the page reprints, no headline and no text
_ISSUE_LINE_RE = re.compile(
    r"(?:(?:[«\"“„]?[^\W\d_][\w«»\"“”'’.-]*|[—–-])\s+){0,5}?(?:№|No\.?|Nr\.?)\s*\d+(?:[/-]\d+)?"
    r"(?:\s*\((?P<total>\d{1,3}(?:[\s\u202f]\d{3})+|\d+)\))?"
    r"(?:\s+(?:от|від|ад|z|of)\s+(?P<day>\d{1,2}[./]\d{1,2}[./]\d{2,4}))?"
    r"(?:,?\s*(?:стр|с|s|p|pp)\.\s*\d+(?:[-–]\d+)?)?[.\s]*",
    re.I,
)
_ISSUE_NOUN_RE = re.compile(
    r"(?<![^\W\d_])(?:выпуск|номер|випуск|нумар|wydanie|numer|issue|edition|газета|газеты|журнал|gazeta)(?![^\W\d_])",
    re.I,
)


def is_issue_line(line: str) -> bool:
    """Whether ``line`` is a newspaper's issue line: 80 characters at most, the whole line a few
    words, a number sign and the issue's number (``_ISSUE_LINE_RE``: maybe the total number in
    brackets, the day, the page), with an issue noun (``_ISSUE_NOUN_RE``: ``указ № 123`` is none)
    or the total number of issues in brackets (``№ 287 (31 544)``)."""
    s = line.strip()
    return (
        len(s) <= 80
        and (m := _ISSUE_LINE_RE.fullmatch(s)) is not None
        and (m["total"] is not None or _ISSUE_NOUN_RE.search(s) is not None)
    )


# the bar or bullet between an issue's date and its number on one line
_ISSUE_PARTS_RE = re.compile(r"\s*[|•·]\s*")


def issue_day(line: str) -> date | None:
    """The day a newspaper's issue line dates its issue: the day after its number (``Газета
    «Коммерсантъ» №226 от 03.12.2026, стр. 9``), or a date line set off from the issue line by a
    bar or a bullet, maybe naming its weekday (``Пятница, 4 декабря 2026 года | № 287 (31 544)``,
    ``Nr 231 (12345) · 4 grudnia 2026``): the publication day of the issue's articles. None for
    a line that is no issue line or names no day (or one that does not exist)."""
    s = line.strip()
    if not is_issue_line(s):
        parts = _ISSUE_PARTS_RE.split(s)
        if len(parts) != 2 or len(s) > 100:
            return None
        for dated, issue in (parts, parts[::-1]):
            if is_issue_line(issue) and (days := line_days(WEEKDAY_RE.sub("", dated).strip(" ,"))):
                return days[0]
        return None
    if (m := _ISSUE_LINE_RE.fullmatch(s)) is None or m["day"] is None:
        return None
    found = find_dates(m["day"])
    return found[0].to_date() if found and found[0].year is not None else None


def line_days(line: str) -> tuple[date | None, date | None] | None:
    """The days a date line gives a page, ``(published, modified)``: a line labelled as an update
    gives only ``modified``; a publication date line gives ``published`` and, when an update stamp
    naming a day follows its date, that day as ``modified``. ``None`` for a line that is no date
    line (``date_line``); a day that does not exist (31.02.2026) is None in its place."""
    found = date_line(line)
    if found is None:
        return None
    day = found[0].to_date()
    if found[1] == "modified":
        return None, day
    stripped = line.strip()
    if (m := MODIFIED_PREFIX_RE.match(stripped)) and (
        published := _PUBLISHED_AFTER_RE.search(stripped, m.end())
    ):
        update = date_line(stripped[m.end() : published.start()])  # the update stamp the line opens with
        return day, update[0].to_date() if update is not None else None
    stamp = _update_after(line, found)
    return day, stamp.to_date() if stamp is not None else None


def is_date_line(line: str) -> DateMatch | None:
    """The date of a line that is only a publication date (see ``date_line``); ``None`` for an
    update stamp or any other line."""
    found = date_line(line)
    return found[0] if found and found[1] == "published" else None


# A page's statement of when it was published, in its footer or under its text: "Материал
# опубликован 02.12.2026 в 09:15.", "Статья опубликована 3 декабря 2026 года", "Матеріал
# опубліковано 3 грудня 2026 р.", "Artykuł opublikowano 3 grudnia 2026", "This article was first
# published on December 3, 2026." The date follows the verb at once.
_STATEMENT_RE = re.compile(
    r"^(?:(?:материал|статья|новость|публикация|текст|матеріал|стаття|новина|публікація|матэрыял|артыкул"
    r"|навіна|materiał|artykuł|tekst|wiadomość|(?:this\s+)?(?:article|story|report))\s+)?"
    r"(?:был[аио]?\s+|було\s+|быў\s+|была\s+|został[aoy]?\s+|was\s+)?(?:впервые\s+|first\s+|вперше\s+)?"
    r"(?:опубликован[аоы]?|опублікован[аоий]?|опубліковано|апублікаван[аыо]?|opublikowan[yaoe]|opublikowano"
    r"|published|posted)\s+(?:on\s+(?:the\s+)?|dnia\s+)?",
    re.I,
)
# the verbs of those statements, wherever they stand: a text holding none states no day it was
# published (what callers search a whole page for before reading it line by line)
PUBLISHED_VERB_RE = re.compile(r"опублик|опублік|апублік|opublikow|published|posted", re.I)
# what may follow the stated date: its time, the end of the sentence or of the line
_STATEMENT_END_RE = re.compile(r"(?:\s*(?:г\.|года|р\.|року|r\.|roku))?\s*(?:[.;,]|$)")


def publication_statement(line: str) -> date | None:
    """The day a line opening with a statement of publication gives (``Материал опубликован
    02.12.2026 в 09:15. При перепечатке ...``, ``Artykuł opublikowano 3 grudnia 2026``), the date
    with its year right after the verb and ending its clause; None for any other line (``Материал
    опубликован в газете ...`` names no day)."""
    m = _STATEMENT_RE.match(line.strip())
    if m is None:
        return None
    rest = line.strip()[m.end() :]
    found = find_dates(rest)
    if not found or found[0].start != 0 or found[0].year is None:
        return None
    if _STATEMENT_END_RE.match(rest, found[0].end) is None:
        return None
    return found[0].to_date()
