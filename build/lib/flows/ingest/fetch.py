"""Safe HTTP fetching of article pages and RSS/Atom feeds.

``fetch_url`` downloads one URL and either returns the body or raises ``FetchError`` whose
``reason`` names the problem in a few words ("http 404", "timeout: read after 5.0s"). Reasons
for which ``is_transient`` is true (timeouts, connection errors, http 5xx, 408 and 429, and
``deferred``) may go away by themselves; the others will not. There are no retries in here, the
orchestration layer retries with backoff.

Safety limits:

- http and https only, for the first URL and for every redirect target; at most 5 redirects;
- (connect, read) timeouts on every socket operation, and a total deadline for the whole fetch
  (connecting, response headers and body, redirects included): a watchdog shuts the socket down
  when it passes, so a server sending one byte a second, in its headers or its body, is cut off
  at the deadline and not after;
- no connection to a non-public address (loopback, private, link-local, reserved, ...) unless
  ``allow_private_hosts``: the address the socket is actually connected to is checked, on every
  hop, so a public name resolving (or a redirect leading) to a private address is refused too;
- a size cap checked against Content-Length first, then while streaming (after decompression,
  so a gzip bomb stops at the cap too);
- an allow-list of content types; a User-Agent naming the project.

``parse_feed`` reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom with feedparser, which reads feeds as
published (stray HTML entities, bare ampersands, odd encoding labels). Documents whose DOCTYPE
declares entities are refused first, which rules out entity-expansion and external-entity attacks.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.cookies import extract_cookies_to_jar
from requests.utils import select_proxy

from flows.ingest.markup import root_name

try:
    from flows import __version__ as _VERSION
except ImportError:  # pragma: no cover - the package always defines it today
    _VERSION = "0.1"

__all__ = [
    "ALLOWED_TYPES",
    "TRANSIENT_REASONS",
    "USER_AGENT",
    "FeedError",
    "FeedItem",
    "FetchError",
    "Fetched",
    "fetch_url",
    "is_transient",
    "parse_feed",
    "run_time_used_up",
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
# failures that may go away by themselves ("deferred": not tried, the run's fetch time was used up)
TRANSIENT_REASONS = ("timeout", "connection", "http 5", "http 408", "http 429", "deferred")
_CHUNK = 64 * 1024


def run_time_used_up(run_timeout: float) -> FetchError:
    """The error for a URL not fetched (or cut short) because the run's fetch time ran out."""
    return FetchError(f"deferred: the run's fetch time of {run_timeout:g}s (fetch_run_timeout) was used up")


def is_transient(reason: str) -> bool:
    """True when a failure with this ``reason`` may go away by itself (worth trying again later)."""
    return reason.lower().startswith(TRANSIENT_REASONS)


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
    published: str | None  # ISO 8601 in the feed's own offset when it parses, else the feed's text
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


def _non_public(address: str) -> bool:
    """True for loopback, private, link-local, reserved, ... addresses (IPv4-mapped IPv6 as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    ip = getattr(ip, "ipv4_mapped", None) or ip
    return not ip.is_global


def _refusal(address: str) -> str:
    return f"refused: non-public address {address} (fetch_allow_private_hosts is off)"


def _check_host(url: str, resolve: bool) -> None:
    """Refuse an IP literal that is not public; with ``resolve``, every address of a host name too
    (used when a proxy makes the connection, so the connected peer is the proxy)."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        if not resolve:
            return
        try:
            addresses = sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
        except OSError:
            return  # the proxy resolves it, or reports the failure
    for address in addresses:
        if _non_public(address):
            raise FetchError(_refusal(address))


