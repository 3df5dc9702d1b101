"""Inputs (files, fetched pages) -> articles ready to load, or a specific reason why not.

Nothing here raises for bad input: every input ends as articles or as a rejection with a reason.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

from flows.ingest.markup import holds_html, html_fragment_text, root_name
from flows.text.analyze import BodyAnalysis, analyze_bodies
from flows.text.article import (
    WORD_RE,
    body_id,
    collected_dateline_date,
    cut_body_end,
    cut_read_also_block,
    drop_read_also,
    drop_service_lines,
    is_chrome_line,
    is_prose_line,
    opening_agency,
    opening_dateline_date,
    parse_scraped_text,
)
from flows.text.dates import (
    MODIFIED_LABEL_RE,
    MODIFIED_PREFIX_RE,
    TIME_ZONE,
    date_line,
    day_and_month,
    day_first_dates,
    day_first_document,
    day_month_number,
    find_dates,
    line_days,
)
from flows.text.decode import Undecodable, decode_bytes, normalize_text
from flows.text.language import detect_language
from flows.text.numbers.resolve import preload as preload_numbers
from flows.text.people.words import preload as preload_people_words

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# The JSON keys read from an article object, by field, first found wins: Dyad's own names, then
# the key sets of well-known exports, never a guess from other keys. schema.org ``NewsArticle``
# (JSON-LD: ``headline``, ``articleBody``, ``datePublished``, ``dateModified``, ``publisher.name``,
# ``url`` / ``mainEntityOfPage``); newspaper3k (``publish_date``); news-please (``maintext``,
# ``date_publish``, ``date_modify``, ``source_domain``). Keys such as ``author`` / ``authors`` and
# ``inLanguage`` are accepted and not stored (the language is detected from the text).
JSON_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "articleBody", "maintext"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url", "mainEntityOfPage"),
    "published": (
        "published",
        "published_at",
        "pubDate",
        "date",
        "pub_date",
        "datetime",
        "created_at",
        "created",
        "issued",
        "datePublished",
        "publish_date",
        "date_publish",
    ),
    "modified": (
        "modified",
        "updated",
        "updated_at",
        "modified_at",
        "date_modified",
        "dateModified",
        "date_modify",
        "changed",
    ),
    "publisher": ("publisher", "source", "site", "site_name", "sitename", "agency", "source_domain"),
}
TEXT_FIELDS = JSON_FIELDS["text"]
TITLE_FIELDS = JSON_FIELDS["title"]
URL_FIELDS = JSON_FIELDS["url"]
DATE_FIELDS = JSON_FIELDS["published"]
MODIFIED_FIELDS = JSON_FIELDS["modified"]
PUBLISHER_FIELDS = JSON_FIELDS["publisher"]


def kind_of(name: str, content_type: str | None = None) -> str:
    """The input kind (``html``, ``json``, ``jsonl`` or ``txt``) of a file name or URL, and of
    the ``Content-Type`` it was served with, when it was fetched.

    A content type decides between HTML, JSON and text; the name's suffix tells JSON Lines
    from JSON (a URL's query and fragment are not part of its name). Without a content type the
    suffix decides: anything not HTML or JSON is text."""
    path = urlsplit(name).path if name.lower().startswith(("http://", "https://")) else name
    suffix = Path(path).suffix.lower()
    if content_type is not None:
        ct = content_type.lower()
        if "html" in ct:
            return "html"
        if "json" in ct:
            return "jsonl" if suffix in JSONL_SUFFIXES else "json"
        return "txt"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "txt"


@dataclass(frozen=True, slots=True)
class InputItem:
    source_uri: str
    kind: str
    path: str | None = None  # read from disk when set
    content: bytes | None = None  # already fetched
    size_bytes: int | None = None
    mtime_ns: int | None = None
    inode: int | None = None  # of a file, as stat-ed (raw.file_manifest.inode)
    content_hash: str | None = None
    feed_title: str | None = None  # title of the feed item the page was found in
    feed_published: str | None = None  # that item's date as the feed states it (RFC 822 or ISO 8601)


@dataclass(slots=True)
class ParsedArticle:
    article_id: str
    source_uri: str
    raw_text: str
    body: str
    body_start: int | None  # None when the body is not a verbatim span of raw_text (HTML, JSON,
    # a text page whose body held a service line: flows.text.article.drop_service_lines)
    body_end: int | None
    title: str | None
    published_date: date | None
    publisher: str | None
    url: str | None
    language: str | None
    analysis: BodyAnalysis | None  # None once its rows are written out (flows.ingest.staging)
    published_date_source: str = "none"  # header, dateline, html meta, feed, json, url or none
    modified_date: date | None = None  # when the page says it was last updated


@dataclass(slots=True)
class ParseResult:
    item: InputItem
    content_hash: str | None = None
    encoding: str | None = None
    had_errors: bool = False
    articles: list[ParsedArticle] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (source_uri, reason)
    deferred: str | None = None  # why the input is left for the next run (it changed while read)
    item_idx: int = -1  # position of the input in its batch (set by flows.ingest.staging)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _first(obj: dict, names: tuple[str, ...], inner_names: tuple[str, ...] = ("name", "title")) -> str | None:
    """The first of the fields ``names`` that holds a non-blank string, directly or as one of
    ``inner_names`` of an object (schema.org: ``{"publisher": {"name": ...}}``, ``{"mainEntityOfPage":
    {"@id": ...}}``)."""
    for name in names:
        value = obj.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, dict):
            for inner_name in inner_names:
                inner = value.get(inner_name)
                if isinstance(inner, str) and inner.strip():
                    return inner.strip()
    return None


# What a text or title field may hold instead of a string: an object whose rendered text is one of
# these keys (WordPress's REST API: ``{"content": {"rendered": "<p>..."}}``; Drupal's JSON:API:
# ``{"body": {"value": ..., "processed": ...}}``).
_RENDERED_KEYS = ("rendered", "value", "processed")

# How deep below an object without a text field the article may be nested (an envelope such as
# JSON:API's ``{"data": {"attributes": {...}}}``, ``{"response": {"items": [...]}}``, a search
# index's ``{"hits": {"hits": [{"_source": {...}}]}}``).
_ENVELOPE_DEPTH = 4


def _text_of(obj: dict) -> str | None:
    """The article text an object holds: its first text field (``TEXT_FIELDS``) that is a
    non-blank string or an object whose ``_RENDERED_KEYS`` holds one; else the first that holds
    the text as blocks (``_blocks_text``)."""
    found = _first(obj, TEXT_FIELDS, _RENDERED_KEYS)
    if found is not None:
        return found
    for name in TEXT_FIELDS:
        if (joined := _blocks_text(obj.get(name))) is not None:
            return joined
    return None


# The list of blocks a headless CMS writes an article's text as: the field itself, or its
# "blocks" ({"content": {"blocks": [{"type": "paragraph", "text": ...}]}}, Editor.js's {"blocks":
# [{"type": "paragraph", "data": {"text": ...}}]}, {"body": [{"type": "text", "value": ...}]}).
_BLOCK_LIST_KEYS = ("blocks", "paragraphs", "items", "children")
# A block's text: itself when a string, else one of these keys, directly or under "data"
_BLOCK_TEXT_KEYS = ("text", "html", "content", "value", "body")
# Blocks that hold no text of the article: media, embeds, teasers of other stories
_NON_TEXT_BLOCKS = frozenset(
    {
        "image",
        "photo",
        "picture",
        "video",
        "audio",
        "embed",
        "gallery",
        "related",
        "teaser",
        "ad",
        "advert",
        "banner",
    }
)


def _blocks_text(value: object) -> str | None:
    """The paragraphs of a text field written as blocks, one per line pair, in order: a list of
    strings or of block objects, or an object holding such a list (``_BLOCK_LIST_KEYS``); blocks
    of media, embeds and teasers (``_NON_TEXT_BLOCKS``) are left out. None when the value holds no
    such list or no block with text."""
    if isinstance(value, dict):
        value = next((value[k] for k in _BLOCK_LIST_KEYS if isinstance(value.get(k), list)), None)
    if not isinstance(value, list):
        return None
    paragraphs = []
    for block in value:
        if isinstance(block, str):
            text = block
        elif isinstance(block, dict):
            if str(block.get("type", "")).lower() in _NON_TEXT_BLOCKS:
                continue
            data = block.get("data") if isinstance(block.get("data"), dict) else block
            text = next((data[k] for k in _BLOCK_TEXT_KEYS if isinstance(data.get(k), str)), "")
        else:
            continue
        if text.strip():
            paragraphs.append(text.strip())
    return "\n\n".join(paragraphs) or None


def json_articles(value: object) -> list[object]:
    """The objects holding articles in a decoded JSON value: the value itself (each item of a list)
    when it holds a text field (``_text_of``); else the objects holding one that lie nearest below
    it, within ``_ENVELOPE_DEPTH`` levels of objects and lists (an export's envelope: ``{"data":
    {"attributes": {...}}}``, ``{"items": [...]}``), in document order, each with the publisher
    field of the nearest object above it that names one when it names none (``{"source": "ТАСС",
    "items": [...]}``); nothing else of an envelope (its title, date or address are a feed's, not
    an article's). A value holding none is returned as it is, to be rejected with its reason."""
    values = value if isinstance(value, list) else [value]
    out: list[object] = []
    for item in values:
        if not isinstance(item, dict) or _text_of(item) is not None:
            out.append(item)
            continue
        found = _nested_articles(item)
        out.extend(found or [item])
    return out


def _nested_articles(root: dict) -> list[dict]:
    """``json_articles`` below ``root``: the shallowest level that holds an object with a text
    field, breadth first."""
    level: list[tuple[object, str | None]] = [(root, _first(root, PUBLISHER_FIELDS))]
    for _ in range(_ENVELOPE_DEPTH):
        below: list[tuple[object, str | None]] = []
        for node, publisher in level:
            children = node.values() if isinstance(node, dict) else node
            for child in children:
                if isinstance(child, dict):
                    below.append((child, _first(child, PUBLISHER_FIELDS) or publisher))
                elif isinstance(child, list):
                    below.append((child, publisher))
        found = [
            node if publisher is None or _first(node, PUBLISHER_FIELDS) else {**node, "publisher": publisher}
            for node, publisher in below
            if isinstance(node, dict) and _text_of(node) is not None
        ]
        if found:
            return found
        level = below
        if not level:
            break
    return []


def _first_date(obj: dict, names: tuple[str, ...]) -> str | int | float | None:
    """The first of the fields ``names`` that states a date: a non-blank string, or a number (a
    Unix time); else the first such field of an object of dates (``{"dates": {"published":
    ..., "updated": ...}}``)."""
    for name in names:
        value = obj.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip():
            return value.strip()
    for holder in _DATE_HOLDERS:
        inner = obj.get(holder)
        if isinstance(inner, dict) and (found := _first_date(inner, names)) is not None:
            return found
    return None


def _source_url(obj: dict) -> str | None:
    """The address a publisher object of ``obj`` gives (``{"source": {"name": ..., "url": ...}}``);
    None when its publisher fields are no objects or give none."""
    for name in PUBLISHER_FIELDS:
        value = obj.get(name)
        if isinstance(value, dict) and (url := _first(value, ("url", "link"), ())) is not None:
            return url
    return None


# Objects that group an article's dates under one key
_DATE_HOLDERS = ("dates", "timestamps", "time", "meta")


_RU_NAMES = {
    # RFC 822 dates with Russian day and month names ("Пн, 6 мая 2019 12:00:00 +0300")
    "пн": "Mon",
    "вт": "Tue",
    "ср": "Wed",
    "чт": "Thu",
    "пт": "Fri",
    "сб": "Sat",
    "вс": "Sun",
}
_RFC822_RE = re.compile(
    r"^(?:[^\W\d_]{2,12}\.?,\s*)?(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]{3,9}\.?)\s+(?P<year>\d{4})"
    r"(?:\s+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?(?:\s+(?P<zone>[+-]\d{4}|[A-Z]{1,5}))?\s*$"
)
_EN_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}


