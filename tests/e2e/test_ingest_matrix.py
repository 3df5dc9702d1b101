"""Hostile inputs through the real pipeline: every file ends as an article or as a rejected file
with a specific reason, and the run publishes."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEEDS, run_pipeline

pytestmark = pytest.mark.slow

ENGLISH = (
    "Belarus and China signed an agreement on trade cooperation in Minsk on Tuesday. "
    "The ministers discussed logistics, investment and new joint ventures between the two countries."
)


def _html(seed: str) -> str:
    body = seed.split("27 февраля, Минск")[1].split("-0-")[0]
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (
        "<html><head><title>Алейник о Казахстане</title>"
        '<meta property="og:site_name" content="БЕЛТА">'
        '<meta property="article:published_time" content="2025-02-27T14:29:00+03:00"></head>'
        '<body><nav><a href="/">Главная</a> <a href="/news">Все новости</a></nav>'
        f"<article><h1>Алейник о Казахстане</h1>{paras}</article>"
        "<aside><h3>Читайте также</h3><ul><li>США и НАТО усиливают группировку в Польше</li></ul></aside>"
        "</body></html>"
    )


@pytest.fixture(scope="module")
def matrix(prefect_harness, tmp_path_factory):
    root = tmp_path_factory.mktemp("matrix")
    inbox = root / "inbox"
    inbox.mkdir()
    s000 = (SEEDS / "000_7cb8a6a600c89242.txt").read_text(encoding="utf-8")
    s002 = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    s004 = (SEEDS / "004_7c970ca002db6d32.txt").read_text(encoding="utf-8")
    files: dict[str, bytes] = {
        "utf8.txt": s002.encode("utf-8"),
        "utf8-bom.txt": b"\xef\xbb\xbf" + s002.encode("utf-8"),
        "utf16.txt": s002.encode("utf-16"),
        "cp1251.txt": s002.encode("cp1251"),
        "koi8r.txt": s002.encode("koi8-r"),
        "crlf.txt": s002.replace("\n", "\r\n").encode("utf-8"),
        "nul.txt": s004.encode("utf-8").replace(b". ", b".\x00 ", 5),
        "truncated.txt": s000.encode("utf-8")[:3001],
        "page.html": _html(s002).encode("utf-8"),
        "english.json": json.dumps(
            {
                "title": "Belarus and China",
                "text": ENGLISH,
                "published": "2025-03-01",
                "url": "https://example.org/a",
                "publisher": "Example",
            }
        ).encode(),
        "batch.jsonl": (
            json.dumps(
                {
                    "title": "Первая",
                    "text": "Беларусь и Россия обсудили поставки продукции машиностроения "
                    "и развитие кооперации в регионах.",
                },
                ensure_ascii=False,
            )
            + "\n"
            + '{"title": "Сломанная", "text": "нет закрывающей кавычки}\n'
            + json.dumps(
                {
                    "title": "Вторая",
                    "body": "Казахстан и Китай подписали соглашение о строительстве "
                    "логистического центра на границе двух стран.",
                },
                ensure_ascii=False,
            )
            + "\n"
        ).encode("utf-8"),
        "chrome.html": (
            "<html><head><title>Example News | Home</title></head><body><nav>Главная | Политика | Экономика"
            "</nav><div class='weather'>Минск +3°C</div><div class='rates'>USD 3,2 EUR 3,5</div>"
            "<footer>© 2026 Example News. Все права защищены.</footer></body></html>"
        ).encode(),
        "one-sentence.txt": "Монголия и Казахстан подписали 4 соглашения.\n".encode(),
        "reuters.txt": (
            b" date 2026-11-30 Japan and US discuss tariffs Reuters\n"
            b"TOKYO, Nov 30 (Reuters) - Japan and the United States discussed tariffs on cars and steel "
            b"at talks in Tokyo on Monday, officials said.\n"
        ),
        "kyiv.txt": (
            "КИЇВ, 30 листопада 2026 — Укрінформ. Україна та Молдова підписали п'ять угод про співпрацю "
            "у сфері енергетики.\n"
        ).encode(),
        "dated.json": json.dumps(
            {
                "title": "Kazakhstan and Korea",
                "text": ENGLISH.replace("Belarus", "Kazakhstan"),
                "published": "Nov 30, 2026",
            }
        ).encode(),
        "broken.json": b'{"title": "x", "text": ',
        "list.json": b"[1, 2, 3]",
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n  ",
        "binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16,
        "huge.txt": ("Беларусь и Китай развивают сотрудничество во многих областях. " * 4000).encode(),
        " leading space.txt": "Армения и Беларусь провели переговоры о расширении торговли и инвестиций.".encode(),
        "ünïcødé статья (копия) [1].txt": "Узбекистан и Беларусь договорились о создании совместных "
        "предприятий в сфере сельского хозяйства.".encode(),
        "-dash.txt": "Вьетнам и Беларусь обсудили сотрудничество в образовании и науке на встрече в Ханое.".encode(),
        ("x" * 200)
        + ".txt": "Монголия и Беларусь подписали меморандум о сотрудничестве в области транспорта.".encode(),
    }
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    (inbox / "folder.txt").mkdir()
    (inbox / ".hidden.txt").write_bytes(b"ignored: hidden files are not inputs")
    wh = root / "wh" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh, settings_overrides={"max_file_bytes": 100_000})
    con = duckdb.connect(str(wh), read_only=True)
    try:
        manifest = {
            Path(u).name: (st, reason, enc)
            for u, st, reason, enc in con.execute(
                "select source_uri, status, reason, encoding from raw.file_manifest"
            ).fetchall()
        }
        rejected = {
            u.split("/")[-1]: r
            for u, r in con.execute("select source_uri, reason from audit.rejected_files").fetchall()
        }
        articles = {
            Path(u.split("#")[0]).name + ("#" + u.split("#")[1] if "#" in u else ""): (lang, dec, title)
            for u, lang, dec, title in con.execute(
                "select source_uri, language, had_decode_errors, title from marts.articles"
            ).fetchall()
        }
        dates = {
            Path(u).name: (str(d) if d else None, src, pub, title)
            for u, d, src, pub, title in con.execute(
                "select source_uri, published_date, published_date_source, publisher, title from marts.articles"
            ).fetchall()
        }
        first_sentences = {
            Path(u).name: text
            for u, text in con.execute(
                "select a.source_uri, s.sentence_text from raw.sentences s join raw.articles a using (article_id) "
                "where s.sentence_idx = 0"
            ).fetchall()
        }
    finally:
        con.close()
    return summary, set(files) | {"folder.txt"}, manifest, rejected, articles, dates, first_sentences


def test_run_publishes_and_counts(matrix):
    summary, *_ = matrix
    assert summary.status == "published"
    assert summary.files_rejected == 9  # 7 files + the directory + one broken JSON Lines line
    assert summary.files_duplicate == 5


def test_every_input_is_accounted_for(matrix):
    _, names, manifest, rejected, *_ = matrix
    for name in names:
        assert name in manifest, f"{name!r} left no trace"
        status, reason, _enc = manifest[name]
        assert status in {"ingested", "duplicate", "rejected"}
        if status == "rejected":
            assert reason and rejected[name] == reason
    assert ".hidden.txt" not in manifest


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("binary.txt", "binary"),
        ("huge.txt", "too large"),
        ("broken.json", "bad json"),
        ("list.json", "bad json"),
        ("folder.txt", "not a file"),
        ("batch.jsonl#2", "bad json"),
        ("chrome.html", "no article body: the page has only page chrome"),
    ],
)
def test_rejections_have_specific_reasons(matrix, name, prefix):
    rejected = matrix[3]
    assert rejected[name].startswith(prefix), rejected[name]


def test_encodings_are_one_article(matrix):
    manifest = matrix[2]
    encodings = {
        "utf8.txt": "utf-8",
        "utf8-bom.txt": "utf-8-sig",
        "utf16.txt": "utf-16",
        "cp1251.txt": "cp1251",
        "koi8r.txt": "koi8-r",
        "crlf.txt": "utf-8",
    }
    statuses = {name: manifest[name][0] for name in encodings}
    (first,) = [n for n, st in statuses.items() if st == "ingested"]
    for name, enc in encodings.items():
        status, reason, got_enc = manifest[name]
        assert got_enc.startswith(enc), name
        if name != first:
            assert status == "duplicate" and reason.endswith(first), (name, reason)


def test_recoverable_files_become_articles(matrix):
    articles = matrix[4]
    assert articles["nul.txt"][:2] == ("ru", True)
    assert articles["truncated.txt"][0] == "ru"
    assert articles["page.html"][2] == "Алейник о Казахстане"
    assert articles["english.json"][0] == "en"  # a non-Russian article is kept, with its language
    assert {"batch.jsonl#1", "batch.jsonl#3"} <= set(articles)
    for odd in [" leading space.txt", "ünïcødé статья (копия) [1].txt", "-dash.txt", ("x" * 200) + ".txt"]:
        assert odd in articles


def test_headers_datelines_short_items_and_json_dates(matrix):
    dates, first_sentences = matrix[5], matrix[6]
    assert dates["reuters.txt"] == ("2026-11-30", "header", "Reuters", "Japan and US discuss tariffs")
    assert dates["kyiv.txt"] == ("2026-11-30", "dateline", "Укрінформ", None)
    assert dates["dated.json"][:2] == ("2026-11-30", "json")
    assert dates["one-sentence.txt"][0] is None  # a short item, kept without a date
    assert first_sentences["kyiv.txt"] == "КИЇВ, 30 листопада 2026 — Укрінформ."
    assert first_sentences["reuters.txt"] == "TOKYO, Nov 30 (Reuters) -"
    assert first_sentences["one-sentence.txt"] == "Монголия и Казахстан подписали 4 соглашения."
