"""A full build in slices of the articles holds what a build at once holds.

The article-local models (config meta ``full_build_slices``, dbt_project/macros/incremental.sql)
run their full build once per slice of the articles when the build has more articles than the
setting ``build_slice_articles``: their tables, and every mart, must hold the same rows as after a
build in one piece (``EXCEPT ALL`` both ways).
"""

from __future__ import annotations

import re
import shutil

import duckdb
import pytest

from benchmarks.eval_dyads import load_set
from tests.conftest import run_on_articles, run_pipeline
from tests.e2e.test_incremental_generated import mart_differences

pytestmark = pytest.mark.slow

SLICED = (
    "int_entity_mentions",
    "int_country_mentions",
    "int_keyword_matches",
    "int_sentence_topics",
    "int_sentence_tone",
    "int_dyad_evidence",
    "int_article_countries",
)
SLICED_MARTS = ("article_topics", "dyad_tone", "dyad_topics")


def test_a_full_build_in_slices_equals_one_at_once(tmp_path, prefect_harness, monkeypatch):
    articles = [a for name in ("dyads", "topics_tone") for arts in load_set(name).values() for a in arts]
    assert len(articles) >= 30
    whole = run_on_articles(articles, tmp_path)

    sliced = tmp_path / "sliced" / "dyad.duckdb"
    sliced.parent.mkdir()
    shutil.copy2(whole, sliced)
    monkeypatch.setenv("DYAD_BUILD_SLICE_ARTICLES", "7")
    summary = run_pipeline(tmp_path / "inbox", sliced, full_refresh=True)
    assert summary.status == "published" and summary.dbt_build.startswith("full"), summary

    # the build ran in slices: the statement that created each sliced table read its first slice
    slices = -(-len(articles) // 7)
    run_sql = sliced.parent / ".work" / "dbt-target" / "run" / "dyad" / "models"
    for folder, models in (("intermediate", SLICED), ("marts", SLICED_MARTS)):
        for model in models:
            created = (run_sql / folder / f"{model}.sql").read_text(encoding="utf-8")
            assert re.search(rf"hash\([\w.]*article_id\) % {slices} = 0\)", created), model
    con = duckdb.connect(str(whole), read_only=True)
    try:  # the sliced tables hold rows to compare
        assert all(con.execute(f"select count(*) from intermediate.{t}").fetchone()[0] for t in SLICED)
        assert all(con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in SLICED_MARTS)
    finally:
        con.close()
    assert mart_differences(whole, sliced, SLICED, schema="intermediate") == {}
    assert mart_differences(whole, sliced) == {}
