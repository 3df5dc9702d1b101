"""Incremental builds over generated articles (``benchmarks.corpus``) equal a full rebuild.

Generated articles share few country pairs, so nearly every new article touches dyads, months and
indicators that older articles fill: the incremental models must recompute those rows from the
new articles' side and still give what a build from all rows gives. Runs of different sizes bring
the articles in, with a story republished by another site (a near-duplicate of an older article)
and a file rewritten after it was ingested (a new version of its source); then a copy of the
warehouse is rebuilt in full from the same raw tables, and every mart must hold the same rows,
compared with ``EXCEPT ALL`` both ways (duplicates count).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT, run_pipeline
from tests.e2e.test_incremental import MARTS

pytestmark = pytest.mark.slow

SHARED = PROJECT_ROOT.parent / "shared"  # the generator's paragraph pools (seeds, factRuEval devset)


def mart_differences(
    a: Path, b: Path, marts: tuple[str, ...] = MARTS, schema: str = "marts"
) -> dict[str, tuple[int, int]]:
    """For each table of ``schema`` (the marts by default) whose rows differ between the warehouses
    ``a`` and ``b``: (rows of a missing from b, rows of b missing from a), multiset differences
    (``EXCEPT ALL``). Empty when equal."""
    con = duckdb.connect()
    try:
        con.execute(f"attach '{a}' as a (read_only)")
        con.execute(f"attach '{b}' as b (read_only)")
        out = {}
        for t in marts:
            (only_a,) = con.execute(
                f"select count(*) from (from a.{schema}.{t} except all from b.{schema}.{t})"
            ).fetchone()
            (only_b,) = con.execute(
                f"select count(*) from (from b.{schema}.{t} except all from a.{schema}.{t})"
            ).fetchone()
            if only_a or only_b:
                out[t] = (only_a, only_b)
        return out
    finally:
        con.close()


def _republished(text: str) -> str:
    """The same story with one sentence of its body dropped: on another site (a near-duplicate),
    or rewritten in place (a new version of its source)."""
    lines = text.splitlines()
    body = max(range(len(lines)), key=lambda i: len(lines[i]))
    sentences = lines[body].split(". ")
    if len(sentences) > 2:
        lines[body] = ". ".join(sentences[:-1])
    return "\n".join(lines) + "\n"


def build_incrementally(files: list[Path], batches: list[int], inbox: Path, wh: Path) -> list[str]:
    """Bring ``files`` into ``wh`` in runs of ``batches`` files each (the rest in a last run), a
    republished copy of the first file and a rewritten second file after the second run; returns
    each run's dbt build (``RunSummary.dbt_build``)."""
    inbox.mkdir(parents=True, exist_ok=True)
    builds, start = [], 0
    sizes = [*batches, len(files)]
    for k, n in enumerate(sizes):
        for f in files[start : start + n]:
            shutil.copy2(f, inbox / f.name)
        start += n
        if k == 2:
            first, second = files[0], files[1]
            (inbox / f"republished-{first.name}").write_text(_republished(first.read_text("utf-8")), "utf-8")
            # a new version of its source: written beside and renamed into place
            (inbox / f".{second.name}.part").write_text(_republished(second.read_text("utf-8")), "utf-8")
            os.replace(inbox / f".{second.name}.part", inbox / second.name)
        summary = run_pipeline(inbox, wh)
        assert summary.status == "published", summary
        builds.append(summary.dbt_build)
        if start >= len(files):
            break
    return builds


@pytest.mark.skipif(not (SHARED / "factrueval-dev").is_dir(), reason=f"no generator pools in {SHARED}")
def test_incremental_runs_over_generated_articles_equal_a_full_rebuild(tmp_path, prefect_harness):
    from benchmarks.corpus import generate

    files = generate(24, tmp_path / "corpus", SHARED)
    wh = tmp_path / "incremental" / "dyad.duckdb"
    builds = build_incrementally(files, [6, 1, 3, 1, 5], tmp_path / "inbox", wh)
    assert builds[0].startswith("full"), builds
    assert all(b.startswith("incremental") for b in builds[1:]), builds

    con = duckdb.connect(str(wh), read_only=True)
    try:
        versions, near_duplicates, dyads = con.execute(
            """select count(*) filter (where superseded_by_article_id is not null),
                      count(*) filter (where superseded_by_article_id is null and not is_canonical),
                      (select count(*) from marts.dyads)
               from marts.articles"""
        ).fetchone()
    finally:
        con.close()
    assert versions >= 1, "the rewritten file left no superseded version"
    assert near_duplicates >= 1, "the republished story was not found a near-duplicate"
    assert dyads >= 1

    rebuilt = tmp_path / "rebuilt" / "dyad.duckdb"
    rebuilt.parent.mkdir()
    shutil.copy2(wh, rebuilt)
    full = run_pipeline(tmp_path / "inbox", rebuilt, full_refresh=True)
    assert full.dbt_build.startswith("full"), full.dbt_build
    assert mart_differences(wh, rebuilt) == {}