class _Guard:
    """The total deadline and the address rule of one fetch, shared by all its connections.

    A timer shuts every socket of the fetch down when the deadline passes; a read blocked on
    it returns at once and the fetch reports ``timeout: total after Ns``."""

    def __init__(self, seconds: float, allow_private: bool) -> None:
        self.seconds = seconds
        self.allow_private = allow_private
        self.end = time.monotonic() + seconds
        self.expired = False
        self.refused: str | None = None  # the non-public address a connection reached
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shutdown(sock)

    def register(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shutdown(sock)

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0 or self.expired:
            raise self.timeout()
        return left

    def timeout(self) -> FetchError:
        return FetchError(f"timeout: total after {round(self.seconds, 2)}s")

    def check(self, timed_out: bool = False) -> None:
        """Raise the error that explains a failed or cut-short read, if the guard knows it.

        ``timed_out``: a socket timeout ended the read; it is the total deadline's when the
        deadline is (about) reached, since the socket timeouts never run past it."""
        if self.refused is not None:
            raise FetchError(_refusal(self.refused))
        if self.expired or (timed_out and time.monotonic() >= self.end - 0.05):
            raise self.timeout()

    def close(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    # socket.socket's own shutdown, also for an SSLSocket: only the file descriptor
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _GuardedHTTPConnection(urllib3.connection.HTTPConnection):
    """Registers its socket with the fetch's guard and refuses a non-public peer (checked on the
    connected socket, so no later DNS answer can change it)."""

    guard: _Guard  # set on the per-fetch subclass

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        self.guard.register(sock)
        if not self.guard.allow_private and not self.proxy:
            try:
                peer = sock.getpeername()[0]
            except OSError as exc:
                sock.close()
                raise urllib3.exceptions.NewConnectionError(self, str(exc)) from exc
            if _non_public(peer):
                self.guard.refused = peer
                sock.close()
                raise urllib3.exceptions.NewConnectionError(self, _refusal(peer))
        return sock


class _GuardedHTTPSConnection(_GuardedHTTPConnection, urllib3.connection.HTTPSConnection):
    pass


class _GuardedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections (direct or through an http proxy) belong to one guard."""

    def __init__(self, guard: _Guard) -> None:
        attrs = {"guard": guard}
        http_conn = type("_Conn", (_GuardedHTTPConnection,), attrs)
        https_conn = type("_TLSConn", (_GuardedHTTPSConnection,), attrs)
        self._pools = {
            "http": type("_Pool", (urllib3.HTTPConnectionPool,), {"ConnectionCls": http_conn}),
            "https": type("_TLSPool", (urllib3.HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
        }
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(self._pools)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = dict(self._pools)
        return manager


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


def _request(
    session: requests.Session,
    adapter: _GuardedAdapter,
    url: str,
    connect_timeout: float,
    read_timeout: float,
    accept: str,
    guard: _Guard,
) -> requests.Response:
    """One GET through ``adapter`` with the session's cookies, headers, auth and proxies."""
    left = guard.remaining()
    connect, read = min(connect_timeout, left), min(read_timeout, left)
    request = requests.Request("GET", url, headers={"User-Agent": USER_AGENT, "Accept": accept})
    try:
        prepared = session.prepare_request(request)
        env = session.merge_environment_settings(prepared.url, {}, True, None, None)
        proxied = bool(select_proxy(prepared.url, env["proxies"]))
        if proxied and not guard.allow_private:
            _check_host(prepared.url, resolve=True)
        resp = adapter.send(
            prepared,
            stream=True,
            timeout=(connect, read),
            verify=env["verify"],
            cert=env["cert"],
            proxies=env["proxies"],
        )
    except FetchError:
        raise
    except requests.exceptions.ConnectTimeout:
        guard.check(timed_out=True)
        raise FetchError(f"timeout: connect after {connect_timeout}s") from None
    except requests.exceptions.ReadTimeout:
        guard.check(timed_out=True)
        raise FetchError(f"timeout: read after {read_timeout}s") from None
    except requests.exceptions.SSLError as exc:
        guard.check()
        detail = "handshake failed"
        if "CERTIFICATE_VERIFY_FAILED" in str(exc):
            detail = "certificate verify failed"
        raise FetchError(f"tls error: {detail}") from None
    except requests.exceptions.ConnectionError as exc:
        guard.check()
        raise FetchError(_connection_reason(exc)) from None
    except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema) as exc:
        raise FetchError(f"invalid url: {exc}") from None
    except requests.exceptions.RequestException as exc:
        guard.check()
        raise FetchError(f"request failed: {type(exc).__name__}") from None
    extract_cookies_to_jar(session.cookies, prepared, resp.raw)
    guard.check()
    return resp


def _read_body(resp: requests.Response, max_bytes: int, read_timeout: float, guard: _Guard) -> bytes:
    """Stream the body, decoded, checking the size cap and the deadline after every socket read."""
    raw = resp.raw
    read = getattr(raw, "read1", None) or raw.read
    chunks: list[bytes] = []
    size = 0
    while True:
        guard.remaining()
        try:
            chunk = read(_CHUNK, decode_content=True)
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
            guard.check(timed_out=True)
            raise FetchError(f"timeout: read after {read_timeout}s") from None
        except urllib3.exceptions.DecodeError as exc:
            guard.check()
            raise FetchError(f"bad content-encoding: {exc.__class__.__name__}") from None
        except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
            guard.check()
            raise FetchError(_connection_reason(exc)) from None
        if not chunk:
            guard.check()  # an end of body forced by the watchdog is not the end of the body
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
    allow_private_hosts: bool = False,
) -> Fetched:
    """GET ``url`` following up to 5 redirects; raises ``FetchError``. No retries.

    ``connect_timeout``/``read_timeout`` (seconds) bound each socket operation; ``total_timeout``
    (seconds) bounds the whole fetch, from connecting through the last byte of the body and
    across redirects: when it passes, the connection is shut down and the reason is
    ``"timeout: total after Ns"``. Only name resolution (the system resolver) is outside it.

    Unless ``allow_private_hosts``, a URL or redirect target whose connected address is not
    public (127.0.0.1, 10.x, 192.168.x, 169.254.x, ::1, ...) is refused with a reason starting
    ``"refused: non-public address"``; through a proxy, every address the host name resolves to
    is checked instead.

    ``session`` lends its cookies, headers, auth and proxy settings (it is not closed and its
    adapters are not used: the connections are the fetch's own).
    """
    _check_url(url)
    if not allow_private_hosts:
        _check_host(url, resolve=False)
    guard = _Guard(total_timeout, allow_private_hosts)
    allowed = {t.lower() for t in allowed_types}
    accept = ", ".join(allowed_types) + ", */*;q=0.1"
    own_session = session is None
    sess = session if session is not None else requests.Session()
    adapter = _GuardedAdapter(guard)
    try:
        current = url
        for hop in range(MAX_REDIRECTS + 1):
            resp = _request(sess, adapter, current, connect_timeout, read_timeout, accept, guard)
            with resp:
                target = sess.get_redirect_target(resp)
                if target is not None:
                    if hop == MAX_REDIRECTS:
                        raise FetchError(f"too many redirects: > {MAX_REDIRECTS}")
                    current = urljoin(resp.url, target)
                    _check_url(current)
                    if not allow_private_hosts:
                        _check_host(current, resolve=False)
                    continue
                return _accept(resp, allowed, max_bytes, read_timeout, guard)
        raise AssertionError("unreachable")  # pragma: no cover
    finally:
        guard.close()
        adapter.close()
        if own_session:
            sess.close()


