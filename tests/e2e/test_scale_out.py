"""Scaling out, end to end: the same inbox through the embedded warehouse, a DuckLake (SQLite
catalog, local data path) and a Dask LocalCluster of two workers gives the same tables."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from flows import lake
from flows.settings import load_settings
from tests.conftest import run_pipeline, seed_inbox
from tests.tables import differences, rows, view_names

pytestmark = pytest.mark.slow


def write_corpus(inbox: Path) -> None:
    """The seeds plus a few generated inputs: another encoding, HTML, JSON Lines, a copy of a
    seed (a duplicate) and an empty file (quarantined)."""
    seed_inbox(inbox)
    s002 = (inbox / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    (inbox / "cp1251 edition.txt").write_bytes(
        s002.replace("очень добрые", "весьма добрые").replace("27 февраля", "28 февраля").encode("cp1251")
    )
    body = s002.split("27 февраля, Минск")[1].split("-0-")[0]
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    (inbox / "page.html").write_text(
        "<html><head><title>Алейник о Казахстане</title>"
        '<meta property="article:published_time" content="2025-03-02T10:00:00+03:00"></head>'
        f"<body><article><h1>Алейник о Казахстане</h1>{paras}</article></body></html>",
        encoding="utf-8",
    )
    lines = [
        {
            "title": "Беларусь и Россия",
            "text": "Беларусь и Россия обсудили поставки продукции машиностроения и развитие кооперации "
            "в регионах. Товарооборот двух стран в 2024 году превысил $50 млрд.",
            "published": "2025-04-01",
        },
        {
            "title": "Казахстан и Китай",
            "body": "Казахстан и Китай подписали соглашение о строительстве логистического центра на границе.",
        },
    ]
    (inbox / "batch.jsonl").write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8"
    )
    shutil.copy2(inbox / "000_7cb8a6a600c89242.txt", inbox / "copy of 000.txt")
    (inbox / "empty.txt").write_bytes(b"")


RAW_COMPARED = [*lake.RAW_TABLES]


@pytest.fixture(scope="module")
def corpus(prefect_harness, tmp_path_factory):
    """One inbox and its embedded, local (process pool) run: the reference for every mode."""
    root = tmp_path_factory.mktemp("scale_out")
    inbox = root / "inbox"
    write_corpus(inbox)
    wh = root / "embedded" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh)
    assert summary.status == "published"
    return root, inbox, wh, summary


def lake_overrides(root: Path) -> dict:
    return {
        "warehouse_mode": "ducklake",
        "lake_catalog": f"ducklake:sqlite:{root}/lake/catalog.sqlite",
        "lake_data_path": str(root / "lake" / "data"),
    }


def lake_settings(root: Path):
    return load_settings(lake_overrides(root), environ={})


@pytest.fixture(scope="module")
def lake_run(corpus):
    root, inbox, _wh, _ = corpus
    summary = run_pipeline(inbox, root / "machine-a" / "dyad.duckdb", settings_overrides=lake_overrides(root))
    return summary


def test_lake_run_publishes_the_same_marts_and_raw_rows_as_embedded(corpus, lake_run):
    root, _inbox, wh, embedded = corpus
    assert lake_run.status == "published"
    assert lake_run.lake_snapshot is not None and lake_run.lake_snapshot > lake_run.lake_snapshot_read
    for field in ("files_new", "files_duplicate", "files_rejected", "articles_new", "articles_total"):
        assert getattr(lake_run, field) == getattr(embedded, field), field
    assert embedded.articles_total == 7 and embedded.files_duplicate == 1 and embedded.files_rejected == 1
    emb = duckdb.connect(str(wh), read_only=True)
    lk = lake.connect(lake_settings(root), read_only=True)
    try:
        assert differences(emb, lk, "marts") == []
        # the deprecated old mart names: views in both modes, reading the same rows
        old_names = view_names(emb, "marts")
        assert {"country_relations", "relation_timeline", "relation_tone_timeline"} <= set(old_names)
        assert view_names(lk, "marts") == old_names
        assert differences(emb, lk, "marts", old_names) == []
        renamed = {
            "country_relations": "dyads",
            "relation_timeline": "dyad_timeline",
            "relation_tone_timeline": "dyad_tone_timeline",
        }
        for old, new in renamed.items():
            assert rows(lk, "marts", old) == rows(lk, "marts", new), old
        assert rows(lk, "marts", "country_relations")
        assert differences(emb, lk, "raw", RAW_COMPARED) == []
        assert differences(emb, lk, "audit", ["rejected_files"]) == []
        run = lk.execute("select status, summary from audit.runs").fetchall()
        assert [r[0] for r in run] == ["published"]
        assert json.loads(run[0][1])["run_id"] == lake_run.run_id
        message = lk.execute(
            "select commit_message from lake.snapshots() where snapshot_id = ?", [lake_run.lake_snapshot]
        ).fetchone()[0]
        assert message == f"dyad run {lake_run.run_id}"
    finally:
        emb.close()
        lk.close()
    # the working file is kept for the next run, with the snapshot its model tables equal
    work = root / "machine-a" / ".work" / "lake-work.duckdb"
    assert list(work.parent.glob("lake-*.duckdb")) == [work]
    assert json.loads(lake.models_record(work).read_text())["snapshot"] == lake_run.lake_snapshot


def test_second_machine_shares_the_manifest_dedupes_and_rebuilds_after_a_conflict(
    corpus, lake_run, monkeypatch
):
    """Machine B sees the inbox machine A ingested (shared storage) plus a copy of it elsewhere;
    another machine commits while B builds, so B's first publication is refused and B rebuilds."""
    root, inbox, wh, _ = corpus
    settings = lake_settings(root)
    copy = root / "machine-b-inbox"
    shutil.copytree(inbox, copy)
    real_publish = lake.publish
    calls = []

    def publish_after_another_machine(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:  # another machine publishes first
            con = lake.connect(settings)
            try:
                con.execute("update audit.lake_head set version = version + 1, run_id = 'other-machine'")
            finally:
                con.close()
        return real_publish(*args, **kwargs)

    monkeypatch.setattr(lake, "publish", publish_after_another_machine)
    before = lake.current_snapshot(settings)
    summary = run_pipeline(
        [inbox, copy], root / "machine-b" / "dyad.duckdb", settings_overrides=lake_overrides(root)
    )
    assert len(calls) == 2 and summary.status == "published"
    assert summary.lake_snapshot_read > before  # rebuilt on the snapshot of the other commit
    n = len(list(inbox.iterdir()))
    assert summary.files_unchanged == n  # what machine A ingested is not read again
    assert summary.articles_new == 0  # the copies are duplicates of the same articles
    assert summary.files_duplicate == n - 1  # every readable file; the empty one is quarantined again
    emb = duckdb.connect(str(wh), read_only=True)
    lk = lake.connect(settings, read_only=True)
    try:
        assert differences(emb, lk, "marts", ["articles", "dyads", "numeric_facts", "people"]) == []
        assert lk.execute("select version, run_id from audit.lake_head").fetchone() == (3, summary.run_id)
        manifest = dict(lk.execute("select status, count(*) from raw.file_manifest group by 1").fetchall())
    finally:
        emb.close()
        lk.close()
    assert manifest == {"ingested": 6, "duplicate": 1 + (n - 1), "rejected": 2}


def test_dask_ingestion_equals_local(corpus):
    root, inbox, wh, embedded = corpus
    dask_wh = root / "dask" / "dyad.duckdb"
    summary = run_pipeline(inbox, dask_wh, settings_overrides={"dask_address": "local:2"})
    assert summary.status == "published"
    for field in ("files_new", "files_duplicate", "files_rejected", "articles_new", "facts_total"):
        assert getattr(summary, field) == getattr(embedded, field), field
    local = duckdb.connect(str(wh), read_only=True)
    dask = duckdb.connect(str(dask_wh), read_only=True)
    try:
        assert differences(local, dask, "raw", RAW_COMPARED) == []
        assert differences(local, dask, "marts") == []
    finally:
        local.close()
        dask.close()


def test_failed_audit_leaves_the_lake_snapshot_unchanged(corpus, lake_run):
    from flows.pipeline import AuditBlocked

    root, inbox, _wh, _ = corpus
    settings = lake_settings(root)
    con = lake.connect(settings)
    try:  # break the data the marts are built from: an article with an empty body, of the next load
        con.execute(
            """insert into raw.articles (article_id, source_uri, raw_text, body, body_start, body_end,
               had_decode_errors, run_id, ingested_at, load_seq) values ('broken', 'x', '', '', 0, 0, false,
               'manual', now(), (select max(version) + 1 from audit.lake_head))"""
        )
        marts_before = con.execute("select count(*) from marts.articles").fetchone()[0]
    finally:
        con.close()
    before = lake.current_snapshot(settings)
    extra = root / "more"
    extra.mkdir()
    (extra / "new.txt").write_text(
        "Беларусь и Вьетнам обсудили сотрудничество в образовании и науке на встрече в Ханое.",
        encoding="utf-8",
    )
    with pytest.raises(AuditBlocked, match="body_not_empty"):
        run_pipeline(
            [inbox, extra], root / "machine-a" / "dyad.duckdb", settings_overrides=lake_overrides(root)
        )
    assert lake.current_snapshot(settings) == before  # nothing published: no new snapshot
    con = lake.connect(settings, read_only=True)
    try:
        assert con.execute("select count(*) from marts.articles").fetchone()[0] == marts_before
        assert not con.execute("select * from raw.file_manifest where source_uri like '%new.txt'").fetchall()
    finally:
        con.close()
    assert not list((root / "machine-a" / ".work").glob("lake-*.duckdb"))


def test_report_and_status_read_the_lake_and_its_runs_only(corpus, lake_run, tmp_path):
    """`dyad report` and `dyad status` in DuckLake mode read the lake's latest snapshot, and the
    status lists the lake's runs, not those of an embedded warehouse in the same runs folder."""
    from typer.testing import CliRunner

    from flows.cli import app

    root, _inbox, wh, embedded = corpus
    machine_a = root / "machine-a"
    for record in (wh.parent / "runs").glob(f"*_{embedded.run_id}.json"):  # an embedded run beside it
        shutil.copy2(record, machine_a / "runs" / record.name)
    env = {
        "DYAD_WAREHOUSE_MODE": "ducklake",
        "DYAD_LAKE_CATALOG": lake_overrides(root)["lake_catalog"],
        "DYAD_LAKE_DATA_PATH": lake_overrides(root)["lake_data_path"],
        "DYAD_WAREHOUSE": str(machine_a / "dyad.duckdb"),
        "COLUMNS": "250",
    }
    out = tmp_path / "lake-report.html"
    res = CliRunner().invoke(app, ["report", "--out", str(out)], env=env, prog_name="dyad")
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    lk = lake.connect(lake_settings(root), read_only=True)
    try:
        (last_run,) = lk.execute("select run_id from audit.runs order by started_at desc limit 1").fetchone()
    finally:
        lk.close()
    assert f"data of run {last_run}" in page  # the lake's latest published run
    res = CliRunner().invoke(app, ["status"], env=env, prog_name="dyad")
    assert res.exit_code == 0, res.output
    assert lake_run.run_id in res.stdout and embedded.run_id not in res.stdout
    assert "marts.articles" in res.stdout


def test_near_duplicate_threshold_reaches_the_models(corpus):
    """The cp1251 edition differs from its seed by two words: linked to it at the default
    threshold (0.8), a story of its own when only identical signatures count (1.0)."""
    root, inbox, wh, _ = corpus
    strict_wh = root / "strict" / "dyad.duckdb"
    summary = run_pipeline(inbox, strict_wh, settings_overrides={"near_duplicate_threshold": 1.0})
    assert summary.status == "published"
    sql = "select count(*) filter (where not is_canonical), count(*) from marts.articles"
    default, strict = duckdb.connect(str(wh), read_only=True), duckdb.connect(str(strict_wh), read_only=True)
    try:
        (linked, total), (linked_strict, total_strict) = (
            c.execute(sql).fetchone() for c in (default, strict)
        )
    finally:
        default.close()
        strict.close()
    assert total == total_strict and linked >= 1 and linked_strict < linked