_NUMERIC_YMD_RE = re.compile(
    r"^(?P<year>(?:19|20)\d\d)[./-](?P<month>\d{1,2})[./-](?P<day>\d{1,2})(?P<rest>.*)$"
)
_NUMERIC_DMY_RE = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?!\d)(?P<rest>.*)$"
)
_WORDY_DMY_RE = re.compile(
    r"^(?:[^\W\d_]{2,12}\.?,?\s+)?(?P<day>\d{1,2})\.?\s+(?P<month>[^\W\d_]{3,12}\.?),?\s+(?P<year>(?:19|20)\d\d)(?P<rest>.*)$"
)
_WORDY_MDY_RE = re.compile(
    r"^(?:[^\W\d_]{2,12}\.?,?\s+)?(?P<month>[^\W\d_]{3,12}\.?)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>(?:19|20)\d\d)(?P<rest>.*)$",
    re.I,
)
# What may follow the date of a metadata field: a year word, a time, a zone (``TIME_ZONE``).
_DATE_REST_RE = re.compile(
    r"^(?:\s*(?:г\.?|года|р\.|r\.|ж\.))?(?:,?\s*(?:в|о|at|o|T)?\s*[0-2]?\d[:.][0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
    rf"\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*(?:{TIME_ZONE}|[A-Z]{{1,5}}(?:[+-]\d{{1,2}})?)?\s*$"
)
_EPOCH_RE = re.compile(r"^(?P<digits>\d{10}|\d{13})(?:\.\d+)?$")
_EPOCH_MIN = 631152000  # 1990-01-01: a smaller count of seconds is no publication time


def _epoch_date(value: float) -> date | None:
    """The UTC date of a Unix time in seconds (10 digits) or milliseconds (13 digits); None for
    any other number, or a time before 1990 or more than two days ahead."""
    seconds = value / 1000 if value >= 10**11 else value
    now = datetime.now(UTC).timestamp()
    if not _EPOCH_MIN <= seconds <= now + 2 * 86400:
        return None
    return datetime.fromtimestamp(seconds, UTC).date()


def _two_digit_year(yy: int) -> int:
    """A year written with two digits: this century's up to this year, else the last century's."""
    this = datetime.now(UTC).year
    return 2000 + yy if 2000 + yy <= this else 1900 + yy