def _accept(
    resp: requests.Response, allowed: set[str], max_bytes: int, read_timeout: float, guard: _Guard
) -> Fetched:
    if not 200 <= resp.status_code < 300:
        raise FetchError(f"http {resp.status_code}")
    header = resp.headers.get("Content-Type", "")
    content_type, charset = _parse_content_type(header)
    if not content_type:
        raise FetchError("content-type missing")
    if not content_type_allowed(content_type, allowed):
        raise FetchError(f"content-type not allowed: {content_type}")
    length = resp.headers.get("Content-Length", "").strip()
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"too large: > {max_bytes} bytes")
    content = _read_body(resp, max_bytes, read_timeout, guard)
    return Fetched(resp.url, content, content_type, charset, datetime.now(UTC))


def content_type_allowed(content_type: str, allowed: set[str] | frozenset[str]) -> bool:
    """Whether a media type (lower case, no parameters) is one of ``allowed``, where any XML type
    (``text/xml``, ``application/xml`` and every ``+xml`` type: ``application/rss+xml``,
    ``application/x-rss+xml``, ``application/atom+xml``, ``application/rdf+xml``) counts as one
    when ``allowed`` holds an XML type: what the document is, a feed or a page, is told by its root
    element once it is read (``flows.ingest.markup.root_name``), not by the name it was served under."""
    if content_type in allowed:
        return True
    return _is_xml_type(content_type) and any(_is_xml_type(t) for t in allowed)


