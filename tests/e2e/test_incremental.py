"""Incremental builds: each run reads only the new loads, and the marts equal a full rebuild.

The same inputs go in over several runs (with a near-duplicate arriving after its original, so
the cross-article models are exercised), then one run rebuilds every model from all rows. Every
mart must come out identical, row for row.
"""

from __future__ import annotations

import json
import os
import random
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
    "dyads",
    "dyad_timeline",
    "dyad_tone_timeline",
    "numeric_facts",
    "dyad_indicators",
    "people",
    "countries",
)


def _snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.execute(f"select * from marts.{t} order by all").fetchall() for t in MARTS}
    finally:
        con.close()


# The marts whose rows belong to one article: each row carries its article's load_seq.
ARTICLE_MARTS = tuple(
    t
    for t in MARTS
    if t not in {"dyads", "dyad_timeline", "dyad_tone_timeline", "dyad_indicators", "countries"}
)


def _load_seq_mismatches(warehouse: Path) -> dict[str, tuple[int, bool]]:
    """Per article mart: (rows whose load_seq is not their article's in raw.articles, whether
    its rows span more than one load)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {
            t: con.execute(
                f"select count(*) filter (where m.load_seq is distinct from a.load_seq), "
                f"count(distinct m.load_seq) > 1 "
                f"from marts.{t} as m left join raw.articles as a using (article_id)"
            ).fetchone()
            for t in ARTICLE_MARTS
        }
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
            "select article_count, article_versions from marts.dyads "
            "where country_a = 'BY' and country_b = 'CN'"
        ).fetchall()
        canonical = con.execute(
            "select count(*) filter (where is_canonical), count(*) from marts.articles"
        ).fetchone()
    finally:
        con.close()
    assert rows == [(1, 2)]
    assert canonical == (3, 4)
    loads = _load_seq_mismatches(wh)
    assert {t: wrong for t, (wrong, _) in loads.items()} == dict.fromkeys(ARTICLE_MARTS, 0)
    assert [t for t, (_, spans) in loads.items() if not spans] in ([], ["article_blocs"])

    full = run_pipeline(inbox, wh, full_refresh=True)
    assert full.dbt_build.startswith("full: full refresh")
    rebuilt = _snapshot(wh)
    for table in MARTS:
        assert incremental[table] or table == "article_blocs", f"marts.{table} is empty"
        assert incremental[table] == rebuilt[table], f"marts.{table} differs after a full rebuild"


def test_a_changed_project_rebuilds_everything(tmp_path, prefect_harness, monkeypatch):
    """Models or seeds that changed since the last build make the next run a full build."""
    import flows.transform
    from flows.settings import load_settings

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "warehouse" / "dyad.duckdb"
    seeds = SEED_FILES
    shutil.copy2(seeds[0], inbox / seeds[0].name)
    run_pipeline(inbox, wh)
    shutil.copy2(seeds[1], inbox / seeds[1].name)
    monkeypatch.setattr(flows.transform, "project_hash", lambda: "another-project")
    summary = run_pipeline(inbox, wh)
    assert summary.dbt_build.startswith("full: the dbt project"), summary.dbt_build
    con = duckdb.connect(str(wh), read_only=True)
    try:
        built_from = flows.transform.fingerprint(load_settings())  # of the changed project
        assert con.execute("select project_hash from audit.dbt_state").fetchall() == [(built_from,)]
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
        db = tmp_path / name / "dyad.duckdb"  # the views name the warehouse's catalog: dyad
        db.parent.mkdir()
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
    with pytest.raises(DbtFailed, match=r"unique_dyad_articles[^;]*: fail"):
        tests(new_dup, "dyad_articles", new_only=True)

    old_dup = corrupted("old-dup", 1, duplicate)
    tests(old_dup, "dyad_articles", new_only=True)  # an article the last build did not touch
    with pytest.raises(DbtFailed, match=r"unique_dyad_articles[^;]*: fail"):
        tests(old_dup, "dyad_articles", new_only=False)

    bad_quote = corrupted(
        "bad-quote", 2, "update marts.numeric_facts set quote = quote || '!' where article_id = ?"
    )
    with pytest.raises(DbtFailed, match="assert_fact_quotes_are_body_substrings: fail"):
        tests(bad_quote, "assert_fact_quotes_are_body_substrings", new_only=True)

    # a body quote reaching past its sentence is read from the body: right, it passes; wrong, not
    reach = """update marts.numeric_facts f set char_end = f.char_end + 120,
                   quote = substr(a.body, f.char_start + 1, f.char_end + 120 - f.char_start) {tail}
               from marts.articles a
               where f.article_id = a.article_id and f.article_id = ? and f.source_field = 'body'
                 and f.fact_id = (select min(fact_id) from marts.numeric_facts g
                                  where g.article_id = f.article_id and g.source_field = 'body')"""
    tests(corrupted("long-quote", 2, reach.format(tail="")), "assert_fact_quotes_are_body_substrings", True)
    bad_long = corrupted("bad-long-quote", 2, reach.format(tail="|| '!'"))
    with pytest.raises(DbtFailed, match="assert_fact_quotes_are_body_substrings: fail"):
        tests(bad_long, "assert_fact_quotes_are_body_substrings", new_only=True)
    other_field = corrupted(
        "other-field", 2, "update marts.numeric_facts set source_field = 'lead' where article_id = ?"
    )
    with pytest.raises(DbtFailed, match="assert_fact_quotes_are_body_substrings: fail"):
        tests(other_field, "assert_fact_quotes_are_body_substrings", new_only=True)


# ------------------------------------------------------------------------ sequences of runs
#
# Whatever happens between runs (new files, nothing new, full refreshes, a changed dbt project,
# runs that fail or are interrupted), the published marts must equal a full rebuild of the same
# raw rows, and the build watermark must name a load that exists. Each sequence is drawn from a
# seed (in the test id); DYAD_TEST_RUN_SEQUENCES=N runs N sequences (default 2, the first two
# seeds below, chosen to cover every step kind, a full build that loaded nothing followed by new
# files, and a warehouse holding only rejected inputs).

STEP_KINDS = ("new", "nothing", "full", "project", "failed", "interrupted")
SEQUENCE_SEEDS = [
    int(s) for s in os.environ.get("DYAD_TEST_RUN_SEQUENCE_SEEDS", "").split(",") if s.strip()
] or [25, 32]
SEQUENCE_COUNT = int(os.environ.get("DYAD_TEST_RUN_SEQUENCES", "2"))
SEQUENCES = (SEQUENCE_SEEDS + list(range(1000, 1000 + SEQUENCE_COUNT)))[:SEQUENCE_COUNT]


class Interrupted(RuntimeError):
    """Raised in the middle of a run (after its dbt build, before its audit or its publication)."""


def _sequence(seed: int) -> list[tuple[str, bool]]:
    """4-5 steps: (kind, with a new file); kinds that fail always bring a new file, so that the
    failure happens in a real build."""
    rng = random.Random(seed)
    steps = []
    for _ in range(rng.choice([4, 5])):
        kind = rng.choice(STEP_KINDS)
        extra = {"new": True, "failed": True, "interrupted": True, "nothing": False}.get(
            kind, rng.random() < 0.5
        )
        steps.append((kind, extra))
    return steps


def _article_pool() -> list[tuple[str, str]]:
    """(file name, text): distinct articles, one of them a near-duplicate of another."""
    from tests.conftest import FLAGGED_ARTICLE

    texts = [(p.name, p.read_text("utf-8")) for p in SEED_FILES]
    texts.insert(2, ("000-republished.txt", _republished(SEED_FILES[0].read_text("utf-8"))))
    texts.append(("flagged.json", json.dumps(FLAGGED_ARTICLE, ensure_ascii=False)))
    extra = {
        "title": "Беларусь и Казахстан расширяют торговлю",
        "publisher": "Тестовое агентство",
        "published": "2025-05-01",
        "text": (
            "Товарооборот Беларуси и Казахстана в 2024 году составил $1,2 млрд. "
            "Минск и Астана подписали 12 межрегиональных соглашений о сотрудничестве."
        ),
    }
    texts.append(("by-kz.json", json.dumps(extra, ensure_ascii=False)))
    return texts


def _published_state(wh: Path) -> tuple[int, int, int, int]:
    """(watermark, newest load holding articles, articles in raw, articles in the mart)."""
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(
            """select (select coalesce(max(built_through_seq), 0) from audit.dbt_state),
                      (select coalesce(max(load_seq), 0) from raw.articles),
                      (select count(*) from raw.articles),
                      (select count(*) from marts.articles)"""
        ).fetchone()
    finally:
        con.close()


def _watermark_only(tmp_path: Path, seq: int) -> Path:
    """A DuckDB file holding the watermark alone (``audit.dbt_state`` at ``seq``): no raw table,
    no model."""
    db = tmp_path / "w" / "dyad.duckdb"
    db.parent.mkdir()
    con = duckdb.connect(str(db))
    try:
        con.execute("create schema audit")
        con.execute("create table audit.dbt_state (built_through_seq bigint)")
        con.execute("insert into audit.dbt_state values (?)", [seq])
    finally:
        con.close()
    return db


def test_the_tests_of_the_marts_are_narrowed_without_asking_the_database(tmp_path):
    """An incremental build narrows the generic tests of every mart with an article_id to the new
    articles, knowing the mart's columns from its contract (dbt's graph), not from a query per
    test: compiled against a file that holds no mart at all, each such test still reads only the
    articles loaded after the watermark, and the tests of the marts without one read them whole."""
    from flows.dbt_runner import run_dbt

    db = _watermark_only(tmp_path, 7)
    target = tmp_path / "dbt-target"
    vars_ = json.dumps({"tests_new_articles_only": True})
    run_dbt(["compile", "--select", "resource_type:test,path:models/marts", "--vars", vars_], db, target)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    marts = {
        uid: node
        for uid, node in manifest["nodes"].items()
        if node["resource_type"] == "model"
        and node["schema"] == "marts"
        and node["config"]["contract"]["enforced"]
    }
    narrowed = whole = 0
    for node in manifest["nodes"].values():
        if (
            node["resource_type"] != "test"
            or not node.get("test_metadata")
            or node.get("attached_node") not in marts
        ):
            continue
        mart = marts[node["attached_node"]]
        sql = (target / "compiled" / "dyad" / node["original_file_path"] / f"{node['alias']}.sql").read_text(
            encoding="utf-8"
        )
        if "article_id" in mart["columns"]:
            assert "where load_seq > 7)" in sql, node["unique_id"]
            narrowed += 1
        else:
            assert "load_seq" not in sql, node["unique_id"]
            whole += 1
    assert narrowed >= 20 and whole >= 5, (narrowed, whole)


@pytest.mark.parametrize("seed", SEQUENCES, ids=lambda s: f"seed{s}")
def test_run_sequences_end_equal_to_a_full_rebuild(seed, tmp_path, prefect_harness, monkeypatch):
    import flows.pipeline
    import flows.warehouse
    from flows.dbt_runner import DbtFailed

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "warehouse" / "dyad.duckdb"
    pool = _article_pool()
    added: list[str] = []
    rng = random.Random(seed)

    def add_file() -> None:
        if len(added) < len(pool):
            name, text = pool[len(added)]
            (inbox / name).write_text(text, "utf-8")
            added.append(name)

    steps = _sequence(seed)
    for i, (kind, with_file) in enumerate(steps):
        where = f"seed {seed}, step {i + 1} of {steps}"
        if with_file:
            add_file()
        if kind == "nothing" and rng.random() < 0.5:  # an input that is rejected, not an article
            (inbox / f"broken-{i}.json").write_text('{"title": "no closing brace"', "utf-8")
        if kind == "project":  # models changed since the last build (for the rest of the sequence)
            monkeypatch.setattr(flows.transform, "project_hash", lambda i=i: f"changed-project-{i}")
        with monkeypatch.context() as m:
            if kind == "failed":  # DuckDB runs out of memory in the middle of the dbt build
                m.setenv("DYAD_DUCKDB_MEMORY_LIMIT", "1MB")
                with pytest.raises(DbtFailed):
                    run_pipeline(inbox, wh)
            elif kind == "interrupted":

                def interrupt(*args, **kwargs):
                    raise Interrupted("interrupted")

                target = rng.choice([(flows.pipeline, "run_audit"), (flows.warehouse, "publish")])
                m.setattr(*target, interrupt)
                with pytest.raises(Interrupted):
                    run_pipeline(inbox, wh)
            else:
                summary = run_pipeline(inbox, wh, full_refresh=kind == "full")
                assert summary.status == "published", where
                if kind in ("full", "project"):
                    assert summary.dbt_build.startswith("full"), (where, summary.dbt_build)
        if wh.exists():
            watermark, last_load, raw_articles, mart_articles = _published_state(wh)
            assert watermark <= last_load, f"{where}: watermark {watermark} past the last load {last_load}"
            assert mart_articles == raw_articles, where

    settle = run_pipeline(inbox, wh)  # whatever happened before, a plain run catches up
    assert settle.status == "published"
    incremental = _snapshot(wh)
    assert len(incremental["articles"]) == len(added), f"seed {seed}: {steps}"
    rebuilt_wh = tmp_path / "rebuilt" / "dyad.duckdb"
    rebuilt_wh.parent.mkdir()
    shutil.copy2(wh, rebuilt_wh)
    assert run_pipeline(inbox, rebuilt_wh, full_refresh=True).dbt_build.startswith("full")
    rebuilt = _snapshot(rebuilt_wh)
    for table in MARTS:
        assert incremental[table] == rebuilt[table], f"seed {seed} {steps}: marts.{table} differs"


def test_a_watermark_past_the_last_load_is_repaired(tmp_path, prefect_harness):
    """A warehouse whose recorded watermark names a load that does not exist gets a full build on
    its next run instead of skipping the rows of the new load."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "warehouse" / "dyad.duckdb"
    shutil.copy2(SEED_FILES[0], inbox / SEED_FILES[0].name)
    run_pipeline(inbox, wh)
    con = duckdb.connect(str(wh))
    try:
        con.execute("update audit.dbt_state set built_through_seq = built_through_seq + 1")
    finally:
        con.close()
    shutil.copy2(SEED_FILES[1], inbox / SEED_FILES[1].name)
    summary = run_pipeline(inbox, wh)
    assert summary.dbt_build.startswith("full: the models were recorded as built through load 2"), (
        summary.dbt_build
    )
    assert (summary.articles_new, summary.articles_total) == (1, 2)
    assert _published_state(wh) == (2, 2, 2, 2)


