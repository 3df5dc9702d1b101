"""Safe HTTP fetching of article pages and RSS/Atom feeds.

``fetch_url`` downloads one URL and either returns the body or raises ``FetchError`` whose
``reason`` names the problem in a few words ("http 404", "timeout: read after 5.0s"). Reasons
starting with ``timeout``, ``connection``, ``http 5`` and ``http 429`` are worth retrying; there
are no retries in here, the orchestration layer retries with backoff.

Safety limits:

- http and https only, for the first URL and for every redirect target; at most 5 redirects;
- (connect, read) timeouts on every socket operation, plus a deadline for the whole download so
  a server dribbling a byte at a time cannot hold the worker;
- a size cap checked against Content-Length first, then while streaming (after decompression,
  so a gzip bomb stops at the cap too);
- an allow-list of content types; a User-Agent naming the project.

``parse_feed`` reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom with the standard library XML parser.
Documents with a DOCTYPE are refused, which rules out entity-expansion attacks without defusedxml.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
import xml.parsers.expat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

try:
    from flows import __version__ as _VERSION
except ImportError:  # pragma: no cover - the package always defines it today
    _VERSION = "0.1"

__all__ = [
    "ALLOWED_TYPES",
    "USER_AGENT",
    "FeedError",
    "FeedItem",
    "FetchError",
    "Fetched",
    "fetch_url",
    "parse_feed",
]

USER_AGENT = f"Dyad/{_VERSION} (+news relations data platform)"
ALLOWED_SCHEMES = frozenset({"http", "https"})
ALLOWED_TYPES: tuple[str, ...] = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/json",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
)
MAX_REDIRECTS = 5
DEFAULT_TOTAL_TIMEOUT = 60.0  # seconds for the whole fetch, redirects included
_CHUNK = 64 * 1024


class FetchError(Exception):
    """The URL could not be fetched; ``reason`` is short and specific (e.g. ``"http 404"``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FeedError(FetchError):
    """The content is not a usable RSS/Atom feed (``reason`` starts with ``"feed: "``)."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # final URL after redirects
    content: bytes  # body, Content-Encoding (gzip, deflate) already undone
    content_type: str  # media type only, lowercased: 'text/html'
    encoding: str | None  # the charset parameter of Content-Type, lowercased, if any
    fetched_at: datetime  # UTC


@dataclass(frozen=True, slots=True)
class FeedItem:
    url: str  # absolute http(s) URL of the article
    title: str | None
    published: str | None  # ISO 8601 when the feed's date parses, else the feed's own text
    summary: str | None  # description / summary / content as text (may hold HTML markup)


# --------------------------------------------------------------------------- fetching


def _check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchError(f"invalid url: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError(f"scheme not allowed: {scheme or '(none)'}")
    if not parts.hostname:
        raise FetchError("invalid url: no host")


def _parse_content_type(header: str) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset="UTF-8"'."""
    media_type, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").strip().lower() or None
    return media_type.strip().lower(), charset


_ERRNO_RE = re.compile(r"\[Errno -?\d+\] ([^'\")\]]+)")


def _connection_reason(exc: BaseException) -> str:
    """'connection error: connection refused' rather than the whole urllib3 retry story."""
    text = str(exc)
    m = _ERRNO_RE.search(text)
    if m:
        detail = m.group(1).strip()
    elif "RemoteDisconnected" in text or "without response" in text:
        detail = "closed without response"
    elif "IncompleteRead" in text or "incomplete" in text.lower():
        detail = "incomplete body"
    else:
        detail = type(exc).__name__
    return f"connection error: {detail.lower()}"


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise FetchError(f"timeout: total after {self.seconds}s")
        return left


def _request(
    session: requests.Session,
    url: str,
    connect_timeout: float,
    read_timeout: float,
    accept: str,
    deadline: _Deadline,
) -> requests.Response:
    left = deadline.remaining()
    connect, read = min(connect_timeout, left), min(read_timeout, left)
    try:
        return session.get(
            url,
            headers={"User-Agent": USER_AGENT, "Accept": accept},
            timeout=(connect, read),
            stream=True,
            allow_redirects=False,
        )
    except requests.exceptions.ConnectTimeout:
        deadline.remaining()
        raise FetchError(f"timeout: connect after {connect_timeout}s") from None
    except requests.exceptions.ReadTimeout:
        deadline.remaining()
        raise FetchError(f"timeout: read after {read_timeout}s") from None
    except requests.exceptions.SSLError as exc:
        detail = "handshake failed"
        if "CERTIFICATE_VERIFY_FAILED" in str(exc):
            detail = "certificate verify failed"
        raise FetchError(f"tls error: {detail}") from None
    except requests.exceptions.ConnectionError as exc:
        raise FetchError(_connection_reason(exc)) from None
    except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema) as exc:
        raise FetchError(f"invalid url: {exc}") from None
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"request failed: {type(exc).__name__}") from None