def _ymd(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric_date(value: str) -> date | bool | None:
    """A date of digits: ``2026/11/30``, ``2026.11.30``; ``30.11.2026``, ``30.11.26`` (dots: day
    first); ``30/11/2026`` or ``11/30/2026`` when one of the two numbers exceeds 12 (or they are
    equal); False when the value is not such a date, None when it is one that names no day
    unambiguously (``05/11/2026``) or no day at all (``31.02.2026``)."""
    if m := _NUMERIC_YMD_RE.match(value):
        return (
            _ymd(int(m["year"]), int(m["month"]), int(m["day"])) if _DATE_REST_RE.match(m["rest"]) else False
        )
    m = _NUMERIC_DMY_RE.match(value)
    if m is None or not _DATE_REST_RE.match(m["rest"]):
        return False
    a, b = int(m["a"]), int(m["b"])
    year = int(m["year"]) if len(m["year"]) == 4 else _two_digit_year(int(m["year"]))
    if m["sep"] == ".":
        return _ymd(year, b, a)
    day_month = day_and_month(a, b)  # 11/30/2026 month first; 05/11/2026 either: None
    return None if day_month is None else _ymd(year, day_month[1], day_month[0])


def parse_date_value(value: str | float | None) -> date | None:
    """The date stated by a metadata field, in the writer's own time zone (no conversion), where
    it is unambiguous: ISO 8601 (``2024-09-04``, ``2024-09-04T08:30:00+03:00``, ``20240904``), RFC
    822/2822 with English or Russian day and month names (``Wed, 4 Sep 2024 08:30:00 +0300``, ``Пн,
    6 мая 2019 12:00:00 +0300``), a date in words in any language read, day or month first, with
    a time (``4 сентября 2024``, ``4 September 2024 14:05``, ``Sep 4, 2024``, ``4 września 2024``),
    digits (``2024/09/04``; ``04.09.2024`` and ``04.09.24``, dots meaning day first; ``30/11/2024``
    and ``11/30/2024``, but not ``05/11/2024``, which could be either), or a Unix time in seconds
    or milliseconds (a number or a string of 10 or 13 digits; its UTC date). None when it does not
    parse, names no real day, or could name two."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _epoch_date(value)
    value = value.strip()
    if not value:
        return None
    if m := _EPOCH_RE.match(value):
        return _epoch_date(float(value))
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    if m := _RFC822_RE.match(value):
        word = m["month"].lower().rstrip(".")
        month = _EN_MONTHS.get(word[:3]) if word[:3] in _EN_MONTHS and word.isascii() else None
        if month is None:  # any language read, one vocabulary with the page dates (flows.text.vocab)
            month = day_month_number(word)
        if month is not None:
            with contextlib.suppress(ValueError):
                return date(int(m["year"]), month, int(m["day"]))
    numeric = _numeric_date(value)
    if numeric is not False:
        return numeric
    for rx in (_WORDY_DMY_RE, _WORDY_MDY_RE):
        if (m := rx.match(value)) and _DATE_REST_RE.match(m["rest"]):
            return _ymd(int(m["year"]), day_month_number(m["month"]), int(m["day"]))
    found = {d.to_date() for d in find_dates(value)}
    return found.pop() if len(found) == 1 else None  # two different days: could name either


# A day in a URL's path, year first: ``/2026/11/24/``, ``/2026-11-24-...``, ``_2026_11_24``; the
# shape htmldate reads (its ``COMPLETE_URL``), so that the two agree on which URLs hold a date.
_URL_DATE_RE = re.compile(
    r"\D(?P<year>199\d|20[0-3]\d)[/_-](?P<month>[0-1]?\d)[/_-](?P<day>[0-3]?\d)(?:\D|$)"
)


# the year last, as path segments: "/politics/25/06/2025/685bc..." (day first) or "/06/25/2025/"
_URL_YEAR_LAST_RE = re.compile(r"/(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>199\d|20[0-3]\d)(?:/|$)")


def url_date(url: str | None) -> date | None:
    """The day an article's URL holds in its path (``https://site/news/2026/11/24/345678``,
    ``/2026-11-24-title``, or the year last: ``/politics/25/06/2025/...``, read as the dates in
    figures of a page are: day and month only when a number above 12, or two equal numbers, tell
    them apart); None for no URL (``http``/``https``), a URL without such a day, a day that does
    not exist, or one more than two days ahead."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    path = urlsplit(url).path
    m = _URL_DATE_RE.search(path)
    if m is not None:
        found = _ymd(int(m["year"]), int(m["month"]), int(m["day"]))
    elif (last := _URL_YEAR_LAST_RE.search(path)) is not None:
        a, b = int(last["a"]), int(last["b"])
        if a == b or (a > 12) != (b > 12):
            day, month = (a, b) if a > 12 or a == b else (b, a)
            found = _ymd(int(last["year"]), month, day)
        else:
            return None  # "/03/06/2025/": 3 June or 6 March
    else:
        return None
    if found is None or (found - datetime.now(UTC).date()).days > 2:
        return None
    return found


@dataclass(slots=True)
class _Pending:
    """An article whose language and analysis are still to be computed (``_analyze``)."""

    article: ParsedArticle  # language and analysis None until then
    title: str | None  # the title the analysis reads: the page's own (a feed's fills a missing one later)


def _article(
    source_uri: str,
    raw_text: str,
    body: str,
    span: tuple[int, int] | None,
    *,
    title: str | None,
    published: date | None,
    publisher: str | None,
    url: str | None,
    source: str = "none",
    modified: date | None = None,
) -> _Pending:
    article = ParsedArticle(
        article_id=body_id(body),
        source_uri=source_uri,
        raw_text=raw_text,
        body=body,
        body_start=span[0] if span else None,
        body_end=span[1] if span else None,
        title=title,
        published_date=published,
        publisher=publisher,
        url=url,
        language=None,
        analysis=None,
        published_date_source=source if published else "none",
        modified_date=modified,
    )
    return _Pending(article, title)


def _analyze(pending: Sequence[_Pending]) -> list[Exception | None]:
    """Fill the language and the analysis of each pending article, one step over all of them
    after the other (``flows.text.analyze.analyze_bodies``): per article, what its language
    detection or analysis raised (the first step that raised; the later ones are not run for
    it), else None."""
    errors: list[Exception | None] = [None] * len(pending)
    for i, p in enumerate(pending):
        try:
            p.article.language = detect_language(p.article.body)
        except Exception as exc:
            errors[i] = exc
    ok = [i for i, error in enumerate(errors) if error is None]
    for i, analysis in zip(
        ok, analyze_bodies([(pending[i].article.body, pending[i].title) for i in ok]), strict=True
    ):
        if isinstance(analysis, Exception):
            errors[i] = analysis
        else:
            pending[i].article.analysis = analysis
    return errors


def _finished(outcome: _Pending | str) -> ParsedArticle | str:
    """The article of ``outcome`` with its language and analysis (raising what they raise), or
    the reason it is none."""
    if isinstance(outcome, str):
        return outcome
    (error,) = _analyze([outcome])
    if error is not None:
        raise error
    _fill_from_url(outcome.article)
    return outcome.article


def parse_text(
    source_uri: str, text: str, context: date | None = None, collected: date | None = None
) -> ParsedArticle | str:
    """A scraped text page; ``context``: the date of the feed item it came from, ``collected``:
    the day the file was collected (its modification time), which give a dateline without a year
    its year (``flows.text.article.parse_scraped_text``)."""
    return _finished(_text_article(source_uri, text, context, collected))


def _text_article(
    source_uri: str, text: str, context: date | None = None, collected: date | None = None
) -> _Pending | str:
    with day_first_dates(day_first_document(text)):  # "07-12-2026" in a Russian page: 7 December
        return _read_text_article(source_uri, text, context, collected)


def _read_text_article(
    source_uri: str, text: str, context: date | None = None, collected: date | None = None
) -> _Pending | str:
    meta = parse_scraped_text(text, context, collected=collected)
    body = text[meta.body_start : meta.body_end]
    if not body.strip():
        return "no article body: no paragraph of text found"
    lines = text.split("\n")
    if not any(is_prose_line(line) for line in lines) and any(is_chrome_line(line) for line in lines):
        return CHROME_ONLY_REASON  # a menu, a date, weather and rates, a footer: no article
    # a service line inside the body (a call to follow the outlet) and a "read also" teaser between
    # its paragraphs go: the body is then no longer one span of the page
    kept = drop_service_lines(drop_read_also(body))
    return _article(
        source_uri,
        text,
        kept,
        (meta.body_start, meta.body_end) if kept == body else None,
        title=meta.title,
        published=meta.published_date,
        publisher=meta.publisher,
        url=meta.url,
        source=meta.published_date_source,
        modified=meta.modified_date,
    )


CHROME_ONLY_REASON = (
    "no article body: the page has only page chrome (menus, weather, rates, footer), no paragraph of text"
)


