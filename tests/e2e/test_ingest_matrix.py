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
        # well-known export key sets: schema.org NewsArticle, news-please
        "newsarticle.json": json.dumps(
            {
                "@type": "NewsArticle",
                "headline": "Chile and Peru open a port",
                "articleBody": "Chile and Peru opened a new deep-water port at the border of the two countries "
                "on Friday, the transport ministers said.",
                "datePublished": "2026-10-09T18:00:00-03:00",
                "dateModified": "2026-10-10T07:00:00-03:00",
                "publisher": {"@type": "Organization", "name": "Andina"},
                "mainEntityOfPage": {"@id": "https://andina.example/chile-peru"},
            }
        ).encode(),
        "newsplease.jsonl": (
            json.dumps(
                {
                    "title": "Египет и Судан",
                    "maintext": "Египет и Судан подписали соглашение о совместном использовании вод Нила.",
                    "date_publish": "2026-10-08 11:30:00",
                    "source_domain": "ahram.example",
                },
                ensure_ascii=False,
            )
            + "\n"
        ).encode("utf-8"),
        # a page date line with a time zone after the time
        "zone.txt": (
            "Главная | В мире | Экономика\n"
            "Опубликовано: 07.10.2026 23:50 (по Москве)\n"
            "Марокко и Испания обсудили квоты на вылов рыбы\n"
            "Марокко и Испания обсудили квоты на вылов рыбы у побережья Западной Сахары.\n"
        ).encode(),
        # a read-also teaser inside a paragraph of an HTML article
        "teaser.html": (
            '<html lang="uk"><head><title>Литва та Латвія</title>'
            '<meta property="article:published_time" content="2026-10-06T09:00:00+03:00"></head><body>'
            "<article><h1>Литва та Латвія об'єднають енергосистеми</h1>"
            "<p>Литва та Латвія підписали угоду про об'єднання енергосистем до 2030 року.</p>"
            '<p>Читайте також: <a href="/x">Товарообіг Японії та Кореї сягнув 90 млрд доларів</a></p>'
            "<p>Вартість проєкту оцінюють у 300 млн євро, повідомили у міністерстві.</p></article>"
            "</body></html>"
        ).encode(),
        # a news feed page: two stories, each with its heading and date
        "stories.html": (
            '<html lang="ru"><head><title>Лента новостей</title></head><body>'
            "<article><h2>Вьетнам и Лаос открыли железную дорогу</h2><time datetime='2026-10-05'>5 октября</time>"
            "<p>Вьетнам и Лаос открыли первую железную дорогу между двумя странами.</p></article>"
            "<article><h2>Кения и Танзания открыли погранпереход</h2><time datetime='2026-10-03'>3 октября</time>"
            "<p>Кения и Танзания открыли погранпереход Наманга. Сумма проекта составила 40 млн долларов.</p>"
            "</article></body></html>"
        ).encode(),
        # a scraper header whose site is several words
        "masthead.txt": (
            b" date 2026-10-02 Uzbekistan and Korea sign deals Tashkent Times\n"
            b"Uzbekistan and South Korea signed 12 agreements on energy and transport in Tashkent on Friday.\n"
        ),
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
        modified = {
            Path(u).name: str(d) if d else None
            for u, d in con.execute("select source_uri, modified_date from marts.articles").fetchall()
        }
        countries: dict[str, set[str]] = {}
        for u, code in con.execute(
            "select a.source_uri, c.country_code from marts.article_countries c join marts.articles a using (article_id)"
        ).fetchall():
            countries.setdefault(Path(u).name, set()).add(code)
        first_sentences = {
            Path(u).name: text
            for u, text in con.execute(
                "select a.source_uri, s.sentence_text from raw.sentences s join raw.articles a using (article_id) "
                "where s.sentence_idx = 0"
            ).fetchall()
        }
    finally:
        con.close()
    return (
        summary,
        set(files) | {"folder.txt"},
        manifest,
        rejected,
        articles,
        dates,
        first_sentences,
        modified,
        countries,
    )


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


def test_export_keys_zones_teasers_feed_pages_and_mastheads(matrix):
    dates, modified, countries = matrix[5], matrix[7], matrix[8]
    # schema.org NewsArticle and news-please exports are read with their dates
    assert dates["newsarticle.json"] == ("2026-10-09", "json", "Andina", "Chile and Peru open a port")
    assert modified["newsarticle.json"] == "2026-10-10"
    assert dates["newsplease.jsonl#1"][:3] == ("2026-10-08", "json", "ahram.example")
    # a date line with a time zone after the time is the page's date, the day as printed
    assert dates["zone.txt"][:2] == ("2026-10-07", "header")
    # a read-also teaser inside a paragraph is not the article's: no countries of the other story
    assert countries["teaser.html"] == {"LT", "LV"}
    # a page of two dated stories: one article each, with its own date and countries
    assert dates["stories.html#1"][:2] == ("2026-10-05", "html meta")
    assert dates["stories.html#2"][:2] == ("2026-10-03", "html meta")
    assert countries["stories.html#1"] == {"VN", "LA"}
    assert countries["stories.html#2"] == {"KE", "TZ"}
    # a site name of several words at the end of a scraper header
    assert dates["masthead.txt"] == (
        "2026-10-02",
        "header",
        "Tashkent Times",
        "Uzbekistan and Korea sign deals",
    )