def _is_xml_type(content_type: str) -> bool:
    return content_type.endswith(("+xml", "/xml"))


def _parse_content_type(header: str) -> tuple[str, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset="UTF-8"'."""
    media_type, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'").strip().lower() or None
    return media_type.strip().lower(), charset


# --------------------------------------------------------------------------- feeds

# A DOCTYPE with an internal subset, or an entity declaration, is where entity-expansion and
# external-entity attacks live: such a document is refused before it is parsed.
_DOCTYPE_SUBSET_RE = re.compile(rb"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.I)


def _date(raw: str | None) -> str | None:
    """The feed's date as ISO 8601 in the writer's own offset (the stated calendar day is kept),
    or the feed's text when it is not RFC 822 or ISO 8601 (``"Пн, 6 мая 2019 12:00:00 +0300"``,
    read later by ``flows.ingest.documents.parse_date_value``)."""
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    try:
        return parsedate_to_datetime(raw).isoformat()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        try:
            return datetime.fromisoformat(raw).isoformat()  # Atom, dc:date: RFC 3339
        except ValueError:
            return raw


def _absolute(base: str, href: str | None) -> str | None:
    if not href:
        return None
    url = urljoin(base, href.strip())
    return url if urlsplit(url).scheme.lower() in ALLOWED_SCHEMES else None


def _entry_url(entry: Any, base: str) -> str | None:
    """The article's URL: the rel="alternate" link (an HTML one first), else a permalink guid."""
    alternates = [
        (link.get("type") or "", link.get("href"))
        for link in entry.get("links", [])
        if (link.get("rel") or "alternate") == "alternate" and link.get("href")
    ]
    alternates.sort(key=lambda t: not ("html" in t[0] or not t[0]))
    for _, href in alternates:
        if url := _absolute(base, href):
            return url
    if entry.get("guidislink") and (url := _absolute(base, entry.get("id"))):
        return url
    return _absolute(base, entry.get("link"))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def parse_feed(content: bytes, base_url: str) -> list[FeedItem]:
    """Items of an RSS 0.9x/1.0/2.0 or Atom feed, in feed order, one per distinct absolute
    http(s) URL, read by feedparser.

    Feeds as published are read: undeclared HTML entities (``&nbsp;``), a bare ``&``, an encoding
    label such as ``cp-1251`` cost nothing. Relative links are resolved against ``base_url`` (and
    ``xml:base``). Items without a usable link are skipped. Raises ``FeedError`` for a DOCTYPE
    declaring entities, content that is not RSS or Atom, or markup so broken that no item is left.
    """
    import feedparser

    if _DOCTYPE_SUBSET_RE.search(content[:65536]):
        raise FeedError("feed: DOCTYPE not allowed")
    parsed = feedparser.parse(
        content,
        response_headers={"content-location": base_url, "content-type": "application/xml"},
        resolve_relative_uris=True,
        sanitize_html=True,
    )
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version"):
        root = root_name(content.decode("latin-1"))  # markup's names are ASCII in any encoding
        if root and (problem is None or root.lower() == "html"):
            raise FeedError(f"feed: not RSS or Atom (root element <{root}>)")
        raise FeedError(f"feed: malformed xml: {problem or 'no root element'}")
    base = urljoin(base_url, "")
    seen: set[str] = set()
    result: list[FeedItem] = []
    for entry in parsed.entries:
        url = _entry_url(entry, base)
        if url is None or url in seen:
            continue
        seen.add(url)
        result.append(
            FeedItem(
                url=url,
                title=_clean(entry.get("title")),
                published=_date(entry.get("published") or entry.get("updated")),
                summary=_clean(entry.get("summary")),
            )
        )
    if not result and parsed.entries and problem is not None:
        raise FeedError(f"feed: malformed xml: {problem}")
    return result
