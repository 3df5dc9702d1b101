from __future__ import annotations

import dataclasses
import multiprocessing as mp
import pickle
import re
import time
from pathlib import Path

import duckdb
import pydantic
import pytest

from flows import schema, warehouse
from flows.settings import PROJECT_ROOT, Settings, SettingsError, load_settings


def test_defaults_resolve_against_project_root(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    s = load_settings(environ={})
    assert s.warehouse_path == PROJECT_ROOT / "warehouse" / "dyad.duckdb"
    assert s.inbox_paths == [PROJECT_ROOT / "seeds"]


def test_settings_file_then_environment_then_flags(tmp_path):
    f = tmp_path / "dyad.toml"
    f.write_text('[dyad]\ninbox = ["a", "b"]\nmax_file_bytes = 10\nwarehouse = "/srv/file.duckdb"\n')
    env = {"DYAD_SETTINGS_FILE": str(f), "DYAD_MAX_FILE_BYTES": "20"}
    s = load_settings(environ=env)
    assert s.inbox == ["a", "b"] and s.max_file_bytes == 20 and s.warehouse_path == Path("/srv/file.duckdb")
    s = load_settings({"max_file_bytes": 30, "inbox": ["c"]}, environ=env)
    assert s.max_file_bytes == 30 and s.inbox == ["c"]
    assert load_settings(environ={"DYAD_INBOX": "x, y"}).inbox == ["x", "y"]


def test_unknown_settings_are_refused(tmp_path):
    f = tmp_path / "dyad.toml"
    f.write_text("[dyad]\nwarehuose = 'typo'\n")
    with pytest.raises(ValueError, match="warehuose"):
        load_settings(environ={"DYAD_SETTINGS_FILE": str(f)})


def _try_lock(path: str, q) -> None:
    try:
        with warehouse.writer_lock(Path(path)):
            q.put("locked")
    except warehouse.WarehouseBusy as exc:
        q.put(f"busy: {exc}")


def test_second_writer_is_refused(tmp_path):
    wh = tmp_path / "dyad.duckdb"
    q = mp.get_context("spawn").Queue()
    with warehouse.writer_lock(wh):
        p = mp.get_context("spawn").Process(target=_try_lock, args=(str(wh), q))
        p.start()
        p.join(60)
        msg = q.get(timeout=5)
    assert msg.startswith("busy:") and "another Dyad run" in msg
    p = mp.get_context("spawn").Process(target=_try_lock, args=(str(wh), q))
    p.start()
    p.join(60)
    assert q.get(timeout=5) == "locked"


def _hold_lock(path: str, seconds: float, q) -> None:
    with warehouse.writer_lock(Path(path)):
        q.put("held")
        time.sleep(seconds)


def _holder(wh, seconds: float):
    """A process of its own holding the writer lock of ``wh`` for ``seconds``, once it holds it."""
    q = mp.get_context("spawn").Queue()
    p = mp.get_context("spawn").Process(target=_hold_lock, args=(str(wh), seconds, q))
    p.start()
    assert q.get(timeout=30) == "held"
    return p


def test_a_writer_told_to_wait_takes_the_lock_when_the_holder_ends(tmp_path):
    wh = tmp_path / "dyad.duckdb"
    p = _holder(wh, 2.0)
    told: list[str] = []
    started = time.monotonic()
    with warehouse.writer_lock(wh, wait=30, notify=told.append):
        waited = time.monotonic() - started
    p.join(30)
    assert 0.5 < waited < 20
    assert len(told) == 1 and "waiting up to 30 s" in told[0] and "another Dyad run" in told[0]


def test_a_writer_that_waited_in_vain_is_refused(tmp_path):
    wh = tmp_path / "dyad.duckdb"
    p = _holder(wh, 8.0)
    started = time.monotonic()
    with (
        pytest.raises(warehouse.WarehouseBusy, match="another Dyad run"),
        warehouse.writer_lock(wh, wait=1.0),
    ):
        pass
    assert 0.9 < time.monotonic() - started < 5
    p.kill()
    p.join(30)


def test_publish_is_an_atomic_swap_readers_keep_their_view(tmp_path):
    published = tmp_path / "dyad.duckdb"
    con = duckdb.connect(str(published))
    con.execute("create table t as select 1 as v")
    con.close()
    reader = duckdb.connect(str(published), read_only=True)
    copy = warehouse.prepare_working_copy(published, tmp_path / ".work")
    con = duckdb.connect(str(copy.path))
    con.execute("insert into t values (2)")
    con.close()
    warehouse.publish(copy)
    assert reader.execute("select count(*) from t").fetchone()[0] == 1  # the old, consistent view
    reader.close()
    fresh = duckdb.connect(str(published), read_only=True)
    assert fresh.execute("select count(*) from t").fetchone()[0] == 2
    assert {
        r[0] for r in fresh.execute("select schema_name from information_schema.schemata").fetchall()
    } >= {"raw", "audit"}
    fresh.close()
    assert not copy.path.exists()


def test_raw_tables_written_with_primary_keys_lose_them_and_keep_their_rows(tmp_path):
    """Warehouses from before the raw tables dropped their keys are migrated once, in place."""
    keys = {"raw.file_manifest": ("source_uri", "version"), "raw.articles": ("article_id",)}
    keyed_ddl = schema.ddl(
        tuple(dataclasses.replace(t, primary_key=keys.get(t.qualified, t.primary_key)) for t in schema.TABLES)
    )
    assert keyed_ddl.count("primary key") == 3  # file_manifest, articles, audit.runs
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(keyed_ddl)
    con.execute(
        "insert into raw.articles (article_id, source_uri, raw_text, body, run_id, ingested_at, load_seq) "
        "values ('a1', 'f.txt', 'Минск. Текст', 'Текст', 'r1', now(), 1)"
    )
    con.execute(
        "insert into raw.file_manifest (source_uri, version, source_kind, status, article_id, run_id) "
        "values ('f.txt', 1, 'txt', 'ingested', 'a1', 'r1')"
    )
    con.close()

    con = warehouse.connect(path)
    try:
        warehouse.ensure_raw_schema(con)
        warehouse.ensure_raw_schema(con)  # a second time: nothing left to migrate
        keys = con.execute(
            "select schema_name || '.' || table_name from duckdb_constraints() "
            "where constraint_type = 'PRIMARY KEY' order by 1"
        ).fetchall()
        assert keys == [("audit.runs",)]
        assert con.execute(
            "select article_id, body, load_seq, had_decode_errors from raw.articles"
        ).fetchall() == [("a1", "Текст", 1, False)]
        assert con.execute("select source_uri, version, status from raw.file_manifest").fetchall() == [
            ("f.txt", 1, "ingested")
        ]
        assert not con.execute(
            "select count(*) from duckdb_tables() where table_name like '%__keyed'"
        ).fetchone()[0]
        # the migrated table is the current one: defaults and NOT NULL kept
        con.execute(
            "insert into raw.file_manifest (source_uri, version, source_kind, status, run_id) "
            "values ('g.txt', 1, 'txt', 'rejected', 'r2')"
        )
        assert con.execute(
            "select recorded_at is not null from raw.file_manifest where source_uri = 'g.txt'"
        ).fetchone()[0]
        with pytest.raises(duckdb.ConstraintException):
            con.execute(
                "insert into raw.articles (article_id, source_uri, body, run_id, ingested_at) values ('a2', 'x', 'b', 'r', now())"
            )
    finally:
        con.close()


def test_bad_values_are_refused_naming_their_source(tmp_path):
    f = tmp_path / "dyad.toml"
    f.write_text("[dyad]\nworkers = 1.5\n")
    cases = [
        ({"DYAD_WORKERS": "abc"}, "DYAD_WORKERS: input should be a valid integer"),
        ({"DYAD_WORKERS": "-1"}, "DYAD_WORKERS: input should be greater than or equal to 0 (got '-1')"),
        ({"DYAD_FETCH_READ_TIMEOUT": "0"}, "DYAD_FETCH_READ_TIMEOUT: input should be greater than 0"),
        ({"DYAD_NEAR_DUPLICATE_THRESHOLD": "1.5"}, "DYAD_NEAR_DUPLICATE_THRESHOLD"),
        ({"DYAD_SETTINGS_FILE": str(f)}, f"{f}: workers: input should be a valid integer"),
        ({"DYAD_SETTINGS_FILE": str(tmp_path / "nope.toml")}, f"DYAD_SETTINGS_FILE={tmp_path / 'nope.toml'}"),
        ({"DYAD_SETTINGS_FILE": str(tmp_path)}, "not a regular file"),
        # a misspelt setting's variable, and dbt's memory size, are refused before any run starts
        ({"DYAD_WAREHOUSE_MOD": "ducklake"}, "DYAD_WAREHOUSE_MOD: unknown variable"),
        ({"DYAD_WOKRERS": "2", "DYAD_WORKERS": "2"}, "DYAD_WOKRERS: unknown variable"),
        ({"DYAD_DUCKDB_MEMORY_LIMIT": "lots"}, "DYAD_DUCKDB_MEMORY_LIMIT: not a memory size DuckDB reads"),
        ({"DYAD_DUCKDB_MEMORY_LIMIT": "2 apples"}, "DYAD_DUCKDB_MEMORY_LIMIT"),
    ]
    for env, message in cases:
        with pytest.raises(SettingsError) as info:
            load_settings(environ=env)
        assert message in str(info.value) and "\n" not in str(info.value), (env, str(info.value))
    f.write_text("[dyad\nworkers = 2\n")
    with pytest.raises(ValueError, match=rf"^{re.escape(str(f))}: not valid TOML: .*line 1"):
        load_settings(environ={"DYAD_SETTINGS_FILE": str(f)})
    with pytest.raises(SettingsError, match=r"^max_file_bytes: input should be greater than 0"):
        load_settings({"max_file_bytes": 0}, environ={})
    # an absent default dyad.toml is no error; empty variables are unset
    assert load_settings(environ={"DYAD_WORKERS": ""}).workers == 0
    # the variables the project reads besides settings, and memory sizes DuckDB reads, pass
    other = {
        "DYAD_DUCKDB_MEMORY_LIMIT": "1.5GiB",
        "DYAD_PROJECT_ROOT": str(tmp_path),
        "DYAD_REQUIRE_BROWSER": "1",
    }
    assert load_settings(environ=other).workers == 0


def test_settings_are_frozen_picklable_and_validated_on_replace():
    s = load_settings({"workers": 3, "inbox": ["a"]}, environ={})
    assert pickle.loads(pickle.dumps(s)) == s
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.workers = 4  # type: ignore[misc]
    assert dataclasses.replace(s, workers=4).workers == 4
    with pytest.raises(pydantic.ValidationError):
        dataclasses.replace(s, workers="many")
    assert [f.name for f in dataclasses.fields(Settings)][:2] == ["inbox", "warehouse"]


def test_tokens_written_before_char_before_and_gap_after_get_them_from_the_body(tmp_path):
    """Token rows of an older warehouse are given the text around them once, as the parser would."""
    from flows.text.analyze import analyze_body

    old_ddl = schema.ddl(
        tuple(
            t.without("char_before", "gap_after") if t.qualified == "raw.tokens" else t for t in schema.TABLES
        )
    )
    assert "gap_after" not in old_ddl
    bodies = {
        "a1": "Беларусь и «Россия» — партнёры.\n\nТоварооборот вырос на 5%: до $1,2 млрд!  ",
        "a2": "«Китай»-Казахстан",
    }
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(old_ddl)
    expected = []
    for aid, body in bodies.items():
        con.execute(
            "insert into raw.articles (article_id, source_uri, raw_text, body, run_id, ingested_at, load_seq) "
            "values (?, 'f.txt', ?, ?, 'r1', now(), 1)",
            [aid, body, body],
        )
        for row in analyze_body(body).tokens:
            con.execute("insert into raw.tokens values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", [aid, *row[:9]])
            expected.append((aid, row[0], row[9], row[10]))
    con.close()

    con = warehouse.connect(path)
    try:
        warehouse.ensure_raw_schema(con)
        warehouse.ensure_raw_schema(con)  # a second time: nothing left to do
        got = con.execute(
            "select article_id, token_idx, char_before, gap_after from raw.tokens order by 1, 2"
        ).fetchall()
    finally:
        con.close()
    assert got == sorted(expected)
    assert ("a2", 0, "«", "»-") in got and got[-1][3] == ""