def test_the_watermark_given_by_the_pipeline_leaves_the_parsed_project_as_it_is(tmp_path):
    """The pipeline passes the watermark it read (``DYAD_DBT_WATERMARK``) instead of the models
    querying ``audit.dbt_state`` at every call; the value changes from build to build, and dbt
    reads it at execution only, so the project it parsed once is not parsed again. Unset (dbt by
    hand), the table is read."""
    from flows.dbt_runner import run_dbt
    from flows.transform import WATERMARK_ENV

    db = _watermark_only(tmp_path, 7)
    target = tmp_path / "dbt-target"
    select = ["--select", "unique_dyad_articles_article_id_country_a_country_b", "--vars"]
    args = ["compile", *select, json.dumps({"tests_new_articles_only": True})]

    def compiled(env: dict[str, str] | None) -> str:
        run_dbt(args, db, target, env=env)
        (sql,) = (target / "compiled").rglob("unique_dyad_articles_*.sql")
        return sql.read_text(encoding="utf-8")

    assert "where load_seq > 3)" in compiled({WATERMARK_ENV: "3"})
    parsed = (target / "partial_parse.msgpack").stat().st_mtime_ns
    assert "where load_seq > 12)" in compiled({WATERMARK_ENV: "12"})
    assert "where load_seq > 7)" in compiled(None)
    assert (target / "partial_parse.msgpack").stat().st_mtime_ns == parsed
    assert WATERMARK_ENV not in os.environ


