"""Russian and ISO date expressions: find them, tell a publication date from page chrome."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_MONTH_WORD = (
    r"(?P<month>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
)
WEEKDAY_RE = re.compile(
    r"\b(понедельник|вторник|среда|среду|четверг|пятница|пятницу|суббота|субботу|воскресенье)\b", re.I
)
ISO_RE = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?![\d])")
DOTTED_RE = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d])")
WORDY_RE = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)\s+{_MONTH_WORD}(?:\s+(?P<year>(?:19|20)\d\d))?(?:\s*(?:г\.|года|г\b))?"
    r"(?:,?\s*(?:в\s+)?(?P<hour>[0-2]?\d):(?P<minute>[0-5]\d))?",
    re.I,
)


def month_number(word: str) -> int:
    w = word.lower()
    if w.startswith("ма") and w not in {"март", "марта"}:
        return 5
    for stem, number in MONTHS.items():
        if stem != "ма" and w.startswith(stem):
            return number
    raise ValueError(f"not a month: {word!r}")


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


def find_dates(text: str) -> list[DateMatch]:
    """All date expressions in ``text``, in order, without overlaps."""
    found: list[DateMatch] = []
    for m in ISO_RE.finditer(text):
        found.append(DateMatch(m.start(), m.end(), int(m["day"]), int(m["mon"]), int(m["year"]), False))
    for m in DOTTED_RE.finditer(text):
        found.append(DateMatch(m.start(), m.end(), int(m["day"]), int(m["mon"]), int(m["year"]), False))
    for m in WORDY_RE.finditer(text):
        year = int(m["year"]) if m["year"] else None
        found.append(
            DateMatch(
                m.start(), m.end(), int(m["day"]), month_number(m["month"]), year, m["hour"] is not None
            )
        )
    found.sort(key=lambda d: (d.start, -d.end))
    result: list[DateMatch] = []
    for d in found:
        if result and d.start < result[-1].end:
            continue
        if 1 <= d.day <= 31 and 1 <= d.month <= 12:
            result.append(d)
    return result


def is_date_line(line: str) -> DateMatch | None:
    """A line that is only a date (optionally with a time): how sites print the publication date.

    A line naming a weekday is the page header's "today" date and is refused.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 80 or not any(c.isdigit() for c in stripped[:24]):
        return None  # date lines are short, with a number near the start
    if WEEKDAY_RE.search(stripped):
        return None
    dates = find_dates(stripped)
    if len(dates) != 1 or dates[0].year is None:
        return None
    rest = (stripped[: dates[0].start] + stripped[dates[0].end :]).strip(" ,|-–—/")
    rest = re.sub(r"^(?:опубликовано|дата публикации|обновлено)\s*:?\s*", "", rest, flags=re.I)
    rest = re.sub(r"^[0-2]?\d:[0-5]\d$", "", rest)
    return dates[0] if not rest else None
