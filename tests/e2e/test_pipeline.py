"""End to end: the seeds through the real flow (Prefect), dbt, Great Expectations and DuckDB."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT, run_pipeline
from tests.gold import ARTICLES

pytestmark = pytest.mark.slow

INTERFACE = {
    "articles": [
        "article_id",
        "source_uri",
        "publisher",
        "title",
        "published_date",
        "published_date_source",
        "modified_date",
        "language",
        "ingested_at",
    ],
    "article_countries": ["article_id", "country_code", "mention_count"],
    "dyad_articles": ["article_id", "country_a", "country_b"],
    "dyads": [
        "country_a",
        "country_b",
        "article_count",
        "fact_count",
        "first_published",
        "last_published",
    ],
    "numeric_facts": [
        "fact_id",
        "article_id",
        "quote",
        "value",
        "unit",
        "comparator",
        "metric",
        "country_a",
        "country_b",
        "sentence",
        "char_start",
        "char_end",
        "modality",
        "source_field",
        "unit_kind",
        "is_valid",
        "failed_checks",
    ],
    "people": ["article_id", "name", "role", "role_kind", "country_code"],
    "countries": ["country_code", "name_en", "name_ru"],
}


def _article_ids(query) -> dict[str, str]:
    rows = query("select article_id, source_uri from marts.articles")
    return {Path(uri).name: aid for aid, uri in rows}


def test_run_publishes_every_interface_table(seeds_warehouse, query):
    wh, summary = seeds_warehouse
    assert summary.status == "published"
    assert wh.exists()
    schemas = {r[0] for r in query("select schema_name from information_schema.schemata")}
    assert {"raw", "staging", "intermediate", "marts", "audit"} <= schemas
    for table, columns in INTERFACE.items():
        have = [
            r[0]
            for r in query(
                "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ?",
                table,
            )
        ]
        assert set(columns) <= set(have), f"marts.{table} lacks {set(columns) - set(have)}"
        assert query(f"select count(*) from marts.{table}")[0][0] > 0, f"marts.{table} is empty"
    assert query("select count(*) from marts.articles")[0][0] == 3
    assert query("select count(*) from audit.rejected_files")[0][0] == 0
    assert {
        r[0] for r in query("select table_name from information_schema.tables where table_schema = 'audit'")
    } >= {"rejected_files", "runs", "validation_results"}


def test_article_metadata_matches_gold(query):
    rows = query("select source_uri, title, publisher, published_date::varchar, language from marts.articles")
    got = {Path(r[0]).name: r[1:] for r in rows}
    for name, gold in ARTICLES.items():
        assert got[name] == (gold["title"], gold["publisher"], gold["published"], gold["language"]), name
    sources = query("select published_date_source, modified_date from marts.articles")
    assert sources == [("header", None)] * len(ARTICLES)  # each seed states its date at the top


def test_bodies_are_cut_from_chrome_and_sidebars(query):
    rows = query("select source_uri, body from marts.articles")
    for uri, body in rows:
        gold = ARTICLES[Path(uri).name]
        assert body.startswith(gold["body_starts"]), uri
        assert body.endswith(gold["body_ends"]), uri
        assert "Комментарии" not in body and "http" not in body


def test_countries_and_pairs_match_gold(query):
    ids = _article_ids(query)
    for name, gold in ARTICLES.items():
        countries = {
            r[0]
            for r in query("select country_code from marts.article_countries where article_id = ?", ids[name])
        }
        assert countries == gold["countries"], name
        pairs = {
            (a, b)
            for a, b in query(
                "select country_a, country_b from marts.dyad_articles where article_id = ?", ids[name]
            )
        }
        assert pairs == gold["pairs"], name
    # the sidebar of 004 (US and NATO forces in Poland, EAEU growth with Armenia) adds nothing
    assert not query(
        "select * from marts.article_blocs where article_id = ?", ids["004_7c970ca002db6d32.txt"]
    )


def test_people_match_gold(query):
    ids = _article_ids(query)
    for name, gold in ARTICLES.items():
        people = {
            (n, (r or "").lower(), c)
            for n, r, c in query(
                "select name, role, country_code from marts.people where article_id = ?", ids[name]
            )
        }
        assert people == {(n, r.lower(), c) for n, r, c in gold["people"]}, name
    kinds = dict(query("select name, role_kind from marts.people"))
    assert kinds["Сергей Лукашевич"] == "deputy_minister"  # первый заместитель министра иностранных дел
    assert kinds["Тимур Жаксылыков"] == "ambassador"
    assert kinds["Наталья Кочанова"] == "head_of_organisation"  # председатель Совета Республики


def test_facts_match_gold_with_provenance(query):
    ids = _article_ids(query)
    for name, gold in ARTICLES.items():
        rows = query(
            """select f.quote, f.value, f.unit, f.comparator, f.metric, f.country_a, f.country_b, f.is_valid,
                      substr(a.body, f.char_start + 1, f.char_end - f.char_start)
               from marts.numeric_facts f join marts.articles a using (article_id)
               where f.article_id = ? order by f.char_start""",
            ids[name],
        )
        got = [(q, v, u, c, m, (a, b)) for q, v, u, c, m, a, b, _valid, _sub in rows]
        assert got == [(q, float(v), u, c, m, pair) for q, v, u, c, m, pair in gold["facts"]], name
        assert all(valid for *_, valid, _sub in rows)
        assert all(q == sub for q, *_, sub in rows), "quote must be the body text at its offsets"
        quotes = " | ".join(r[0] for r in rows)
        for nf in gold["not_facts"]:
            assert nf not in quotes, f"{name}: {nf!r} is not a fact"


def test_dyads_and_timeline(query):
    rel = {
        (a, b): (n, f)
        for a, b, n, f in query("select country_a, country_b, article_count, fact_count from marts.dyads")
    }
    assert rel == {("BY", "CN"): (1, 2), ("BY", "KZ"): (1, 7), ("BY", "RU"): (1, 1)}
    months = query("select country_a, country_b, month_start::varchar from marts.dyad_timeline order by 1, 2")
    assert months == [("BY", "CN", "2025-11-01"), ("BY", "KZ", "2025-02-01"), ("BY", "RU", "2023-08-01")]


def test_validation_results_are_stored(query):
    rows = query("select suite_name, expectation, level, success from audit.validation_results")
    suites = {r[0] for r in rows}
    assert suites == {"numeric_facts", "articles"}
    assert all(success for *_, success in rows if _[1] != "warn")
    assert (PROJECT_ROOT / "expectations/gx/uncommitted/data_docs/local_site/index.html").exists()


def test_rerun_is_idempotent_and_bad_files_are_quarantined(prefect_harness, inbox, tmp_path):
    wh = tmp_path / "wh" / "dyad.duckdb"
    first = run_pipeline(inbox, wh)
    assert (first.files_new, first.articles_new, first.files_rejected) == (3, 3, 0)

    second = run_pipeline(inbox, wh)
    assert (second.files_new, second.articles_new, second.files_unchanged) == (0, 0, 3)

    # the same article again under another name and with CRLF; an empty file; a binary file
    text = (inbox / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    (inbox / "copy of 002.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (inbox / "empty.txt").write_bytes(b"  \n\n")
    (inbox / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    third = run_pipeline(inbox, wh)
    assert third.status == "published"
    assert (third.articles_new, third.files_duplicate, third.files_rejected) == (0, 1, 2)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        assert con.execute("select count(*) from marts.articles").fetchone()[0] == 3
        reasons = dict(con.execute("select source_uri, reason from audit.rejected_files").fetchall())
        manifest = con.execute(
            "select status, count(*) from raw.file_manifest group by 1 order by 1"
        ).fetchall()
    finally:
        con.close()
    assert {Path(u).name for u in reasons} == {"empty.txt", "picture.txt"}
    assert all(r.split(":")[0] in {"empty", "binary"} for r in reasons.values()), reasons
    assert manifest == [("duplicate", 1), ("ingested", 3), ("rejected", 2)]

    fourth = run_pipeline(inbox, wh)
    assert (fourth.files_new, fourth.files_rejected, fourth.articles_new) == (0, 0, 0)

    # a corrected file, written beside and renamed over the old one (as writers of the inbox do:
    # README "Inbox"), is a new version of its input and a new article
    changed = inbox / "004_7c970ca002db6d32.txt"
    partial = inbox / ".004_7c970ca002db6d32.txt.part"
    partial.write_text(
        changed.read_text(encoding="utf-8").replace("12-м российским", "13-м российским"), encoding="utf-8"
    )
    os.replace(partial, changed)
    fifth = run_pipeline(inbox, wh)
    assert (fifth.files_new, fifth.articles_new) == (1, 1)
    con = duckdb.connect(str(wh), read_only=True)
    try:
        versions = con.execute(
            "select version, status from raw.file_manifest where source_uri like '%004_7c970ca002db6d32.txt'"
            " order by version"
        ).fetchall()
        canonical = con.execute("select count(distinct canonical_article_id) from marts.articles").fetchone()[
            0
        ]
    finally:
        con.close()
    assert versions == [(1, "ingested"), (2, "ingested")]
    assert canonical == 3  # the corrected version is the same story


def test_failed_audit_leaves_published_warehouse_untouched(prefect_harness, inbox, tmp_path):
    from flows.pipeline import AuditBlocked

    wh = tmp_path / "wh" / "dyad.duckdb"
    run_pipeline(inbox, wh)
    before = wh.read_bytes()
    # Break the data the marts are built from: an article with an empty body, in a load of its own
    # that the models have not been built through yet.
    con = duckdb.connect(str(wh))
    con.execute("""insert into raw.articles (article_id, source_uri, raw_text, body, body_start, body_end,
                   run_id, ingested_at, load_seq)
                   select 'broken', 'x', '', '', 0, 0, 'manual', now(), max(load_seq) + 1 from raw.articles""")
    con.close()
    broken = wh.read_bytes()
    extra = tmp_path / "more"
    extra.mkdir()
    text = (inbox / "000_7cb8a6a600c89242.txt").read_text(encoding="utf-8")
    (extra / "again.txt").write_text(text.replace("Межрегиональные связи", "Региональные связи"), "utf-8")
    with pytest.raises(AuditBlocked, match="body_not_empty"):
        run_pipeline([inbox, extra], wh)
    assert wh.read_bytes() == broken  # nothing published
    assert before != broken
    assert not list((wh.parent / ".work").glob("*.duckdb"))  # the working copy is gone


def test_near_duplicate_republication_counts_once(prefect_harness, inbox, tmp_path):
    """The same agency text republished by another site with other chrome and a changed word."""
    original = (inbox / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    body_start = original.index("27 февраля, Минск")
    body_end = original.index("-0-")
    body = original[body_start:body_end].replace("очень добрые", "весьма добрые")
    republished = (
        "28 февраля 2025, 09:10\n\nКазахстан и Беларусь: многоуровневое взаимодействие\n\n"
        + body
        + "\n\nКомментарии\nВойдите, чтобы оставить комментарий\n"
    )
    (inbox / "republished.txt").write_text(republished, encoding="utf-8")
    wh = tmp_path / "wh" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh)
    assert summary.articles_new == 4
    con = duckdb.connect(str(wh), read_only=True)
    try:
        rows = con.execute(
            "select source_uri, article_id, canonical_article_id, is_canonical, similarity_to_canonical"
            " from marts.articles order by ingested_at, article_id"
        ).fetchall()
        rel = con.execute(
            "select article_count, article_versions, fact_count from marts.dyads"
            " where country_a = 'BY' and country_b = 'KZ'"
        ).fetchone()
    finally:
        con.close()
    by_name = {Path(r[0]).name: r for r in rows}
    orig, repub = by_name["002_f7808c3b0d4d12dc.txt"], by_name["republished.txt"]
    assert orig[1] != repub[1]  # different text: two articles ...
    assert orig[2] == repub[2]  # ... one story
    assert sum(1 for r in (orig, repub) if r[3]) == 1
    assert max(r[4] or 0 for r in (orig, repub)) >= 0.8
    assert rel == (1, 2, 7)  # one story, two versions, the facts of one
    assert sum(1 for r in rows if r[3]) == 3  # the other seeds stay their own stories


# Articles in other languages with numbers in their titles: (file, title, text, facts as
# (source_field, quote, value, unit)). The pair of a fact depends on country detection in these
# languages, so only the facts themselves are checked.
OTHER_LANGUAGE_ARTICLES = [
    (
        "be.json",
        "Беларусь і Іран падпісалі 8 пагадненняў",
        "Тавараабарот паміж Беларуссю і Іранам у мінулым годзе склаў 120 млн долараў. "
        "Бакі падпісалі 8 пагадненняў.",
        [
            ("body", "120 млн долараў", 120_000_000, "USD"),
            ("body", "8 пагадненняў", 8, "count"),
            ("title", "8 пагадненняў", 8, "count"),
        ],
    ),
    (
        "uk.json",
        "Товарообіг України та Польщі сягнув 2,5 млрд доларів",
        "Товарообіг між Україною та Польщею торік становив 2,5 млрд доларів. Підписано 12 угод.",
        [
            ("body", "2,5 млрд доларів", 2_500_000_000, "USD"),
            ("body", "12 угод", 12, "count"),
            ("title", "2,5 млрд доларів", 2_500_000_000, "USD"),
        ],
    ),
    (
        "pl.json",
        "Polska i Białoruś: 30 umów",
        "Obroty handlowe między Polską a Białorusią wyniosły 300 mln dolarów. Podpisano 30 umów.",
        [
            ("body", "300 mln dolarów", 300_000_000, "USD"),
            ("body", "30 umów", 30, "count"),
            ("title", "30 umów", 30, "count"),
        ],
    ),
    (
        "kk.json",
        "Қазақстан мен Қытай",
        "Қазақстан мен Қытай арасындағы тауар айналымы 2,5 млрд долларды құрады. "
        "Инвестициялар көлемі 500 млн теңге болды.",
        [
            ("body", "2,5 млрд долларды", 2_500_000_000, "USD"),
            ("body", "500 млн теңге", 500_000_000, "KZT"),
        ],
    ),
    (
        "en.json",
        "Belarus and China signed 30 agreements worth $2 billion",
        "Belarus and China signed 30 agreements. They set up 12 joint ventures.",
        [
            ("body", "30 agreements", 30, "count"),
            ("body", "12 joint ventures", 12, "count"),
            ("title", "30 agreements", 30, "count"),
            ("title", "$2 billion", 2_000_000_000, "USD"),
        ],
    ),
]


def test_title_facts_and_other_languages_through_the_pipeline(prefect_harness, tmp_path):
    """The facts of titles and of be/uk/pl/kk/en bodies reach marts.numeric_facts with their
    field, and each quote is the text of that field at its offsets (the dbt provenance test and
    the Great Expectations suite pass: the run publishes)."""
    import json

    box = tmp_path / "inbox"
    box.mkdir()
    for name, title, text, _ in OTHER_LANGUAGE_ARTICLES:
        (box / name).write_text(
            json.dumps({"title": title, "text": text, "published": "2025-03-01"}, ensure_ascii=False),
            encoding="utf-8",
        )
    wh = tmp_path / "wh" / "dyad.duckdb"
    summary = run_pipeline(box, wh)
    assert summary.status == "published"
    con = duckdb.connect(str(wh), read_only=True)
    try:
        rows = con.execute(
            """select a.source_uri, f.source_field, f.quote, f.value, f.unit, f.char_start, f.char_end,
                      f.raw_char_start, f.sentence, a.title, a.body, f.is_valid, f.failed_checks
               from marts.numeric_facts f join marts.articles a using (article_id)
               order by a.source_uri, f.source_field, f.char_start"""
        ).fetchall()
        checks = dict(
            con.execute(
                "select expectation, success from audit.validation_results "
                "where suite_name = 'numeric_facts' and expectation like '%title_quote%'"
            ).fetchall()
        )
    finally:
        con.close()
    got: dict[str, list[tuple]] = {}
    for uri, field, quote, value, unit, cs, ce, raw_cs, sentence, title, body, _valid, failed in rows:
        got.setdefault(Path(uri).name, []).append((field, quote, value, unit))
        text = title if field == "title" else body
        assert text[cs:ce] == quote
        if field == "title":
            assert raw_cs is None and sentence == title
        assert "title_quote_at_offsets" not in failed
    for name, _, _, facts in OTHER_LANGUAGE_ARTICLES:
        assert sorted(got.get(name, [])) == sorted(facts), name
    assert checks and all(checks.values())

    # a title quote that is not the title's text at its offsets fails the dbt provenance test
    import shutil

    from flows.dbt_runner import DbtFailed, run_dbt

    bad = tmp_path / "bad-title-quote" / "dyad.duckdb"  # the views name the warehouse's catalog: dyad
    bad.parent.mkdir()
    shutil.copy2(wh, bad)
    con = duckdb.connect(str(bad))
    try:
        con.execute(
            "update marts.numeric_facts set char_start = char_start + 1 "
            "where source_field = 'title' and quote = '30 umów'"
        )
    finally:
        con.close()
    with pytest.raises(DbtFailed, match="assert_fact_quotes_are_body_substrings: fail"):
        run_dbt(["test", "--select", "assert_fact_quotes_are_body_substrings"], bad, target=tmp_path / "t")


def test_old_mart_names_are_views_of_the_renamed_marts(query):
    """country_relations, relation_timeline and relation_tone_timeline stay for one release, as
    views over dyads, dyad_timeline and dyad_tone_timeline: the same rows."""
    kinds = dict(
        query("select table_name, table_type from information_schema.tables where table_schema = 'marts'")
    )
    for old, new in {
        "country_relations": "dyads",
        "relation_timeline": "dyad_timeline",
        "relation_tone_timeline": "dyad_tone_timeline",
    }.items():
        assert kinds[new] == "BASE TABLE" and kinds[old] == "VIEW", (old, new)
        rows = query(f"select * from marts.{new} order by all")
        assert rows and query(f"select * from marts.{old} order by all") == rows