def _html_date(value: str | None, html: str) -> date | None:
    """The page's date as trafilatura's metadata gives it (htmldate, metadata and markup only),
    unless it is a month or a year htmldate completed with a first day: a copyright year read as
    1 January, a month (``12/2026`` in ``updated 11/12/2026``, when the day before it was refused)
    read as its first day. A first day of a month is kept only when the page states that day in
    full (``2026-12-01``, ``01.12.2026``, ``1 декабря 2026``)."""
    found = parse_date_value(value)
    if found is None or found.day != 1:
        return found
    if found.isoformat() in html or any(d.to_date() == found for d in find_dates(html)):
        return found
    return None


# Page furniture that prints other stories' days, comments' and the site's: side bars, menus, the
# page's footer (an article's own footer stays), and blocks whose class or id names comments,
# related or popular stories, a side bar or a widget.
_FURNITURE_CLASS = (
    "comment(?!ary)|related|popular|most-read|sidebar|widget|recommend|read-also|see-also|more-news"
)
_FURNITURE_CLASS_RE = re.compile(_FURNITURE_CLASS, re.I)
_FURNITURE_XPATH = (
    "//aside | //nav | //footer[not(ancestor::article)]"
    f" | //*[re:test(concat(' ', @class, ' ', @id), '{_FURNITURE_CLASS}', 'i')]"
)
# The update stamps of the markup (``_MODIFIED_MARKUP_RES``): never a publication date.
_MODIFIED_META_XPATH = (
    "//meta[re:test(concat(@property, ' ', @name, ' ', @itemprop), "
    "'article:modified_time|og:updated_time|datemodified|last-modified', 'i')]"
    " | //*[@itemprop='dateModified']"
)
_LINKED_DATA_MODIFIED_RE = re.compile(r"([\"'])dateModified\1(\s*:\s*)([\"'])[^\"'<>]*\3")
# A day and a month in numbers either order may read (``04/05/2026``: 4 May or 5 April) in a
# meta tag's content: htmldate reads it day first; the page does not say which.
_AMBIGUOUS_NUMERIC_DATE_RE = re.compile(r"^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b")
_REGEX_NS = {"re": "http://exslt.org/regular-expressions"}


def _ambiguous_numeric_date(value: str | None) -> bool:
    m = _AMBIGUOUS_NUMERIC_DATE_RE.match(value or "")
    return m is not None and m[1] != m[2] and int(m[1]) <= 12 and int(m[2]) <= 12


