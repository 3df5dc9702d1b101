"""Shared fixtures. End-to-end tests run the real flow (Prefect test harness), real dbt builds,
real Great Expectations checkpoints and real DuckDB files, in temporary directories.

Layout: ``tests/unit/<area>/`` mirrors the code (``text``, ``ingest``, ``warehouse``, ...) and holds
tests of seconds that start no Prefect, dbt or Great Expectations; ``tests/e2e/`` holds everything
that does (its slow tests carry ``@pytest.mark.slow``). A slow test under ``tests/unit`` is refused
at collection."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Tests write their inputs and run at once: no settle time, unless a test sets one itself.
os.environ.setdefault("DYAD_SETTLE_SECONDS", "0")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT_ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
TEST_DATA = PROJECT_ROOT / "tests" / "data"  # article sets and corpora the tests read


UNIT_TESTS = PROJECT_ROOT / "tests" / "unit"


def pytest_collection_modifyitems(config, items):
    """Refuse a test under tests/unit marked slow: unit tests stay seconds long (make test-fast)."""
    misplaced = [
        item.nodeid
        for item in items
        if item.get_closest_marker("slow") and Path(str(item.path)).is_relative_to(UNIT_TESTS)
    ]
    if misplaced:
        raise pytest.UsageError(
            "slow tests belong under tests/e2e, not tests/unit: " + ", ".join(sorted(misplaced))
        )


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


def seed_inbox(folder: Path) -> Path:
    """``folder`` (created) holding a copy of each seed article, file times kept; returns it."""
    folder.mkdir(parents=True)
    for f in SEED_FILES:
        shutil.copy2(f, folder / f.name)
    return folder


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    return seed_inbox(tmp_path / "inbox")


@pytest.fixture()
def small_fs(tmp_path):
    """A real 3 MB filesystem (tmpfs), unmounted afterwards; skipped where mounting is not allowed."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    out = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3M", "tmpfs", str(mnt)], capture_output=True, text=True
    )
    if out.returncode != 0:
        pytest.skip(f"a 3 MB tmpfs cannot be mounted here ({out.stderr.strip() or 'not permitted'})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def filler_database(path: Path) -> Path:
    """A DuckDB file of about 1.8 MB, written by one thread and stored uncompressed so its size
    is the same on every run (compressed, the random text came out at 1.8 or 3.2 MB as DuckDB's
    choice of compression varied): it fits a 3 MB filesystem once, not twice."""
    import duckdb

    con = duckdb.connect(str(path))
    try:
        con.execute("set threads = 1")
        con.execute("pragma force_compression = 'uncompressed'")
        con.execute(
            "create table filler as select md5(random()::varchar) || md5(random()::varchar) as v from range(22000)"
        )
    finally:
        con.close()
    assert 1.6e6 < path.stat().st_size < 2.6e6, path.stat().st_size
    return path


def run_pipeline(inbox: Path | list[Path], warehouse: Path, **kwargs):
    from flows.pipeline import pipeline

    inboxes = inbox if isinstance(inbox, list) else [inbox]
    return pipeline(inbox=[str(p) for p in inboxes], warehouse_path=str(warehouse), **kwargs)


def annotated_articles(set_name: str, ids: tuple[str, ...]) -> list[dict]:
    """The articles of the annotated set ``set_name`` (tests/data/<set_name>/, both parts) whose
    id after the part (``t01`` of ``tune/t01``) is in ``ids``."""
    from benchmarks.eval_dyads import load_set

    return [a for arts in load_set(set_name).values() for a in arts if a["id"].split("/")[1] in ids]


def run_on_articles(articles: list[dict], tmp_path: Path) -> Path:
    """Run the pipeline over ``articles`` (dicts with ``id`` and ``text``) given as one JSON Lines
    input, each titled with its id (``marts.articles.title``); returns the published warehouse."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with (inbox / "articles.jsonl").open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"title": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n")
    wh = tmp_path / "wh" / "dyad.duckdb"
    run_pipeline(inbox, wh)
    return wh


def run_on_json_files(files: dict[str, dict], tmp_path: Path) -> Path:
    """Run the pipeline over one JSON input per entry of ``files`` (file name -> JSON object:
    ``text``, and ``title``, ``published`` ... as the inbox reads them); returns the published
    warehouse (AssertionError when the run did not publish)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, obj in files.items():
        (inbox / name).write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    wh = tmp_path / "wh" / "dyad.duckdb"
    assert run_pipeline(inbox, wh).status == "published"
    return wh


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory, prefect_harness):
    """The seeds ingested once, for the read-only checks of many tests."""
    root = tmp_path_factory.mktemp("seeds_run")
    inbox = seed_inbox(root / "inbox")
    wh = root / "warehouse" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh)
    return wh, summary


@pytest.fixture()
def query(seeds_warehouse):
    import duckdb

    wh, _ = seeds_warehouse

    def _q(sql: str, *params):
        con = duckdb.connect(str(wh), read_only=True)
        try:
            return con.execute(sql, list(params)).fetchall()
        finally:
            con.close()

    return _q


# An article built to be reported with care: markup and a javascript: link in its metadata, and
# two numbers that fail row-level checks (money_within_ceiling, share_within_0_100).
FLAGGED_ARTICLE = {
    "title": '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> Беларусь & Китай',
    "publisher": "<b>Агентство</b>",
    "url": "javascript:window.__pwned = 3",
    "published": "2025-12-15",
    "text": (
        "Товарооборот Беларуси и Китая в прошлом году составил 1 500 000 трлн долларов. "
        "Доля Китая во внешней торговле Беларуси составила 140%. "
        "Беларусь и Китай подписали 30 межрегиональных соглашений. "
        "Экспорт Беларуси в Китай превысил $2,5 млрд."
    ),
}


@pytest.fixture(scope="session")
def flagged_warehouse(tmp_path_factory, prefect_harness):
    """The seeds plus FLAGGED_ARTICLE, ingested once by a real run."""
    import json

    root = tmp_path_factory.mktemp("flagged_run")
    inbox = seed_inbox(root / "inbox")
    (inbox / "flagged.json").write_text(json.dumps(FLAGGED_ARTICLE, ensure_ascii=False), encoding="utf-8")
    wh = root / "warehouse" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh)
    return wh, summary


def values_by_title(wh: Path, mart: str, expr: str) -> dict[str, set]:
    """``{article title: the values of the SQL expression expr over the article's rows of
    marts.<mart>}`` in the published warehouse ``wh`` (an empty set for an article without rows)."""
    import duckdb

    con = duckdb.connect(str(wh), read_only=True)
    try:
        rows = con.execute(
            f"""select a.title, list({expr}) filter (where m.article_id is not null)
                from marts.articles as a left join marts.{mart} as m using (article_id) group by a.title"""
        ).fetchall()
    finally:
        con.close()
    return {title: set(values or []) for title, values in rows}


def only_fact(text: str):
    """The one numeric fact of ``text`` (``extract_facts``), its quote checked against its offsets;
    fails when the text has none or several."""
    from flows.text.numbers import extract_facts

    facts = extract_facts(text)
    assert len(facts) == 1, [(f.quote, f.value, f.unit, f.metric) for f in facts]
    f = facts[0]
    assert text[f.char_start : f.char_end] == f.quote
    return f
