"""Incremental builds: each run reads only the new loads, and the marts equal a full rebuild.

The same inputs go in over several runs (with a near-duplicate arriving after its original, so
the cross-article models are exercised), then one run rebuilds every model from all rows. Every
mart must come out identical, row for row.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEED_FILES, run_pipeline

pytestmark = pytest.mark.slow

MARTS = (
    "articles",
    "article_countries",
    "article_blocs",
    "article_topics",
    "dyad_articles",
    "dyad_topics",
    "dyad_tone",
    "country_relations",
    "relation_timeline",
    "relation_tone_timeline",
    "numeric_facts",
    "people",
    "countries",
)


def _snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.execute(f"select * from marts.{t} order by all").fetchall() for t in MARTS}
    finally:
        con.close()


def _republished(text: str) -> str:
    """The same story on another site: a few words of the body changed."""
    changed = text.replace(
        "Межрегиональные связи становятся", "Межрегиональные связи, как отметили в МИД, становятся"
    )
    assert changed != text
    return changed


def test_incremental_runs_equal_a_full_rebuild(tmp_path, prefect_harness):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "warehouse" / "dyad.duckdb"
    seeds = {p.name[:3]: p for p in SEED_FILES}

    shutil.copy2(seeds["000"], inbox / seeds["000"].name)
    first = run_pipeline(inbox, wh)
    assert first.dbt_build.startswith("full: first build")

    shutil.copy2(seeds["002"], inbox / seeds["002"].name)
    (inbox / "000-republished.txt").write_text(_republished(seeds["000"].read_text("utf-8")), "utf-8")
    second = run_pipeline(inbox, wh)
    assert second.dbt_build.startswith("incremental"), second.dbt_build
    assert second.articles_new == 2

    shutil.copy2(seeds["004"], inbox / seeds["004"].name)
    third = run_pipeline(inbox, wh)
    assert third.dbt_build.startswith("incremental"), third.dbt_build
    assert (third.articles_new, third.articles_total) == (1, 4)

    nothing = run_pipeline(inbox, wh)
    assert nothing.dbt_build.startswith("skip"), nothing.dbt_build

    incremental = _snapshot(wh)
    # the republished story joined its original: one canonical story, two versions
    con = duckdb.connect(str(wh), read_only=True)
    try:
        rows = con.execute(
            "select article_count, article_versions from marts.country_relations "
            "where country_a = 'BY' and country_b = 'CN'"
        ).fetchall()
        canonical = con.execute(
            "select count(*) filter (where is_canonical), count(*) from marts.articles"
        ).fetchone()
    finally:
        con.close()
    assert rows == [(1, 2)]
    assert canonical == (3, 4)

    full = run_pipeline(inbox, wh, full_refresh=True)
    assert full.dbt_build.startswith("full: full refresh")
    rebuilt = _snapshot(wh)
    for table in MARTS:
        assert incremental[table] or table == "article_blocs", f"marts.{table} is empty"
        assert incremental[table] == rebuilt[table], f"marts.{table} differs after a full rebuild"


def test_a_changed_project_rebuilds_everything(tmp_path, prefect_harness, monkeypatch):
    """Models or seeds that changed since the last build make the next run a full build."""
    import flows.pipeline

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "warehouse" / "dyad.duckdb"
    seeds = SEED_FILES
    shutil.copy2(seeds[0], inbox / seeds[0].name)
    run_pipeline(inbox, wh)
    shutil.copy2(seeds[1], inbox / seeds[1].name)
    monkeypatch.setattr(flows.pipeline, "project_hash", lambda: "another-project")
    summary = run_pipeline(inbox, wh)
    assert summary.dbt_build.startswith("full: the dbt project"), summary.dbt_build
    con = duckdb.connect(str(wh), read_only=True)
    try:
        assert con.execute("select project_hash from audit.dbt_state").fetchall() == [("another-project",)]
        assert con.execute("select count(*) from marts.articles").fetchone()[0] == 2
    finally:
        con.close()


def test_incremental_builds_test_the_rows_of_the_new_articles(tmp_path, prefect_harness):
    """With tests_new_articles_only (what the pipeline passes to an incremental build) the dbt
    tests check the articles of the loads after audit.dbt_state: a bad row there fails the build,
    a bad row of an older article is left to the next full build, which tests every row."""
    from flows.dbt_runner import DbtFailed, run_dbt

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "warehouse" / "dyad.duckdb"
    shutil.copy2(SEED_FILES[0], inbox / SEED_FILES[0].name)
    run_pipeline(inbox, wh)
    shutil.copy2(SEED_FILES[1], inbox / SEED_FILES[1].name)
    assert run_pipeline(inbox, wh).dbt_build.startswith("incremental")

    def tests(db: Path, select: str, new_only: bool) -> None:
        args = ["test", "--select", select]
        if new_only:
            args += ["--vars", "{tests_new_articles_only: true}"]
        run_dbt(args, db, target=tmp_path / "dbt-target")

    def corrupted(name: str, load_seq: int, sql: str) -> Path:
        """A copy of the warehouse where load 2 is new to the tests, with one bad row about the
        article of load ``load_seq``."""
        db = tmp_path / f"{name}.duckdb"
        shutil.copy2(wh, db)
        con = duckdb.connect(str(db))
        try:
            con.execute("update audit.dbt_state set built_through_seq = 1")
            article = con.execute(
                "select article_id from raw.articles where load_seq = ?", [load_seq]
            ).fetchone()[0]
            con.execute(sql, [article])
        finally:
            con.close()
        return db

    duplicate = (
        "insert into marts.dyad_articles select * from marts.dyad_articles where article_id = ? limit 1"
    )
    new_dup = corrupted("new-dup", 2, duplicate)
    with pytest.raises(DbtFailed, match="unique_dyad_articles"):
        tests(new_dup, "dyad_articles", new_only=True)

    old_dup = corrupted("old-dup", 1, duplicate)
    tests(old_dup, "dyad_articles", new_only=True)  # an article the last build did not touch
    with pytest.raises(DbtFailed, match="unique_dyad_articles"):
        tests(old_dup, "dyad_articles", new_only=False)

    bad_quote = corrupted(
        "bad-quote", 2, "update marts.numeric_facts set quote = quote || '!' where article_id = ?"
    )
    with pytest.raises(DbtFailed, match="assert_fact_quotes_are_body_substrings"):
        tests(bad_quote, "assert_fact_quotes_are_body_substrings", new_only=True)