def _dating_html(html: str) -> str:
    """The page's markup without what states no date of this article: page furniture
    (``_FURNITURE_XPATH``: a side bar's ``<time>``, a comment's date, the footer's last update),
    update stamps (``_MODIFIED_META_XPATH``, JSON-LD ``dateModified``, a short block labelled as
    an update: ``Последнее обновление сайта: 05.12.2026``, ``Last updated: ...``), a ``<time>``
    inside a paragraph of prose (a date the text names: ``Встреча состоялась <time>20
    ноября</time> в Астане.``) and meta tags whose date reads either way (``04/05/2026``); the
    page as given when it does not parse."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(_LINKED_DATA_MODIFIED_RE.sub(r"\1dateModified\1\2\3\3", html))
    except (etree.ParserError, ValueError):
        return html
    for element in tree.xpath(f"{_FURNITURE_XPATH} | {_MODIFIED_META_XPATH}", namespaces=_REGEX_NS):
        if element.getparent() is not None:
            element.drop_tree()
    for meta in tree.iter("meta"):
        if _ambiguous_numeric_date(meta.get("content")) and meta.getparent() is not None:
            meta.drop_tree()
    # the blocks are read only on a page whose text holds an update label somewhere (reading
    # every block of a page cost five times parsing it)
    if MODIFIED_LABEL_RE.search(" ".join(tree.text_content().split()).lower()):
        for element in list(tree.iter()):
            if (
                isinstance(element.tag, str)
                and element.tag != "time"
                and element.get("datetime") is None
                and element.getparent() is not None
                and len(element) <= 2
            ):
                text = " ".join(element.text_content().split())
                if len(text) <= 100 and MODIFIED_PREFIX_RE.match(text) and find_dates(text):
                    element.drop_tree()  # "Последнее обновление сайта: 05.12.2026": an update stamp
    for element in tree.xpath("//time | //*[@datetime]"):
        holder = next(element.iterancestors("p", "li", "blockquote", "td", "dd"), None)
        if holder is not None and is_prose_line(" ".join(holder.text_content().split())):
            element.drop_tree()  # "Встреча состоялась <time>20 ноября</time> в Астане.": the text's date
    return lxml_html.tostring(tree, encoding="unicode")


def _markup_date(html: str, dating: str) -> date | None:
    """The date the page's metadata and markup state, as htmldate reads them without the page's
    URL (a day in a URL is the source ``url``, read after every stated date) and without what
    states no date of the article (``dating``: ``_dating_html(html)``, side bars, comments, the
    page's footer, update stamps, a day and month that read either way left out); None when they
    state none."""
    from htmldate import find_date

    # htmldate refuses a day after the machine's today: a page in a time zone ahead of it may be
    # dated tomorrow, so two days ahead are allowed, as for every other stated date (``_epoch_date``)
    latest = (datetime.now(UTC).date() + timedelta(days=2)).isoformat()
    try:
        found = find_date(dating, url="", original_date=True, extensive_search=False, max_date=latest)
    except Exception:  # an unparseable page states no date in its markup
        return None
    return _html_date(found, html)


# An update stamp of a page's markup: JSON-LD ``"dateModified": "..."``, ``<meta
# property="article:modified_time" content="...">`` (attributes in either order).
_MODIFIED_MARKUP_RES = (
    re.compile(r"[\"']dateModified[\"']\s*:\s*[\"']([^\"'<>]{6,40})[\"']"),
    re.compile(
        r"<meta\b[^>]*?(?:property|name|itemprop)=[\"'](?:article:modified_time|og:updated_time|dateModified)[\"'][^>]*?\bcontent=[\"']([^\"'<>]{6,40})[\"']",
        re.I,
    ),
    re.compile(
        r"<meta\b[^>]*?\bcontent=[\"']([^\"'<>]{6,40})[\"'][^>]*?(?:property|name|itemprop)=[\"'](?:article:modified_time|og:updated_time|dateModified)[\"']",
        re.I,
    ),
)


def _html_modified(html: str) -> date | None:
    """The update date a page's markup states (JSON-LD ``dateModified``, ``article:modified_time``,
    ``og:updated_time``), in the writer's time zone; None when it states none, or states
    different days (several items on the page)."""
    days = {d for rx in _MODIFIED_MARKUP_RES for v in rx.findall(html) if (d := parse_date_value(v))}
    return days.pop() if len(days) == 1 else None


def parse_html(source_uri: str, html: str, url: str | None = None) -> ParsedArticle | str:
    """An HTML page: its main text (trafilatura) as the body, without the "read also" teasers that
    point to other stories (``flows.text.article.drop_read_also``), the title, date and site of its
    metadata, the update date of its markup (``_html_modified``) as ``modified_date``. A page whose
    head states no date and whose text holds several stories dated apart (``_stories_dated_apart``;
    pages of ``<article>`` stories are split before, ``html_outcomes``) has no publication date. A
    page whose markup, head lines and ``<time>`` elements state no date takes the date of the
    agency dateline its text opens with (``flows.text.article.collected_dateline_date``; inbox
    files give a yearless one the year of the day they were collected). A page whose text has no
    line of prose (``flows.text.article.is_prose_line``: only menus, weather, rates, a footer) is
    rejected with ``CHROME_ONLY_REASON``."""
    return _finished(_html_article(source_uri, html, url))


def _html_article(
    source_uri: str, html: str, url: str | None = None, collected: date | None = None
) -> _Pending | str:
    with day_first_dates(day_first_document(html)):  # "07/12/2026" in a Polish page: 7 December
        return _read_html_article(source_uri, html, url, collected)


def _read_html_article(
    source_uri: str, html: str, url: str | None = None, collected: date | None = None
) -> _Pending | str:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # dates of the metadata and markup only: the free-text search falls back to the
        # copyright year, and to any year or month the page prints
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if doc is None:
        return "no article body: the page has no main content"
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    if _headline_as_site(meta):
        meta = {**meta, "sitename": None}  # no outlet's name is the page's headline
    body = drop_service_lines(drop_read_also(cut_body_end(normalize_text(meta.get("text") or "")))).strip()
    if not body:
        return "no article body: the page has no main content"
    if not any(is_prose_line(line) for line in body.split("\n")):
        return CHROME_ONLY_REASON
    title = meta.get("title")
    body, shown, shown_modified = _head_lines(body, title)
    if not body:
        return "no article body: the page has no main content"
    # the markup's own date, read without the URL (htmldate reads it first; a day in a URL is the
    # source "url", read after every stated date) and without the page's furniture
    dating = _dating_html(html)
    published, source = _markup_date(html, dating), "html meta"
    if published is None and shown is not None:
        published, source = shown, "header"  # the date line under the headline
    if published is None:
        published = _time_element_date(dating)
    if published is None and (under := _after_headline_date(dating)) is not None:
        published, source = under, "header"  # a date line the main-text extraction dropped
    if published is None and (opening := collected_dateline_date(body, collected)) is not None:
        published, source = opening, "dateline"  # "МОСКВА, 27 ноября. /ТАСС/." opening the text
    head = html[: html.lower().find("<body")] if "<body" in html.lower() else ""
    if published is not None and not _HEAD_DATE_RE.search(head) and _stories_dated_apart(dating):
        published = None  # whose date it would be cannot be told: NULL, not another story's date
    return _article(
        source_uri,
        html,
        body,
        None,
        title=title,
        published=published,
        # the site's name, its linked data's publisher, the agency the text opens with ("АСТАНА. 4
        # желтоқсан. ҚазАқпарат -"); the host's name last (a republished wire is the agency's)
        publisher=_site_name(meta)
        or _linked_data_publisher(html)
        or opening_agency(body)
        or meta.get("sitename")
        or meta.get("hostname"),
        url=meta.get("url") or url,
        source=source,
        modified=_html_modified(html) or shown_modified,
    )


_HEAD_LINES = 4  # the lines at the top of a main text that may be its headline and date lines


def _same_words(a: str, b: str) -> bool:
    return WORD_RE.findall(a.casefold()) == WORD_RE.findall(b.casefold())


def _head_lines(body: str, title: str | None) -> tuple[str, date | None, date | None]:
    """The main text without the headline and date lines it opens with (main-text extraction keeps
    the ``<h1>`` and a date printed under it: the headline is the title, not a sentence of the
    body, and the date line is no text; a short line that is no prose and names one day, such as a
    byline with its date, goes too), the date of the first date line and the update date of an
    update line among them (``Оновлено: ...``, ``Updated ...``): ``(body, published, modified)``.
    Only lines before the first line of text go: a headline repeated further down stays."""
    lines = body.split("\n")
    published = modified = None
    dropped = 0
    while dropped < min(_HEAD_LINES, len(lines) - 1):
        line = lines[dropped].strip()
        if title and _same_words(line, title):
            pass
        elif (days := line_days(line)) is not None:
            published, modified = published or days[0], modified or days[1]
        elif not is_prose_line(line) and len(days := {d.to_date() for d in find_dates(line) if d.year}) == 1:
            published = published or days.pop()  # a byline with its date: "By A. Writer | December 1, 2026"
        else:
            break
        dropped += 1
    return "\n".join(lines[dropped:]).strip(), published, modified


_TIME_ELEMENT_RE = re.compile(r"<time\b[^>]*>(?P<text>[^<]{4,80})</time>", re.I)


# the page's one headline and the markup after it, up to its first block of text
_AFTER_HEADLINE_RE = re.compile(r"</h1\s*>(?P<after>.{0,600}?)(?:<p[\s>]|<div[^>]*text|$)", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]*>")


def _after_headline_date(html: str) -> date | None:
    """The day a date line right under the page's headline prints (``<h1>...</h1><span
    class="article__header__date">25 июня 2025, 17:48</span>``), which main-text extraction
    drops with the headline; None when the page has no one ``<h1>``, or the markup between it and
    the first paragraph holds no line that is only a date (``date_line``)."""
    if html.lower().count("</h1") != 1 or (m := _AFTER_HEADLINE_RE.search(html)) is None:
        return None
    after = m["after"]
    if (first := _FIRST_PARAGRAPH_RE.match(html, m.end("after"))) is not None:
        # the first paragraph too, when it is a line of its own that only dates the article
        # (``<p class="meta">Opublikowano: 27 listopada 2026, 14:35 | Aktualizacja: ...</p>``)
        after += "\n" + first["text"]
    for line in unescape(_TAG_RE.sub("\n", after)).split("\n"):
        if (found := date_line(line)) is not None and found[1] == "published":
            return found[0].to_date()
    return None


# the first paragraph after a headline, short (a date line's length)
_FIRST_PARAGRAPH_RE = re.compile(r"<p\b[^>]*>(?P<text>[^<]{4,160})</p\s*>", re.I)


def _time_element_date(html: str) -> date | None:
    """The day the ``<time>`` elements of a page print as text (``<time>28 лістапада 2026</time>``)
    when they all print one day with its year; None when they print none or several."""
    days = {
        found[0].to_date()
        for m in _TIME_ELEMENT_RE.finditer(html)
        if (found := date_line(unescape(m["text"]))) and found[1] == "published"
    }
    days.discard(None)
    return days.pop() if len(days) == 1 else None


_LINKED_DATA_RE = re.compile(
    r"<script\b[^>]*type=[\"']application/ld\+json[\"'][^>]*>(?P<json>.*?)</script>", re.I | re.S
)


def _site_name(meta: dict[str, object]) -> str | None:
    """The site's name of trafilatura's metadata, None when it is only the page's host
    (``news.example.org``: what trafilatura reports when the markup names no site)."""
    site, host = meta.get("sitename"), meta.get("hostname")
    if not isinstance(site, str) or not site:
        return None
    if (
        isinstance(host, str)
        and host
        and "." in site
        and " " not in site
        and site.casefold().endswith(host.casefold())
    ):
        return None
    return site


def _headline_as_site(meta: dict[str, object]) -> bool:
    """Whether trafilatura's site name is the page's headline: the same words as its title (a
    ``<title>`` of a long headline and a site's name after a dash, ``О телефонном разговоре ... -
    Министерство иностранных дел ...``, is read the other way round). No outlet's name is a
    headline; the publisher is then told otherwise, or not at all."""
    site, title = meta.get("sitename"), meta.get("title")
    return (
        isinstance(site, str) and isinstance(title, str) and bool(site.strip()) and _same_words(site, title)
    )


def _linked_data_publisher(html: str) -> str | None:
    """The ``publisher.name`` of the page's schema.org linked data (JSON-LD), when one name is
    given; None otherwise (no linked data, names that differ, JSON that does not parse)."""
    names: set[str] = set()
    for m in _LINKED_DATA_RE.finditer(html):
        try:
            data = json.loads(m["json"])
        except ValueError:
            continue
        for item in (
            data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        ):
            publisher = item.get("publisher") if isinstance(item, dict) else None
            name = publisher.get("name") if isinstance(publisher, dict) else None
            if isinstance(name, str) and name.strip():
                names.add(name.strip())
    return names.pop() if len(names) == 1 else None


# Containers of page furniture: an <article> inside one is a teaser card, not a story of the page.
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "header"})
_HEADING_TAGS = ("h1", "h2", "h3", "h4")


def _dated_stories(html: str) -> list[tuple[str, str]]:
    """The stories of a page that clearly holds several dated articles (a news feed page): its
    outermost ``<article>`` elements outside ``<aside>``, ``<nav>``, ``<header>``, ``<footer>``
    and blocks whose class or id names related or popular stories, comments or a side bar
    (``_FURNITURE_CLASS``) that each have a heading (``<h1>``-``<h4>``), a date of their own (a ``<time>`` element or
    ``itemprop="datePublished"``) and a paragraph of prose. ``(heading, element's HTML)`` for each,
    in page order, when there are two or more; an empty list otherwise (one article, or none)."""
    if html.lower().count("<article") < 2:
        return []
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # not parseable as HTML: read as one page
        return []
    stories = []
    for el in root.iter("article"):
        if any(
            a.tag in _FURNITURE_TAGS
            or a.tag == "article"
            or _FURNITURE_CLASS_RE.search(f"{a.get('class', '')} {a.get('id', '')}")
            for a in el.iterancestors()
        ):
            continue  # a teaser card: of a side bar, a menu, a block of related or popular stories
        heading = next((h for h in el.iter(*_HEADING_TAGS)), None)
        dated = next(iter(el.iter("time")), None) is not None or bool(
            el.xpath(".//*[@itemprop='datePublished']")
        )
        prose = any(is_prose_line(" ".join(p.text_content().split())) for p in el.iter("p"))
        title = " ".join(heading.text_content().split()) if heading is not None else ""
        if title and dated and prose:
            stories.append((title, lxml.html.tostring(el, encoding="unicode")))
    return stories if len(stories) >= 2 else []


# A publication date the page's head states for the page itself.
_HEAD_DATE_RE = re.compile(
    r"article:published_time|[\"']datePublished[\"']|itemprop=[\"']datePublished|\bpubdate\b"
    r"|name=[\"'](?:date|dc\.date|dcterms\.date|publish[_-]?date|sailthru\.date)[\"']",
    re.I,
)


def _stories_dated_apart(html: str) -> bool:
    """Whether the page's text (outside ``<aside>``, ``<nav>``, ``<header>``, ``<footer>``) holds
    two or more headings each followed by a ``<time>`` of another day: several dated stories in
    one page, laid out without ``<article>`` elements. An update stamp under the same headline
    does not count."""
    if html.lower().count("<time") < 2:
        return False
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return False
    heading, days = None, {}
    for el in root.iter(*_HEADING_TAGS, "time"):
        if any(a.tag in _FURNITURE_TAGS for a in el.iterancestors()):
            continue
        if el.tag != "time":
            heading = " ".join(el.text_content().split())
        elif heading and heading not in days:
            day = parse_date_value(el.get("datetime") or el.text_content())
            if day is not None:
                days[heading] = day
    return len(set(days.values())) >= 2


def _story_page(title: str, story: str, html: str) -> str:
    """One story of a feed page as a page of its own: its heading as the title, the page's
    language and site name (``og:site_name``), the story's element as the body; no other date
    markup of the page."""
    lang = re.search(r"<html[^>]*\blang=[\"']?([\w-]+)", html, re.I)
    lang_attr = f' lang="{lang[1]}"' if lang else ""
    site = "".join(_SITE_NAME_META_RE.findall(html)[:1])
    escaped = title.replace("&", "&amp;").replace("<", "&lt;")
    return (
        f'<!doctype html><html{lang_attr}><head><meta charset="utf-8"><title>{escaped}</title>{site}</head>'
        f"<body>{story}</body></html>"
    )


_SITE_NAME_META_RE = re.compile(r"<meta\b[^>]*\bog:site_name\b[^>]*>", re.I)


def html_outcomes(
    source_uri: str, html: str, url: str | None = None
) -> list[tuple[str, ParsedArticle | str]]:
    """An HTML page as one article (``parse_html``) or, when it clearly holds several dated
    articles (``_dated_stories``: a news feed page, each story with its own heading and date), as
    one article per story, ``<uri>#1``, ``<uri>#2``, ... in page order, each with its own title and
    date only (nothing is lost, no date or fact of one story goes to another)."""
    outcomes = _html_outcomes(source_uri, html, url)
    pending = [outcome for _, outcome, _ in outcomes if isinstance(outcome, _Pending)]
    shown = _shown(outcomes, dict(zip(map(id, pending), _analyze(pending), strict=True)))
    for _, article in shown:
        if not isinstance(article, str):
            _fill_from_url(article)
    return shown


def _html_outcomes(
    source_uri: str, html: str, url: str | None = None, collected: date | None = None
) -> list[tuple[str, _Pending | str, bool]]:
    """``html_outcomes`` with the articles pending (``_parse_data``): a story's analysis fails
    alone, a whole page's fails the input. ``collected``: the day the file was collected, the
    year of a dateline without one (``_html_article``)."""
    stories = _dated_stories(html)
    if not stories:
        return [(source_uri, _html_article(source_uri, html, url=url, collected=collected), False)]
    outcomes: list[tuple[str, _Pending | str, bool]] = []
    for i, (title, story) in enumerate(stories, start=1):
        uri = f"{source_uri}#{i}"
        page = _story_page(title, story, html)
        try:
            outcome = _html_article(uri, page, url=url, collected=collected)
        except Exception as exc:  # this story only
            outcome = failure_reason(exc)
        if isinstance(outcome, _Pending):  # the analysis reads the title the page gave
            outcome.article.raw_text = page
            outcome.article.title = outcome.article.title or title
        outcomes.append((uri, outcome, True))
    return outcomes


def parse_json_object(source_uri: str, obj: object, raw: str) -> ParsedArticle | str:
    """A JSON object holding an article: its text field (``TEXT_FIELDS``) as the body, its title,
    date, publisher and URL fields; else the reason it holds none."""
    return _finished(_json_article(source_uri, obj, raw))


def _title_key(line: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", line.casefold()).split())


def _without_title_line(body: str, title: str | None) -> str:
    """``body`` without its first line when that line is the title again (letters and digits
    compared, case, spaces and punctuation aside: CMS exports often open the text with the
    headline), so that the title's words and figures are not read twice as the body's; the body
    as it is when nothing else would be left."""
    if not title:
        return body
    first, sep, rest = body.partition("\n")
    if sep and rest.strip() and _title_key(first) == _title_key(title) and _title_key(title):
        return rest.lstrip("\n")
    return body


# The site's name in the Open Graph tags a CMS export carries (WordPress with Yoast SEO:
# ``{"yoast_head_json": {"og_site_name": ...}}``), as the page's ``og:site_name`` meta tag
_OPEN_GRAPH_SITE_KEYS = ("og_site_name", "og:site_name", "ogSiteName")


def _open_graph_site(obj: dict) -> str | None:
    """The site name an object's Open Graph tags give (``_OPEN_GRAPH_SITE_KEYS``), at its top or
    in an object one level below (its SEO head); None when none does."""
    for holder in (obj, *(v for v in obj.values() if isinstance(v, dict))):
        for key in _OPEN_GRAPH_SITE_KEYS:
            value = holder.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _json_article(source_uri: str, obj: object, raw: str, collected: date | None = None) -> _Pending | str:
    with day_first_dates(day_first_document(raw)):
        return _read_json_article(source_uri, obj, raw, collected)


def _read_json_article(
    source_uri: str, obj: object, raw: str, collected: date | None = None
) -> _Pending | str:
    """A JSON object's article. Its date is its date field's; when it has none that can be read
    (none, or an ambiguous ``05/11/2026``), the date its text opens with: an agency dateline
    (``ДУШАНБЕ, 27 ноября — Sputnik``, its year from ``collected``, the day the file was
    collected) or a date line, as a text page's (``flows.text.article.parse_scraped_text``)."""
    if not isinstance(obj, dict):
        return f"bad json: expected an object, got {type(obj).__name__}"
    text = _text_of(obj)
    if text is None:
        return (
            f"bad json: no text field (one of {', '.join(TEXT_FIELDS)}), "
            f"at its top or nested up to {_ENVELOPE_DEPTH} levels below"
        )
    if holds_html(text):
        # HTML in the text field (a CMS export): its text, as an HTML page's main text is read,
        # up to the page furniture printed inside it
        text = cut_body_end(normalize_text(html_fragment_text(text)))
    # without the "read also" teasers that point to other stories, in plain text too, and a closing
    # "read also" heading with the headlines under it (a plain text field is the article's text: a
    # line such as "Комментарии" may head a part of it, so no other furniture ends it)
    body = drop_service_lines(drop_read_also(cut_read_also_block(normalize_text(text)))).strip()
    if not body:
        return "empty: the text field is blank"
    # (a headline of several versions: {"headline": {"main": ..., "seo": ...}})
    title = _first(obj, TITLE_FIELDS, ("name", "title", "main", *_RENDERED_KEYS))
    if title is not None and holds_html(title):  # WordPress: "Lorem &#8211; ipsum", <em>...</em>
        title = " ".join(html_fragment_text(title).split()) or None
    body = _without_title_line(body, title)
    published, source = parse_date_value(_first_date(obj, DATE_FIELDS)), "json"
    if published is None:
        opening = parse_scraped_text(body, collected=collected)
        if opening.published_date_source in ("dateline", "header"):
            published, source = opening.published_date, opening.published_date_source
    return _article(
        source_uri,
        raw,
        body,
        None,
        title=title,
        published=published,
        # no publisher field: the agency its text opens with ("МОСКВА, 14 октября. /ТАСС/.")
        publisher=_first(obj, PUBLISHER_FIELDS) or _open_graph_site(obj) or opening_agency(body),
        # (or the address its source object gives: {"source": {"name": ..., "url": ...}})
        url=_first(obj, URL_FIELDS, ("@id", "url")) or _source_url(obj),
        source=source,
        modified=parse_date_value(_first_date(obj, MODIFIED_FIELDS)),
    )


MAX_REASON_CHARS = 300


def failure_reason(exc: BaseException, where: str = "") -> str:
    """``parse failed: <exception kind>: <message>`` (shortened), for an input whose parser raised."""
    message = " ".join(str(exc).split())
    message = message.encode("utf-8", "backslashreplace").decode("utf-8")  # a lone surrogate, shown escaped
    if len(message) > MAX_REASON_CHARS:
        message = message[: MAX_REASON_CHARS - 3] + "..."
    place = f" ({where})" if where else ""
    return (
        f"parse failed: {type(exc).__name__}{place}: {message}"
        if message
        else (f"parse failed: {type(exc).__name__}{place}")
    )


def _json_outcome(uri: str, obj: object, raw: str, collected: date | None = None) -> _Pending | str:
    """One JSON object (a file's, a list item's or a JSON Lines line's) as a pending article or a
    reason; whatever its parsing raises becomes the reason (this object only: so does what its
    analysis raises, later)."""
    try:
        return _json_article(uri, obj, raw, collected)
    except Exception as exc:
        return failure_reason(exc)


class Unsettled(Exception):
    """The file changed between discovery and the end of its read: it is still being written."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def read_stable(item: InputItem) -> bytes:
    """The bytes of ``item`` (its content, or its file). For a file whose size and mtime were
    taken at discovery, raises Unsettled unless the bytes read and the file's size and mtime
    after the read are those of discovery; raises OSError when the file cannot be read."""
    if item.content is not None:
        return item.content
    path = Path(item.path or "")
    data = path.read_bytes()
    if item.size_bytes is None or item.mtime_ns is None:
        return data
    st = os.stat(path)
    if len(data) != item.size_bytes or st.st_size != item.size_bytes or st.st_mtime_ns != item.mtime_ns:
        raise Unsettled(
            f"still being written: changed while read ({item.size_bytes} bytes at discovery, "
            f"{len(data)} read, {st.st_size} after)"
        )
    return data


def parse_input(item: InputItem, max_bytes: int | None = None) -> ParseResult:
    """Read, decode and parse one input. Never raises for bad content.

    An input whose parser raises (nesting too deep for the JSON parser, an integer beyond Python's
    digit limit, text no string column can store, ...) is rejected with ``parse failed: <kind>:
    <message>``; in a JSON list or a JSON Lines file, only the object or line that raised.
    """
    return parse_inputs([item], max_bytes)[0]


# A short page that takes every step of the analysis (language, sentences, tokens, a fact, a
# person with a role, two countries), for load_models.
# Short pages in the press's languages whose parsing loads every model, pattern and word list
# (the gazetteer's country, region and city forms among them).
_MODELS_SAMPLES = (
    "Товарооборот растет\n\nМинистр иностранных дел Казахстана Ерлан Карин провел переговоры с "
    "послом Китая и своим турецким коллегой. Глава Чечни Рамзан Кадыров встретился с мэром "
    "Екатеринбурга. Товарооборот двух стран в 2025 году вырос на 5% и составил 3 млрд долларов.",
    "Rozmowy w Warszawie\n\nMinister spraw zagranicznych Polski Radosław Sikorski spotkał się z "
    "ambasadorem Niemiec. Obroty handlowe wzrosły o 12% do 4 mld euro.",
    "Talks in Astana\n\nForeign Minister Murat Nurtleu met his Turkish counterpart Hakan Fidan and "
    "Jordan Smith, an economist. Trade grew 1.5 times to $3 billion in 2025.",
    "Переговори в Києві\n\nМіністр закордонних справ України Андрій Сибіга зустрівся з послом "
    "Польщі. Товарообіг зріс на 7% до 2 млрд доларів.",
)


def load_models() -> None:
    """Load in this process what parsing loads on its first use (pymorphy3's dictionaries, the
    language model, the compiled patterns and word lists) by parsing short built-in pages.

    A process that forks parse workers after calling it gives them all of it loaded and shared
    (copy on write), instead of every worker of every pool loading its own: about 1-2 s of each
    worker's start (``flows.ingest.parallel.parse_articles``). Raises what parsing raises."""
    preload_numbers()
    preload_people_words()
    parse_inputs(
        [
            InputItem(f"dyad:load-models:{k}", "txt", content=page.encode())
            for k, page in enumerate(_MODELS_SAMPLES)
        ]
    )


def parse_inputs(items: Sequence[InputItem], max_bytes: int | None = None) -> list[ParseResult]:
    """``[parse_input(item, max_bytes) for item in items]``, the same results, computed step by
    step: every input is read, decoded and cut into articles first; then each step of the
    articles' analysis (language, sentences, tokens, facts, people, signature) runs over all of
    them before the next, which keeps each step's code and tables in the CPU caches (a third less
    CPU time than input by input). Never raises for bad content; an input is rejected exactly as
    ``parse_input`` rejects it.

    The garbage collector is paused meanwhile: the rows made stay alive until the chunk is
    written and hold no reference cycles, so its passes over them would find nothing (they cost
    a tenth of the stage)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        results: list[ParseResult] = []
        parsed: list[list[tuple[str, _Pending | str, bool]]] = []
        for item in items:
            result = ParseResult(item)
            results.append(result)
            parsed.append([])
            try:
                data = read_stable(item)
            except Unsettled as exc:  # left for the next run, which reads it complete
                result.deferred = exc.reason
                continue
            except OSError as exc:
                result.rejected.append((item.source_uri, f"unreadable: {exc.strerror or exc}"))
                continue
            result.content_hash = item.content_hash or sha256(data)
            if max_bytes is not None and len(data) > max_bytes:
                result.rejected.append((item.source_uri, f"too large: {len(data)} bytes > limit {max_bytes}"))
                continue
            try:
                parsed[-1] = _parse_data(item, data, result)
            except Exception as exc:  # the input is quarantined, the run goes on
                _quarantine(result, exc)
        pending = [
            outcome for outcomes in parsed for _, outcome, _ in outcomes if isinstance(outcome, _Pending)
        ]
        errors = dict(zip(map(id, pending), _analyze(pending), strict=True))
        for result, outcomes in zip(results, parsed, strict=True):
            try:
                _collect(result, outcomes, errors)
            except Exception as exc:
                _quarantine(result, exc)
        return results
    finally:
        if enabled:
            gc.enable()


def _json_where(msg: str) -> str:
    """``msg`` of a JSON decoding error with "at" before the position it is followed by: the
    decoder's "Unterminated string starting at" already ends with it."""
    return msg if msg.endswith(" at") else f"{msg} at"


def _quarantine(result: ParseResult, exc: Exception) -> None:
    """Reject the whole input of ``result`` for ``exc``, which its parsing raised."""
    result.articles.clear()
    result.rejected[:] = [(result.item.source_uri, failure_reason(exc))]


def _collect(
    result: ParseResult, outcomes: list[tuple[str, _Pending | str, bool]], errors: dict[int, Exception | None]
) -> None:
    """Put the outcomes of an input's parsing into ``result`` (``_shown``): its articles (with a
    feed's title and date where they state none), and the reasons of the others."""
    for uri, article in _shown(outcomes, errors):
        if isinstance(article, str):
            result.rejected.append((uri, article))
        else:
            _fill_from_feed(article, result.item)
            _fill_from_url(article, result.item)
            result.articles.append(article)


def _shown(
    outcomes: list[tuple[str, _Pending | str, bool]], errors: dict[int, Exception | None]
) -> list[tuple[str, ParsedArticle | str]]:
    """The articles and reasons of ``outcomes``, once analysed. What an article's analysis
    raised (``errors``, by the ``id`` of its pending article) is that article's reason when it
    stands alone (a JSON object, a story of a feed page), else raised (the input is rejected)."""
    shown: list[tuple[str, ParsedArticle | str]] = []
    for uri, outcome, alone in outcomes:
        if isinstance(outcome, str):
            shown.append((uri, outcome))
        elif (error := errors[id(outcome)]) is None:
            shown.append((uri, outcome.article))
        elif alone:
            shown.append((uri, failure_reason(error)))
        else:
            raise error
    return shown


def _parse_data(item: InputItem, data: bytes, result: ParseResult) -> list[tuple[str, _Pending | str, bool]]:
    """The outcomes of the input's articles: ``(source_uri, pending article or reason, whether
    its analysis may fail alone)``; an undecodable input is rejected in ``result`` (no outcome)."""
    try:
        decoded = decode_bytes(data)
    except Undecodable as exc:
        result.rejected.append((item.source_uri, exc.reason))
        return []
    result.encoding, result.had_errors = decoded.encoding, decoded.had_errors
    text = unicodedata.normalize("NFC", decoded.text)

    outcomes: list[tuple[str, _Pending | str, bool]] = []
    collected = datetime.fromtimestamp(item.mtime_ns / 1e9).date() if item.mtime_ns else None
    if item.kind == "html":
        outcomes.extend(
            _html_outcomes(
                item.source_uri,
                text,
                url=item.source_uri if item.source_uri.startswith("http") else None,
                collected=collected,
            )
        )
    elif item.kind == "json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            if _holds_json_lines(text):  # a .json file written as JSON Lines
                outcomes.extend(_jsonl_outcomes(item.source_uri, text, collected))
            else:
                outcomes.append(
                    (
                        item.source_uri,
                        f"bad json: {_json_where(exc.msg)} line {exc.lineno} column {exc.colno}",
                        True,
                    )
                )
        except Exception as exc:  # nesting too deep, an integer too long, ...
            outcomes.append((item.source_uri, failure_reason(exc), True))
        else:
            objs = json_articles(obj)
            if not any(isinstance(o, dict) for o in objs):
                objs = []
                outcomes.append((item.source_uri, "bad json: expected an object or a list of objects", True))
            for i, o in enumerate(objs):
                uri = item.source_uri if len(objs) == 1 else f"{item.source_uri}#{i + 1}"
                try:
                    raw = json.dumps(o, ensure_ascii=False)
                except Exception as exc:
                    outcomes.append((uri, failure_reason(exc), True))
                    continue
                outcomes.append((uri, _json_outcome(uri, o, raw, collected), True))
    elif item.kind == "jsonl":
        outcomes.extend(_jsonl_outcomes(item.source_uri, text, collected))
    else:
        root = markup_root(text)
        if root == "html":  # an HTML page under another name (``.xml``, ``.txt``, no suffix)
            outcomes.extend(_html_outcomes(item.source_uri, text, collected=collected))
        elif root is not None:
            outcomes.append((item.source_uri, _markup_refusal(root), False))
        else:
            context = parse_date_value(item.feed_published)
            outcomes.append(
                (item.source_uri, _text_article(item.source_uri, text, context, collected), False)
            )
    return outcomes


_DECLARED_XML_RE = re.compile(r"\A\ufeff?\s*<\?xml[\s?]", re.I)
FEED_ROOTS = frozenset({"rss", "feed", "rdf"})


def markup_root(text: str) -> str | None:
    """The root element of ``text`` (local name, lower case; ``flows.ingest.markup.root_name``)
    when the text is a markup document: an XML declaration before it, or a root ``html``, ``rss``,
    ``feed`` (Atom) or ``rdf`` (RSS 1.0). None for anything else, prose that starts with a tag
    (``<p>``) included."""
    root = root_name(text)
    if root is None:
        return None
    root = root.lower()
    if root == "html" or root in FEED_ROOTS or _DECLARED_XML_RE.match(text):
        return root
    return None


def _markup_refusal(root: str) -> str:
    """The reason a markup document read as an article file is rejected: its text is markup."""
    if root in FEED_ROOTS:
        return f"a feed, not an article (root element <{root}>): feeds are read by `dyad run --feed URL`"
    return f"an XML document, not an article (root element <{root}>)"


def _fill_from_feed(art: ParsedArticle, item: InputItem) -> None:
    """A page found in a feed keeps the feed item's title and date where it states none itself.
    An agency dateline opening the body is the page stating its date (``ГАВАНА, 27 ноября.
    /Пренса Латина/.``): it wins over the feed's, its year taken from the feed's date
    (``flows.text.article.opening_dateline_date``)."""
    if art.title is None and item.feed_title and item.feed_title.strip():
        art.title = " ".join(item.feed_title.split())
    if art.published_date is None and (d := parse_date_value(item.feed_published)) is not None:
        art.published_date, art.published_date_source = opening_dateline_date(art.body, d, "feed")


def _fill_from_url(art: ParsedArticle, item: InputItem | None = None) -> None:
    """An article that states no date anywhere (page, markup, JSON field, dateline, feed) takes
    the day its URL holds (``url_date``: the article's URL, else the address it was fetched
    from), with the source ``url``."""
    if art.published_date is not None:
        return
    fetched = item.source_uri if item is not None else art.source_uri
    if (d := url_date(art.url) or url_date(fetched)) is not None:
        art.published_date, art.published_date_source = d, "url"


def _holds_json_lines(text: str) -> bool:
    """More than one non-blank line, the first of which is a JSON object by itself."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except Exception:
        return False


def _jsonl_outcomes(
    source_uri: str, text: str, collected: date | None = None
) -> list[tuple[str, _Pending | str, bool]]:
    """One outcome per non-blank line of JSON Lines text; a bad line is rejected alone."""
    outcomes: list[tuple[str, _Pending | str, bool]] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        uri = f"{source_uri}#{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            outcomes.append((uri, f"bad json: {_json_where(exc.msg)} column {exc.colno}", True))
        except Exception as exc:  # this line only: the others are still read
            outcomes.append((uri, failure_reason(exc), True))
        else:
            objs = json_articles(obj)
            for k, o in enumerate(objs, start=1):  # an envelope of several: <uri>#<line>.<k>
                one_uri, raw = (
                    (uri, line) if len(objs) == 1 else (f"{uri}.{k}", json.dumps(o, ensure_ascii=False))
                )
                outcomes.append((one_uri, _json_outcome(one_uri, o, raw, collected), True))
    return outcomes