def _read_body(resp: requests.Response, max_bytes: int, read_timeout: float, deadline: _Deadline) -> bytes:
    """Stream the body, decoded, checking the size cap and the deadline after every socket read."""
    raw = resp.raw
    read = getattr(raw, "read1", None) or raw.read
    chunks: list[bytes] = []
    size = 0
    while True:
        deadline.remaining()
        try:
            chunk = read(_CHUNK, decode_content=True)
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
            deadline.remaining()
            raise FetchError(f"timeout: read after {read_timeout}s") from None
        except urllib3.exceptions.DecodeError as exc:
            raise FetchError(f"bad content-encoding: {exc.__class__.__name__}") from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise FetchError(_connection_reason(exc)) from None
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large: > {max_bytes} bytes")
        chunks.append(chunk)


def fetch_url(
    url: str,
    *,
    connect_timeout: float = 5.0,
    read_timeout: float = 20.0,
    max_bytes: int = 5_000_000,
    allowed_types: tuple[str, ...] = ALLOWED_TYPES,
    session: requests.Session | None = None,
    total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
) -> Fetched:
    """GET ``url`` following up to 5 redirects; raises ``FetchError``. No retries.

    ``connect_timeout``/``read_timeout`` bound each socket operation; ``total_timeout`` bounds the
    whole fetch (checked between reads, so it may be overrun by at most one ``read_timeout``).
    ``session`` is used as given (its cookies, adapters and proxies) and is not closed.
    """
    _check_url(url)
    deadline = _Deadline(total_timeout)
    allowed = {t.lower() for t in allowed_types}
    accept = ", ".join(allowed_types) + ", */*;q=0.1"
    own_session = session is None
    sess = session if session is not None else requests.Session()
    try:
        current = url
        for hop in range(MAX_REDIRECTS + 1):
            resp = _request(sess, current, connect_timeout, read_timeout, accept, deadline)
            with resp:
                target = sess.get_redirect_target(resp)
                if target is not None:
                    if hop == MAX_REDIRECTS:
                        raise FetchError(f"too many redirects: > {MAX_REDIRECTS}")
                    current = urljoin(resp.url, target)
                    _check_url(current)
                    continue
                return _accept(resp, allowed, max_bytes, read_timeout, deadline)
        raise AssertionError("unreachable")  # pragma: no cover
    finally:
        if own_session:
            sess.close()


def _accept(
    resp: requests.Response, allowed: set[str], max_bytes: int, read_timeout: float, deadline: _Deadline
) -> Fetched:
    if not 200 <= resp.status_code < 300:
        raise FetchError(f"http {resp.status_code}")
    header = resp.headers.get("Content-Type", "")
    content_type, charset = _parse_content_type(header)
    if not content_type:
        raise FetchError("content-type missing")
    if content_type not in allowed:
        raise FetchError(f"content-type not allowed: {content_type}")
    length = resp.headers.get("Content-Length", "").strip()
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"too large: > {max_bytes} bytes")
    content = _read_body(resp, max_bytes, read_timeout, deadline)
    return Fetched(resp.url, content, content_type, charset, datetime.now(UTC))


# --------------------------------------------------------------------------- feeds

_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


class _FoundRoot(Exception):
    pass


def _refuse_doctype(content: bytes) -> None:
    """Scan the prolog with expat: a DOCTYPE (where entities are declared) is refused outright."""

    def doctype(*_args: object) -> None:
        raise FeedError("feed: DOCTYPE not allowed")

    def root(*_args: object) -> None:
        raise _FoundRoot

    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = root
    try:
        parser.Parse(content, True)
    except _FoundRoot:
        return
    except xml.parsers.expat.ExpatError as exc:
        raise FeedError(f"feed: malformed xml: {exc}") from None
    raise FeedError("feed: no root element")  # pragma: no cover - expat reports this as an error


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(elem: ET.Element, name: str) -> Iterable[ET.Element]:
    return (child for child in elem if _local(child.tag) == name)


