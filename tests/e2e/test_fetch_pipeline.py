"""URLs and feeds through the real flow, against a local HTTP server started by the test."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from tests.conftest import SEEDS, run_pipeline

pytestmark = pytest.mark.slow

HITS: dict[str, int] = {}


def _page(title: str, paragraphs: list[str], dated: bool = True) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    meta = "<meta property='article:published_time' content='2025-03-05T10:00:00+03:00'>" if dated else ""
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Тестовое агентство'>"
        f"{meta}</head>"
        f"<body><nav>Главная | Новости</nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Все права защищены</footer></body></html>"
    ).encode()


def _paragraphs(seed: str) -> list[str]:
    text = (SEEDS / seed).read_text(encoding="utf-8").split("Комментарии")[0]  # no sidebar
    return [p for p in text.split("\n") if len(p.split()) > 12][:6]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status: int, ctype: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        HITS[self.path] = HITS.get(self.path, 0) + 1
        base = f"http://127.0.0.1:{self.server.server_port}"
        if self.path == "/article.html":
            self._send(
                200,
                "text/html; charset=utf-8",
                _page("Беларусь и Китай", _paragraphs("000_7cb8a6a600c89242.txt")),
            )
        elif self.path in ("/a1.html", "/a2.html"):
            seed = "002_f7808c3b0d4d12dc.txt" if self.path == "/a1.html" else "004_7c970ca002db6d32.txt"
            self._send(
                200, "text/html; charset=utf-8", _page(f"Новость {self.path}", _paragraphs(seed), dated=False)
            )
        elif self.path in ("/a3.html", "/a4.html"):  # feed items dated in Ukrainian and Polish
            unique = f"Материал {self.path} из ленты, опубликованный на сайте на другом языке."
            paragraphs = [unique, *_paragraphs("002_f7808c3b0d4d12dc.txt")]
            self._send(
                200, "text/html; charset=utf-8", _page(f"Новость {self.path}", paragraphs, dated=False)
            )
        elif self.path == "/feed.xml":
            items = "".join(
                f"<item><title>Новость&nbsp;{p} & другое</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                for p, d in (
                    ("/a1.html", "Wed, 4 Sep 2024 08:30:00 +0300"),
                    ("/a2.html", "Пн, 6 мая 2019 12:00:00 +0300"),
                    ("/a3.html", "чт, 15 жов 2026 10:00:00 +0300"),
                    ("/a4.html", "pt, 16 paź 2026 10:00:00 +0200"),
                )
            )
            rss = f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
            self._send(200, "application/rss+xml", rss.encode())
        elif self.path.startswith("/typed-feed/"):  # /typed-feed/<media type>: the feed under that type
            items = f"<item><title>Новость</title><link>{base}/article.html</link></item>"
            rss = f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
            self._send(200, self.path.removeprefix("/typed-feed/"), rss.encode())
        elif self.path == "/big-feed.xml":
            links = [
                f"{base}/n/0.html",
                f"{base}/gone.html",
                f"{base}/flaky.html",
                "http://10.0.0.1/internal.html",
            ]
            links += [f"http://127.0.0.2:{self.server.server_port}/other.html", "http://[::1]/x.html"]
            links += [f"{base}/n/{k}.html" for k in range(1, 8)]
            items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
            rss = f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
            self._send(200, "application/rss+xml", rss.encode())
        elif self.path == "/gone.html":
            self._send(404, "text/plain", b"gone")
        elif self.path == "/flaky.html":  # busy at the first request, fine afterwards
            if HITS[self.path] == 1:
                self._send(503, "text/plain", b"busy")
            else:
                self._send(
                    200, "text/html; charset=utf-8", _page("Флаки", _paragraphs("000_7cb8a6a600c89242.txt"))
                )
        elif self.path.startswith("/n/"):
            unique = (
                f"Материал номер {self.path} из ленты новостей, опубликованный в рамках проверки платформы."
            )
            paragraphs = [unique, *_paragraphs("002_f7808c3b0d4d12dc.txt")]
            self._send(200, "text/html; charset=utf-8", _page(f"Новость {self.path}", paragraphs))
        elif self.path == "/slow.html":
            time.sleep(3)
            self._send(200, "text/html", b"<html>late</html>")
        elif self.path == "/huge.html":
            self._send(200, "text/html", b"<html>" + b"x" * 200_000 + b"</html>")
        elif self.path == "/image.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"0" * 100)
        else:
            self._send(404, "text/plain", b"not found")


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()


def test_urls_and_feeds_are_ingested_with_reasons_for_failures(prefect_harness, server, tmp_path):
    empty = tmp_path / "inbox"
    empty.mkdir()
    wh = tmp_path / "wh" / "dyad.duckdb"
    settings = {
        "fetch_read_timeout": 1.0,
        "fetch_max_bytes": 50_000,
        "fetch_retries": 1,
        "fetch_retry_delay": 0.1,
        "fetch_allow_private_hosts": True,  # the test server listens on 127.0.0.1
    }
    urls = [
        f"{server}/article.html",
        f"{server}/slow.html",
        f"{server}/huge.html",
        f"{server}/image.png",
        f"{server}/missing.html",
    ]
    summary = run_pipeline(empty, wh, urls=urls, feeds=[f"{server}/feed.xml"], settings_overrides=settings)
    assert summary.status == "published"
    con = duckdb.connect(str(wh), read_only=True)
    try:
        articles = dict(con.execute("select source_uri, title from marts.articles").fetchall())
        dates = {
            uri: (d, source)
            for uri, d, source in con.execute(
                "select source_uri, published_date::varchar, published_date_source from marts.articles"
            ).fetchall()
        }
        rejected = dict(con.execute("select source_uri, reason from audit.rejected_files").fetchall())
        pairs = {r for r in con.execute("select country_a, country_b from marts.dyads").fetchall()}
    finally:
        con.close()
    assert set(articles) == {f"{server}/article.html"} | {f"{server}/a{k}.html" for k in range(1, 5)}
    assert pairs == {("BY", "CN"), ("BY", "KZ"), ("BY", "RU")}
    # a feed with an undeclared entity and a bare ampersand is read; its pages keep the items' dates
    # a page opening with an agency dateline (``27 февраля, Минск /Корр. БЕЛТА/.``) states its own
    # date: the dateline's day wins over the feed item's, its year taken from the feed's date
    assert dates[f"{server}/a1.html"] == ("2024-02-27", "dateline")
    assert dates[f"{server}/a2.html"] == ("2019-05-06", "feed")
    assert dates[f"{server}/a3.html"] == ("2026-10-15", "feed")  # Ukrainian month abbreviation
    assert dates[f"{server}/a4.html"] == ("2026-10-16", "feed")  # Polish
    assert dates[f"{server}/article.html"] == ("2025-03-05", "html meta")
    assert rejected[f"{server}/slow.html"].startswith("timeout")
    assert rejected[f"{server}/huge.html"].startswith("too large")
    assert rejected[f"{server}/image.png"].startswith("content-type not allowed")
    assert rejected[f"{server}/missing.html"] == "http 404"
    assert HITS["/slow.html"] == 2  # a timeout is retried (fetch_retries=1) ...
    assert HITS["/missing.html"] == 1  # ... a 404 is not

    # a second run fetches the feed again but skips entries it already has
    again = run_pipeline(empty, wh, feeds=[f"{server}/feed.xml"], settings_overrides=settings)
    assert again.articles_new == 0
    assert HITS["/a1.html"] == 1


def test_feeds_are_capped_private_items_refused_and_permanent_failures_not_refetched(
    prefect_harness, server, tmp_path, monkeypatch
):
    """A public feed (127.0.0.1 counts as public here, so that the test server can play one)
    listing a 404, a page busy once, three private addresses and 8 articles; 5 items per run."""
    from flows.ingest import fetch as fetch_module

    real = fetch_module._non_public
    monkeypatch.setattr(fetch_module, "_non_public", lambda a: a != "127.0.0.1" and real(a))
    empty = tmp_path / "inbox"
    empty.mkdir()
    wh = tmp_path / "wh" / "dyad.duckdb"
    settings = {"fetch_retries": 0, "fetch_feed_max_items": 5}
    feed = f"{server}/big-feed.xml"

    def state():
        con = duckdb.connect(str(wh), read_only=True)
        try:
            rejected = dict(
                con.execute(
                    "select source_uri, reason from audit.rejected_files where source_uri <> ? order by detected_at",
                    [feed],
                ).fetchall()
            )
            articles = {r[0] for r in con.execute("select source_uri from marts.articles").fetchall()}
        finally:
            con.close()
        return rejected, articles

    first = run_pipeline(empty, wh, feeds=[feed], settings_overrides=settings)
    assert first.status == "published"
    rejected, articles = state()
    port = server.rsplit(":", 1)[1]
    assert articles == {f"{server}/n/0.html"}
    assert rejected == {
        f"{server}/gone.html": "http 404",
        f"{server}/flaky.html": "http 503",
        "http://10.0.0.1/internal.html": refusal("10.0.0.1"),
        f"http://127.0.0.2:{port}/other.html": refusal("127.0.0.2"),
    }  # 5 items taken: the rest of the feed waits
    assert sorted(k for k in HITS if k.startswith("/n/")) == ["/n/0.html"]

    second = run_pipeline(empty, wh, feeds=[feed], settings_overrides=settings)
    assert second.status == "published"
    rejected, articles = state()
    assert HITS["/gone.html"] == 1  # failed for good: not fetched again
    assert HITS["/flaky.html"] == 2  # failed for now: tried again, and ingested
    assert rejected["http://[::1]/x.html"] == refusal("::1")
    assert articles == {f"{server}/flaky.html", *(f"{server}/n/{k}.html" for k in range(4))}
    assert sorted(k for k in HITS if k.startswith("/n/")) == [f"/n/{k}.html" for k in range(4)]

    third = run_pipeline(empty, wh, feeds=[feed], settings_overrides=settings)
    _, articles = state()
    assert third.articles_new == 4 and len(articles) == 9
    assert HITS["/gone.html"] == 1 and HITS["/flaky.html"] == 2


def refusal(address: str) -> str:
    return f"refused: non-public address {address} (fetch_allow_private_hosts is off)"


def test_private_feed_is_refused_by_default(prefect_harness, server, inbox, tmp_path):
    wh = tmp_path / "wh" / "dyad.duckdb"
    before = HITS.get("/feed.xml", 0)
    summary = run_pipeline(inbox, wh, feeds=[f"{server}/feed.xml"], urls=[f"{server}/article.html"])
    assert summary.status == "published"
    assert dict(summary.rejected) == {
        f"{server}/feed.xml": "feed: refused: non-public address 127.0.0.1 (fetch_allow_private_hosts is off)",
        f"{server}/article.html": "refused: non-public address 127.0.0.1 (fetch_allow_private_hosts is off)",
    }
    assert HITS.get("/feed.xml", 0) == before  # not even connected to


# ------------------------------------------------------------------ deadlines, through the fetch task


def _trickling_server(every: float):
    """127.0.0.1 server sending its response headers one byte every ``every`` seconds; returns
    (url, connection counter, stop)."""
    stop = threading.Event()
    sock = socket.create_server(("127.0.0.1", 0))
    sock.settimeout(0.05)
    count = [0]

    def handle(conn):
        with conn, contextlib.suppress(OSError):
            conn.recv(4096)
            for b in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\n\r\nok":
                if stop.wait(every):
                    return
                conn.sendall(bytes([b]))

    def serve():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            count[0] += 1
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return f"http://127.0.0.1:{sock.getsockname()[1]}", count, stop, sock


@pytest.fixture()
def trickling():
    url, count, stop, sock = _trickling_server(1.0)  # one header byte per second
    yield url, count
    stop.set()
    sock.close()


def test_a_fetch_ends_at_its_total_deadline_and_is_retried_once(prefect_harness, trickling):
    from flows.ingest.web import fetch_inputs
    from flows.settings import load_settings

    url, count = trickling
    settings = load_settings(
        {
            "fetch_total_timeout": 1.5,
            "fetch_retries": 3,
            "fetch_retry_delay": 0.1,
            "fetch_allow_private_hosts": True,
        }
    )
    start = time.monotonic()
    found = fetch_inputs([f"{url}/a.html"], [], {}, settings)
    elapsed = time.monotonic() - start
    assert [r for _, r in found.rejected] == ["timeout: total after 1.5s"]
    assert count[0] == 2  # the first attempt and one retry, not four attempts
    # two deadlines, the retry delay and Prefect's task runs (a few seconds on a busy machine);
    # a trickle of 80 header bytes at one a second held each attempt 80 s before
    assert elapsed < 2 * 1.5 + 0.1 + 6.0


def test_the_run_fetch_time_defers_what_is_left(prefect_harness, trickling):
    from flows.ingest.web import fetch_inputs
    from flows.settings import load_settings

    url, count = trickling
    settings = load_settings(
        {
            "fetch_total_timeout": 1.0,
            "fetch_run_timeout": 4.0,
            "fetch_retries": 0,
            "fetch_allow_private_hosts": True,
        }
    )
    urls = [f"{url}/{k}.html" for k in range(10)]
    start = time.monotonic()
    found = fetch_inputs(urls, [], {}, settings)
    elapsed = time.monotonic() - start
    reasons = [r for _, r in found.rejected]
    assert [item.source_uri for item, _ in found.rejected] == urls  # every URL is reported, in order
    deferred = "deferred: the run's fetch time of 4s (fetch_run_timeout) was used up"
    tried = reasons.count("timeout: total after 1.0s")
    assert tried >= 1 and reasons == ["timeout: total after 1.0s"] * tried + [deferred] * (10 - tried)
    assert count[0] <= tried + 1  # at most one more was started, and cut at the run's end
    assert elapsed < 4.0 + 1.5  # the run's fetch time and the end of the last task run


def test_fetch_settings_must_be_positive():
    from flows.ingest.web import fetch_inputs
    from flows.settings import load_settings

    for name in ("fetch_total_timeout", "fetch_run_timeout", "fetch_feed_max_items"):
        with pytest.raises(ValueError, match=name):
            fetch_inputs(["http://example.org/"], [], {}, load_settings({name: 0}))


@pytest.mark.parametrize("media", ["application/x-rss+xml", "text/xml"])
def test_feeds_under_any_xml_type_are_read_and_failures_are_warnings(prefect_harness, server, media):
    """A feed served as application/x-rss+xml or text/xml gives its entries; a page that cannot be
    fetched is rejected with its reason and logged as a warning, not an error: the run goes on."""
    import logging

    from flows.ingest.web import fetch_inputs
    from flows.settings import load_settings

    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(level=logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("prefect.task_runs", "prefect.flow_runs", "flows.ingest.web")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        settings = load_settings(
            {"fetch_retries": 1, "fetch_retry_delay": 0.1, "fetch_allow_private_hosts": True}
        )
        found = fetch_inputs([f"{server}/gone.html"], [f"{server}/typed-feed/{media}"], {}, settings)
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
    assert [item.source_uri for item in found.new] == [f"{server}/article.html"]
    assert [(item.source_uri, reason) for item, reason in found.rejected] == [
        (f"{server}/gone.html", "http 404")
    ]
    assert not [r.getMessage() for r in records if r.levelno >= logging.ERROR]
    assert any(r.levelno == logging.WARNING and "http 404" in r.getMessage() for r in records)