def test_every_incremental_model_logs_its_keys_as_the_pipeline_says(tmp_path, prefect_harness):
    """Whether an incremental build writes its change log (``audit.model_changes``) is decided once,
    before the build: the pipeline passes it (``DYAD_DBT_CHANGE_LOG``), by hand the catalog is
    queried. Then every incremental model the build runs, on any of dbt's threads, logs itself
    (a row with no key); none does when told not to, though the table is there."""
    from flows.dbt_runner import RUN_RESULTS, run_dbt
    from flows.settings import load_settings
    from flows.transform import CHANGE_LOG_ENV, WATERMARK_ENV, BuildPlan, build_args
    from flows.warehouses.changes import reset_change_log

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "warehouse" / "dyad.duckdb"
    shutil.copy2(SEED_FILES[0], inbox / SEED_FILES[0].name)
    assert run_pipeline(inbox, wh).status == "published"
    with duckdb.connect(str(wh), read_only=True) as con:
        (seq,) = con.execute("select max(load_seq) from raw.articles").fetchone()
    plan = BuildPlan("incremental", "by hand", since_seq=seq, through_seq=seq)
    args = build_args(plan, load_settings())

    def logged(change_log: str | None) -> tuple[set[str], set[str]]:
        work = tmp_path / f"work-{change_log}" / "dyad.duckdb"
        work.parent.mkdir()
        shutil.copy2(wh, work)
        with duckdb.connect(str(work)) as con:
            reset_change_log(con)
        env = {WATERMARK_ENV: str(seq)}
        if change_log is not None:
            env[CHANGE_LOG_ENV] = change_log
        target = work.parent / "dbt-target"
        run_dbt(args, work, target=target, manifest=False, env=env)
        results = json.loads((target / RUN_RESULTS).read_text(encoding="utf-8"))["results"]
        ran = {r["unique_id"].split(".")[-1] for r in results if r["unique_id"].startswith("model.")}
        with duckdb.connect(str(work), read_only=True) as con:
            rows = con.execute(
                "select distinct model from audit.model_changes where key_json is null"
            ).fetchall()
        return ran, {m.split(".", 1)[1] for (m,) in rows}

    ran, told = logged("1")
    assert len(ran) > 20 and told == ran
    ran, queried = logged(None)
    assert queried == ran
    assert logged("0")[1] == set()