def _first(elem: ET.Element, *names: str) -> ET.Element | None:
    for name in names:
        for child in _children(elem, name):
            return child
    return None


def _text(elem: ET.Element | None) -> str | None:
    if elem is None:
        return None
    text = "".join(elem.itertext()).strip()
    return text or None


def _date(elem: ET.Element | None) -> str | None:
    raw = _text(elem)
    if raw is None:
        return None
    try:
        parsed = parsedate_to_datetime(raw)  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        try:
            parsed = datetime.fromisoformat(raw)  # Atom, dc:date: RFC 3339
        except ValueError:
            return raw
    return parsed.astimezone(UTC).isoformat() if parsed.tzinfo else parsed.isoformat()


def _absolute(base: str, href: str | None) -> str | None:
    if not href:
        return None
    url = urljoin(base, href.strip())
    return url if urlsplit(url).scheme.lower() in ALLOWED_SCHEMES else None


def _base(elem: ET.Element, base: str) -> str:
    own = elem.get(_XML_BASE)
    return urljoin(base, own.strip()) if own else base


def _rss_item(item: ET.Element, base: str) -> FeedItem | None:
    base = _base(item, base)
    # the first <link> with text: an <atom:link rel="self" href=.../> may come before it
    url = _absolute(base, next(filter(None, map(_text, _children(item, "link"))), None))
    if url is None:
        guid = _first(item, "guid")
        if guid is not None and guid.get("isPermaLink", "true").lower() != "false":
            url = _absolute(base, _text(guid))
    if url is None:
        about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")  # RSS 1.0
        url = _absolute(base, about)
    if url is None:
        return None
    return FeedItem(
        url=url,
        title=_text(_first(item, "title")),
        published=_date(_first(item, "pubDate", "date", "published", "updated")),
        summary=_text(_first(item, "description", "summary", "encoded")),
    )


def _atom_link(entry: ET.Element) -> str | None:
    """href of the rel="alternate" link (the default rel), preferring an HTML one."""
    alternates = [
        (link.get("type", ""), link.get("href"))
        for link in _children(entry, "link")
        if link.get("rel", "alternate") == "alternate" and link.get("href")
    ]
    for media_type, href in alternates:
        if "html" in media_type or not media_type:
            return href
    return alternates[0][1] if alternates else None


def _atom_entry(entry: ET.Element, base: str) -> FeedItem | None:
    base = _base(entry, base)
    url = _absolute(base, _atom_link(entry))
    if url is None:
        return None
    return FeedItem(
        url=url,
        title=_text(_first(entry, "title")),
        published=_date(_first(entry, "published", "updated", "issued", "modified")),
        summary=_text(_first(entry, "summary", "content")),
    )


def parse_feed(content: bytes, base_url: str) -> list[FeedItem]:
    """Items of an RSS or Atom feed, in feed order, one per distinct absolute http(s) URL.

    Relative links are resolved against ``base_url`` (and ``xml:base``). Items without a usable
    link are skipped. Raises ``FeedError`` for malformed XML, a DOCTYPE, or another format.
    """
    _refuse_doctype(content)
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise FeedError(f"feed: malformed xml: {exc}") from None
    base = _base(root, base_url)
    kind = _local(root.tag)
    items: Iterable[FeedItem | None]
    if kind == "rss":
        channel = _first(root, "channel")
        scope = channel if channel is not None else root
        base = _base(scope, base)
        items = (_rss_item(item, base) for item in _children(scope, "item"))
    elif kind == "RDF":
        items = (_rss_item(item, base) for item in root.iter() if _local(item.tag) == "item")
    elif kind == "feed":
        items = (_atom_entry(entry, base) for entry in _children(root, "entry"))
    else:
        raise FeedError(f"feed: not RSS or Atom (root element <{kind}>)")
    seen: set[str] = set()
    result: list[FeedItem] = []
    for item in items:
        if item is not None and item.url not in seen:
            seen.add(item.url)
            result.append(item)
    return result
