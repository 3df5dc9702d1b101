"""URLs and feeds through the real flow, against a local HTTP server started by the test."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from tests.conftest import SEEDS, run_pipeline

pytestmark = pytest.mark.slow

HITS: dict[str, int] = {}


def _page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Тестовое агентство'>"
        "<meta property='article:published_time' content='2025-03-05T10:00:00+03:00'></head>"
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
            self._send(200, "text/html; charset=utf-8", _page(f"Новость {self.path}", _paragraphs(seed)))
        elif self.path == "/feed.xml":
            items = "".join(
                f"<item><title>Новость {p}</title><link>{base}{p}</link></item>"
                for p in ("/a1.html", "/a2.html")
            )
            rss = f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{items}</channel></rss>"
            self._send(200, "application/rss+xml", rss.encode())
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
        rejected = dict(con.execute("select source_uri, reason from audit.rejected_files").fetchall())
        pairs = {
            r for r in con.execute("select country_a, country_b from marts.country_relations").fetchall()
        }
    finally:
        con.close()
    assert set(articles) == {f"{server}/article.html", f"{server}/a1.html", f"{server}/a2.html"}
    assert pairs == {("BY", "CN"), ("BY", "KZ"), ("BY", "RU")}
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
