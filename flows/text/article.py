"""Scraped article text -> metadata and the body's position in it.

The body is one contiguous span ``text[body_start:body_end]`` of the normalized page text, so
every offset computed on the body points into stored text: ``body_start + offset``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from flows.text.dates import DateMatch, find_dates, is_date_line

# A scraper header line: " date 2025-11-14 <title> news.by <image srcset URLs>"
SCRAPER_HEADER_RE = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\s+(?P<title>.+?)\s+"
    r"(?P<site>(?:[a-z0-9-]+\.)+(?:by|ru|kz|com|net|org|info|expert|su|ua|uz|kg|am|az|ge|md|io|news))"
    r"(?:\s+(?P<rest>https?://.*))?\s*$",
    re.I,
)
# An agency dateline opening the body: "27 февраля, Минск /Корр. БЕЛТА/."
DATELINE_RE = re.compile(
    r"^(?P<day>[0-3]?\d)\s+(?P<month>[а-яё]+),\s+(?P<place>[А-ЯЁ][\w\- ]{1,40}?)\s*/\s*(?:Корр\.\s*)?"
    r"(?P<agency>[А-ЯЁA-Z][\w\-\. ]{1,30}?)\s*/",
    re.M,
)
# Lines at which the article has ended and page furniture begins.
END_MARKERS_RE = re.compile(
    r"^\s*(?:Комментарии|Комментарии\s*\(\d+\)|Фото\s|Фото:|Видео:|Новости рубрики|Топ-новости|Свежие новости"
    r"|Читайте (?:также|актуальные|нас)|Подробнее\b.*\bчитайте\b|Поделиться|Теги:|Источник:|Похожие новости"
    r"|Смотрите также|Материалы по теме|Популярное|Реклама|Подпишитесь|Еще по теме|Ещё по теме)",
    re.I,
)
AGENCY_END_RE = re.compile(r"\s*-0-\s*$")
SELF_NAME_RE = re.compile(r"(?:Telegram|Телеграм)[-\s]?канал[еау]?\s+«(?P<name>[^»]{2,40})»", re.I)
CORR_RE = re.compile(r"/\s*Корр\.\s*(?P<name>[А-ЯЁA-Z][\w\-\.]{1,20})\s*/")
PASSES_RE = re.compile(r"передает\s+(?:корреспондент\s+)?(?P<name>[А-ЯЁ]{3,}|«[^»]{2,30}»)")
URL_LINE_RE = re.compile(r"^\s*(?:url|source|link)\s*:\s*(?P<url>https?://\S+)", re.I | re.M)
WORD_RE = re.compile(r"\w+")
CHROME_LINE_RE = re.compile(r"°[CС]|\bhttps?://|\b(?:погода|курсы валют)\b", re.I)


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    title: str | None
    published_date: date | None
    publisher: str | None
    url: str | None
    body_start: int
    body_end: int


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _words(s: str) -> int:
    return len(WORD_RE.findall(s))


def _dateline_date(text: str, body_start: int, dates: list[DateMatch]) -> date | None:
    """Year for a day-month dateline: a full date with the same day and month, else the latest year seen."""
    m = DATELINE_RE.match(text, body_start)
    if not m:
        return None
    day_month = [d for d in find_dates(text[m.start() : m.end()]) if d.year is None]
    if not day_month:
        return None
    dm = day_month[0]
    same = [d for d in dates if d.year and (d.day, d.month) == (dm.day, dm.month)]
    if same:
        return dm.to_date(same[0].year)
    return None


def body_id(body: str) -> str:
    """Identity of an article: a hash of its whitespace-normalized body."""
    key = " ".join(body.split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def parse_scraped_text(text: str) -> ArticleMeta:
    """Find title, publication date, publisher and body boundaries of a scraped page (normalized text)."""
    lines = _lines(text)
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    first_content = 0  # index of the first line after the header/title block

    header = SCRAPER_HEADER_RE.match(text[lines[0][0] : lines[0][1]]) if lines else None
    if header:
        title = header["title"].strip()
        publisher = header["site"]
        published = date.fromisoformat(header["date"])
        first_content = 1
    else:
        # A date-only line near the top is the publication date; the next substantial line the title.
        head = lines[:40]
        date_line = next(((i, d) for i, (s, e) in enumerate(head) if (d := is_date_line(text[s:e]))), None)
        if date_line is not None:
            published = date_line[1].to_date()
        for i in range(date_line[0] + 1 if date_line else 0, len(head)):
            line = text[head[i][0] : head[i][1]]
            if DATELINE_RE.match(line):
                break
            if _words(line) >= 4 and not find_dates(line) and not CHROME_LINE_RE.search(line):
                title = line.strip()
                first_content = i + 1
                break

    # Body start: the first paragraph-like line after the title block.
    start_line = None
    for i in range(first_content, len(lines)):
        s, e = lines[i]
        line = text[s:e].strip()
        if not line or line.startswith("/") or (title and line.strip(" /") == title):
            continue
        if _words(line) >= 8 or DATELINE_RE.match(line):
            start_line = i
            break
    if start_line is None:
        # No paragraph after the "title": a text of one paragraph is all body, no title.
        for i in range(len(lines)):
            s, e = lines[i]
            if _words(text[s:e]) >= 8:
                start_line, title = i, None
                break
    if start_line is None:
        return ArticleMeta(title, published, publisher, None, 0, 0)
    body_start = lines[start_line][0]

    # Body end: the first page-furniture line after the start, or the agency end marker "-0-".
    end_line = len(lines)
    for i in range(start_line + 1, len(lines)):
        s, e = lines[i]
        if END_MARKERS_RE.match(text[s:e]):
            end_line = i
            break
    body_end = lines[end_line - 1][1]
    for i in range(start_line, end_line):
        s, e = lines[i]
        if m := AGENCY_END_RE.search(text, s, e):
            body_end = m.start()
            break
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1

    if published is None:  # only then is the whole page scanned for dates
        published = _dateline_date(text, body_start, find_dates(text))

    if publisher is None:
        for rx in (SELF_NAME_RE, CORR_RE, PASSES_RE):
            if m := rx.search(text):
                publisher = m["name"].strip("«»")
                break
    url_match = URL_LINE_RE.search(text)
    return ArticleMeta(
        title, published, publisher, url_match["url"] if url_match else None, body_start, body_end
    )
