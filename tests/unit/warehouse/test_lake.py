"""The DuckLake mode without dbt: settings, extensions from the PyPI wheels, the lake's tables,
and publishing as one transaction that a stale run cannot make."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows import lake, warehouse
from flows.settings import PROJECT_ROOT, load_settings
from flows.warehouses.changes import reset_change_log
from tests.tables import lake_changed_tables, not_null_columns


def lake_settings(tmp_path: Path, catalog: str | None = None):
    return load_settings(
        {
            "warehouse_mode": "ducklake",
            "lake_catalog": catalog or f"ducklake:sqlite:{tmp_path}/catalog.sqlite",
            "lake_data_path": str(tmp_path / "data"),
            "warehouse": str(tmp_path / "work" / "dyad.duckdb"),
        },
        environ={},
    )


def test_settings_choose_and_validate_the_warehouse_and_dask():
    s = load_settings(environ={})
    assert s.warehouse_mode == "duckdb" and not s.on_lake and s.dask_address == ""
    s = load_settings(
        environ={"DYAD_WAREHOUSE_MODE": "ducklake", "DYAD_LAKE_CATALOG": "ducklake:lake/c.ducklake"}
    )
    assert s.on_lake and lake.catalog_uri(s) == f"ducklake:{PROJECT_ROOT}/lake/c.ducklake"
    assert lake.data_path(s) == f"{PROJECT_ROOT}/warehouse/lake/data/"
    pg = "ducklake:postgres:dbname=dyad host=db.internal port=5432 user=dyad"
    s = load_settings(
        {"warehouse_mode": "ducklake", "lake_catalog": pg, "lake_data_path": "s3://b/dyad"}, environ={}
    )
    assert lake.catalog_uri(s) == pg and lake.catalog_file(s) is None and lake.data_path(s) == "s3://b/dyad/"
    s = load_settings({"lake_catalog": "ducklake:sqlite:/srv/c.sqlite"}, environ={})
    assert lake.catalog_file(s) == Path("/srv/c.sqlite")
    for env, message in [
        ({"DYAD_WAREHOUSE_MODE": "lake"}, "warehouse_mode must be one of duckdb, ducklake"),
        ({"DYAD_WAREHOUSE_MODE": "ducklake", "DYAD_LAKE_CATALOG": "/srv/c.sqlite"}, "lake_catalog must be"),
        (
            {"DYAD_WAREHOUSE_MODE": "ducklake", "DYAD_LAKE_CATALOG": "ducklake:sqlite:"},
            "lake_catalog must be",
        ),
        ({"DYAD_DASK_ADDRESS": "local:0"}, "dask_address must be"),
        ({"DYAD_DASK_ADDRESS": "10.0.0.5"}, "dask_address must be"),
    ]:
        with pytest.raises(ValueError, match=message):
            load_settings(environ=env)
    assert (
        load_settings(environ={"DYAD_DASK_ADDRESS": "tcp://10.0.0.5:8786"}).dask_address
        == "tcp://10.0.0.5:8786"
    )
    assert load_settings(environ={"DYAD_DASK_ADDRESS": "local:2"}).dask_address == "local:2"


def test_extensions_come_from_the_wheels_and_load_without_network():
    base = lake.extension_directory()
    con = duckdb.connect()
    platform = con.execute("pragma platform").fetchone()[0]
    con.close()
    folder = base / f"v{duckdb.__version__}" / platform
    for name in ("ducklake", "sqlite_scanner", "postgres_scanner", "httpfs"):
        assert (folder / f"{name}.duckdb_extension").exists(), name
    con = duckdb.connect(config={**lake.duckdb_config(), "autoinstall_known_extensions": "false"})
    try:
        con.execute("load ducklake")
        con.execute("load sqlite_scanner")
        assert (
            con.execute(
                "select count(*) from duckdb_extensions() where loaded and extension_name = 'ducklake'"
            ).fetchone()[0]
            == 1
        )
    finally:
        con.close()


def _tampered(data: bytes) -> bytes:
    """An extension file's bytes with one changed near its end, inside what DuckDB's signature
    covers."""
    changed = bytearray(data)
    changed[-300] ^= 0xFF
    return bytes(changed)


def _extension_folder(tmp_path: Path, tamper: str | None = None) -> Path:
    """A copy of the extension directory's files (``_tampered`` when ``tamper`` names one), laid
    out as DuckDB looks for them."""
    src = lake.extension_directory()
    for f in sorted(src.glob("v*/*/*.duckdb_extension")):
        dst = tmp_path / "ext" / f.relative_to(src)
        dst.parent.mkdir(parents=True, exist_ok=True)
        data = f.resolve().read_bytes()
        dst.write_bytes(_tampered(data) if f.stem == tamper else data)
    return tmp_path / "ext"


def test_extensions_are_checked_once_then_loaded_unchecked(tmp_path, monkeypatch):
    folder = _extension_folder(tmp_path)
    stale = folder / "v0.0.1" / "linux_amd64" / "ducklake.duckdb_extension"  # another version's
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"not an extension")
    monkeypatch.setattr(lake, "extension_directory", lambda: folder)
    monkeypatch.setattr(lake, "_VERIFIED", {})
    config = lake.duckdb_config(limited=False)  # checks every file of this version first
    assert config["allow_unsigned_extensions"] == "true"
    assert len(lake._VERIFIED) == 4
    con = duckdb.connect(config={**config, "autoinstall_known_extensions": "false"})
    try:
        con.execute("load ducklake")
        con.execute("load sqlite_scanner")
    finally:
        con.close()
    # a file replaced since its check is checked again: a tampered one fails, named
    ducklake = next(folder.glob(f"v{duckdb.__version__}/*/ducklake.duckdb_extension"))
    data = _tampered(ducklake.read_bytes())
    ducklake.unlink()
    ducklake.write_bytes(data)
    with pytest.raises(lake.LakeUnavailable, match=r"ducklake\.duckdb_extension"):
        lake.duckdb_config()


def test_a_tampered_extension_fails_its_check_and_no_connection_opens(tmp_path, monkeypatch):
    folder = _extension_folder(tmp_path, tamper="sqlite_scanner")
    monkeypatch.setattr(lake, "extension_directory", lambda: folder)
    monkeypatch.setattr(lake, "_VERIFIED", {})
    with pytest.raises(lake.LakeUnavailable, match=r"sqlite_scanner\.duckdb_extension"):
        lake.connect(lake_settings(tmp_path))
    assert not any("sqlite_scanner" in str(p) for p in lake._VERIFIED)


def test_lake_tables_match_the_embedded_ones_without_primary_keys(tmp_path):
    assert "primary key" not in lake.lake_ddl().lower()
    s = lake_settings(tmp_path)
    lake.ensure_lake(s)
    lake.ensure_lake(s)  # idempotent: a second machine starting on an existing lake
    con = lake.connect(s, read_only=True)
    embedded = duckdb.connect(str(tmp_path / "e.duckdb"))
    warehouse.ensure_raw_schema(embedded)
    try:
        for t in lake.RAW_TABLES:
            cols = "select column_name, data_type from information_schema.columns where table_catalog = ? and table_schema = 'raw' and table_name = ? order by ordinal_position"
            assert con.execute(cols, ["lake", t]).fetchall() == embedded.execute(cols, ["e", t]).fetchall(), t
        assert con.execute("select version from audit.lake_head").fetchall() == [(0,)]
        snapshots = con.execute("select count(*) from lake.snapshots()").fetchone()[0]
    finally:
        con.close()
        embedded.close()
    assert snapshots == 2  # the empty lake and the Dyad tables; a second ensure_lake adds none


def _work_file(s, tmp_path: Path, snapshot: int, value: int) -> Path:
    """A working file as a run leaves it before publishing: pending raw rows and built marts."""
    path = tmp_path / f"work-{value}.duckdb"
    con = duckdb.connect(str(path))
    warehouse.ensure_raw_schema(con)
    con.execute(
        """insert into raw.articles (article_id, source_uri, raw_text, body, run_id, ingested_at)
           values (?, 'x.txt', 'text', 'text', 'r', now())""",
        [f"a{value}"],
    )
    con.execute("create schema marts")
    con.execute("create table marts.facts as select ? as value", [value])
    con.execute("comment on table marts.facts is 'one fact'")
    con.close()
    lake.stage_pending(s, path, snapshot)
    return path


def _run_row(run_id: str) -> dict:
    return {
        "run_id": run_id,
        "started_at": "2026-01-01T00:00:00+00:00",
        "finished_at": None,
        "status": "published",
        "summary": "{}",
    }


@pytest.mark.parametrize("kind", ["sqlite", "duckdb"])
def test_publish_is_one_snapshot_and_a_stale_run_publishes_nothing(tmp_path, kind):
    catalog = {
        "sqlite": f"ducklake:sqlite:{tmp_path}/catalog.sqlite",
        "duckdb": f"ducklake:{tmp_path}/c.ducklake",
    }
    s = lake_settings(tmp_path, catalog[kind])
    lake.ensure_lake(s)
    state = lake.read_state(s)
    first = _work_file(s, tmp_path, state.snapshot, 1)
    stale = _work_file(s, tmp_path, state.snapshot, 2)  # built from the same snapshot, publishes second

    # a reader attached before the publication (a DuckDB-file catalog admits one attachment at a time)
    reader = lake.connect(s, read_only=True) if kind == "sqlite" else None
    snap = lake.publish(s, first, state, "run1", _run_row("run1"), [])
    assert snap == lake.current_snapshot(s) == state.snapshot + 1
    with pytest.raises(lake.LakeConflict):
        lake.publish(s, stale, state, "run2", _run_row("run2"), [])
    assert lake.current_snapshot(s) == snap  # the refused run left no snapshot

    con = lake.connect(s, read_only=True)
    try:
        assert con.execute("select value from marts.facts").fetchall() == [(1,)]
        assert con.execute("select article_id from raw.articles").fetchall() == [("a1",)]
        assert con.execute("select run_id from audit.runs").fetchall() == [("run1",)]
        assert (
            con.execute("select comment from duckdb_tables() where table_name = 'facts'").fetchone()[0]
            == "one fact"
        )
        changes = con.execute(
            "select changes from lake.snapshots() where snapshot_id = ?", [snap]
        ).fetchone()[0]
    finally:
        con.close()
    assert "marts.facts" in changes["tables_created"]  # raw rows, audit rows and marts: one commit
    # a reader that attached earlier sees the lake as of its own snapshot until it re-attaches
    old = lake.connect(s, read_only=True, snapshot=state.snapshot)
    try:
        assert old.execute("select count(*) from raw.articles").fetchone()[0] == 0
    finally:
        old.close()
        if reader is not None:
            reader.close()

    # the loser rebuilds on the new snapshot: its raw view now reads the winner's rows too
    state2 = lake.read_state(s)
    assert state2.head == 1 and state2.articles == 1
    assert lake.read_inputs(s, state2.snapshot, state2.manifest, [], {"a1", "a9"}) == {"a1": "x.txt"}
    rebuilt = _work_file(s, tmp_path, state2.snapshot, 3)
    con = duckdb.connect(str(rebuilt), config=lake.duckdb_config())
    con.execute(lake.attach_sql(s, read_only=True, snapshot=state2.snapshot))
    assert sorted(r[0] for r in con.execute("select article_id from raw.articles").fetchall()) == ["a1", "a3"]
    con.close()
    lake.publish(s, rebuilt, state2, "run3", _run_row("run3"), [])
    con = lake.connect(s, read_only=True)
    try:
        assert con.execute("select value from marts.facts").fetchall() == [(3,)]
        assert con.execute("select count(*) from raw.articles").fetchone()[0] == 2
    finally:
        con.close()


def test_readers_open_the_published_warehouse_in_either_mode(tmp_path):
    from flows.warehouses import open_published

    s = lake_settings(tmp_path)
    with pytest.raises(FileNotFoundError, match="no DuckLake catalog"):
        open_published(s)
    embedded = load_settings({"warehouse": str(tmp_path / "none.duckdb")}, environ={})
    with pytest.raises(FileNotFoundError, match="no published warehouse"):
        open_published(embedded)
    lake.ensure_lake(s)
    con = open_published(s)
    try:
        assert con.execute("select current_database()").fetchone()[0] == "lake"
        with pytest.raises(duckdb.Error):
            con.execute("create table marts.nope as select 1")
    finally:
        con.close()


def test_a_lake_created_before_a_raw_column_gets_it(tmp_path):
    s = lake_settings(tmp_path)
    lake.ensure_lake(s)
    con = lake.connect(s)
    try:
        for table, column, _ in warehouse.ADDED_RAW_COLUMNS:
            con.execute(f"alter table raw.{table} drop column {column}")
    finally:
        con.close()
    lake.ensure_lake(s)  # a machine of the new version starting on the old lake
    con = lake.connect(s, read_only=True)
    try:
        cols = {
            (t, c)
            for t, c in con.execute(
                "select table_name, column_name from information_schema.columns "
                "where table_catalog = 'lake' and table_schema = 'raw'"
            ).fetchall()
        }
    finally:
        con.close()
    assert {(t, c) for t, c, _ in warehouse.ADDED_RAW_COLUMNS} <= cols


def _with_view(path: Path, name: str, query: str, comment: str | None = None) -> Path:
    con = duckdb.connect(str(path))
    try:
        con.execute(f"create view marts.{name} as {query}")
        if comment:
            con.execute(f"comment on view marts.{name} is '{comment}'")
    finally:
        con.close()
    return path


def test_views_of_the_marts_are_published_and_read_the_lake(tmp_path):
    """A mart view (such as a deprecated old name) is published with the tables, reads the
    lake's rows under any alias, goes when the build has it no more, and travels in an export;
    one whose query names the working file is refused and nothing is published."""
    s = lake_settings(tmp_path, f"ducklake:{tmp_path}/c.ducklake")  # a DuckDB-file catalog: the quicker
    lake.ensure_lake(s)
    state = lake.read_state(s)
    work = _with_view(
        _work_file(s, tmp_path, state.snapshot, 1), "old_facts", "select * from marts.facts", "old name"
    )
    lake.publish(s, work, state, "run1", _run_row("run1"), [])
    con = duckdb.connect(config=lake.duckdb_config())
    try:
        con.execute(lake.attach_sql(s, alias="elsewhere", read_only=True))
        assert con.execute("select * from elsewhere.marts.old_facts").fetchall() == [(1,)]
        assert con.execute(
            "select table_type from information_schema.tables where table_catalog = 'elsewhere' "
            "and table_name = 'old_facts'"
        ).fetchall() == [("VIEW",)]
        assert con.execute("select comment from duckdb_views() where view_name = 'old_facts'").fetchall() == [
            ("old name",)
        ]
    finally:
        con.close()
    exported = lake.export_published(s, tmp_path / "export.duckdb")
    con = duckdb.connect(str(exported), read_only=True)
    try:
        assert con.execute("select * from marts.old_facts").fetchall() == [(1,)]
    finally:
        con.close()

    state = lake.read_state(s)
    bad = _with_view(
        _work_file(s, tmp_path, state.snapshot, 2), "old_facts", 'select * from "work-2".marts.facts'
    )
    with pytest.raises(ValueError, match=r"view marts\.old_facts cannot be published"):
        lake.publish(s, bad, state, "run2", _run_row("run2"), [])
    assert lake.current_snapshot(s) == state.snapshot

    gone = _work_file(s, tmp_path, state.snapshot, 3)  # a build without the view
    lake.publish(s, gone, state, "run3", _run_row("run3"), [])
    con = lake.connect(s, read_only=True)
    try:
        assert con.execute("select * from marts.facts").fetchall() == [(3,)]
        assert (
            con.execute("select count(*) from duckdb_views() where view_name = 'old_facts'").fetchone()[0]
            == 0
        )
    finally:
        con.close()


@pytest.mark.parametrize(
    "sql, query",
    [
        ("CREATE VIEW marts.a AS SELECT * FROM marts.b;", "SELECT * FROM marts.b"),
        ('create view "marts"."a b" as\nselect 1 as x\n', "select 1 as x"),
    ],
)
def test_view_query_is_the_query_of_a_create_view(sql, query):
    assert lake.view_query(sql) == query


def test_view_query_refuses_other_statements():
    with pytest.raises(ValueError, match="not a CREATE VIEW statement"):
        lake.view_query("CREATE TABLE marts.a AS SELECT 1;")


def _model_work_file(s, tmp_path: Path, state, name: str, sql: str) -> Path:
    """A working file with no new raw rows whose model tables are the lake's (``copy_built``),
    then changed by ``sql`` (as an incremental build changes them)."""
    path = tmp_path / f"{name}.duckdb"
    con = duckdb.connect(str(path))
    warehouse.ensure_raw_schema(con)
    con.close()
    lake.stage_pending(s, path, state.snapshot)
    lake.copy_built(s, path, state.snapshot)
    con = duckdb.connect(str(path))
    try:
        con.execute(sql)
    finally:
        con.close()
    return path


def _changed_tables(s, snapshot: int) -> set[str]:
    con = lake.connect(s, read_only=True)
    try:
        return lake_changed_tables(con, snapshot)
    finally:
        con.close()


def test_an_incremental_publication_rewrites_only_the_keys_whose_rows_changed(tmp_path):
    """Model tables keyed by article, by dyad and by nothing; seeds. After a full publication, an
    incremental one whose working file changed some keys gives the lake exactly the working file's
    tables, writing only the tables that changed; a skipped build writes no model table."""
    check_incremental_publication(lake_settings(tmp_path, f"ducklake:{tmp_path}/c.ducklake"), tmp_path)


def check_incremental_publication(s, tmp_path: Path) -> None:
    """The checks of the test above on the lake of ``s`` (any catalog)."""
    lake.ensure_lake(s)
    state = lake.read_state(s)
    work = tmp_path / "full.duckdb"
    con = duckdb.connect(str(work))
    warehouse.ensure_raw_schema(con)
    con.execute("create schema marts; create schema intermediate")
    con.execute(
        "create table marts.facts as select * from (values ('a1', 1.0, [1, 2]), ('a1', 2.0, [3]), "
        "('a2', 3.0, []), ('a3', null, null)) t(article_id, value, parts)"
    )
    con.execute(
        "create table marts.dyads (country_a varchar not null, country_b varchar not null, n integer)"
    )
    con.execute("insert into marts.dyads values ('BY', 'CN', 2), ('BY', 'RU', 1)")
    con.execute("create table marts.blocs (article_id varchar not null, bloc varchar)")  # empty
    con.execute("create table marts.countries as select * from (values ('BY'), ('CN')) t(country_code)")
    con.execute(
        "create table intermediate.pairs as select * from (values ('a1', 'a2')) t(article_id_a, article_id_b)"
    )
    con.execute("create table raw.ref_units as select 'USD' as code")
    con.execute(
        "insert into audit.dbt_state (built_through_seq, project_hash, built_at) values (1, 'h', now())"
    )
    con.close()
    lake.stage_pending(s, work, state.snapshot)
    lake.publish(s, work, state, "run1", _run_row("run1"), [], build="full")
    state = lake.read_state(s)
    assert state.built == (1, "h") and state.unbuilt == 0
    assert lake.table_key(["value", "article_id"]) == ("article_id",)
    assert lake.table_key(["country_b", "country_a", "n"]) == ("country_a", "country_b")
    assert lake.table_key(["country_code"]) is None

    # a NOT NULL column (a mart's contract constraint) stays NOT NULL in the lake, and in a working
    # file built on the lake's tables (the copies are made from queries, which keep no constraint)
    con = duckdb.connect(config=lake.duckdb_config())
    try:
        con.execute(lake.attach_sql(s, read_only=True))
        assert not_null_columns(con, "marts", "dyads", "lake") == ["country_a", "country_b"]
        assert not_null_columns(con, "marts", "facts", "lake") == []
        assert not_null_columns(con, "marts", "blocs", "lake") == ["article_id"]
    finally:
        con.close()
    changed = _model_work_file(
        s,
        tmp_path,
        state,
        "incremental",
        """delete from marts.facts where article_id = 'a1';
           insert into marts.facts values ('a1', 5.0, [1, 2]), ('a4', 6.0, [7]);
           delete from marts.dyads where country_b = 'RU';
           update marts.dyads set n = 3 where country_b = 'CN';
           insert into marts.countries values ('RU');
           insert into audit.dbt_state (built_through_seq, project_hash, built_at) values (2, 'h', now())""",
    )
    with duckdb.connect(str(changed)) as con:  # the failed insert changes nothing
        assert not_null_columns(con, "marts", "dyads") == ["country_a", "country_b"]
        with pytest.raises(duckdb.ConstraintException, match="NOT NULL constraint failed"):
            con.execute("insert into marts.dyads values (null, 'BY', 1)")
    snap = lake.publish(s, changed, state, "run2", _run_row("run2"), [], build="incremental")
    con = duckdb.connect(config=lake.duckdb_config())
    try:
        con.execute(lake.attach_sql(s, read_only=True))
        con.execute(f"attach '{changed}' as work (read_only)")
        for table in ("marts.facts", "marts.dyads", "marts.countries", "intermediate.pairs", "raw.ref_units"):
            for a, b in (("lake", "work"), ("work", "lake")):
                assert not con.execute(
                    f"select * from {a}.{table} except all select * from {b}.{table}"
                ).fetchall(), table
        assert con.execute("select built_through_seq from lake.audit.dbt_state").fetchall() == [(2,)]
    finally:
        con.close()
    # only the tables that changed, and the run's own audit rows
    assert _changed_tables(s, snap) == {
        "marts.facts",
        "marts.dyads",
        "marts.countries",
        "audit.lake_head",
        "audit.runs",
        "audit.dbt_state",
    }

    state = lake.read_state(s)
    same = _model_work_file(s, tmp_path, state, "skip", "select 1")
    snap = lake.publish(s, same, state, "run3", _run_row("run3"), [], build="skip")
    assert _changed_tables(s, snap) == {"audit.lake_head", "audit.runs"}


def test_a_runs_lake_connections_hold_duckdb_to_its_memory_limit_and_spill_in_the_work_folder(tmp_path):
    """Publishing a full build copies every model table into the lake: under DuckDB's default
    limit (80% of the machine's memory) the flow process held 3.2 GB at 50,000 articles."""
    s = lake_settings(tmp_path)
    lake.ensure_lake(s)
    con = lake.connect(s)
    try:
        limit, spill = con.execute(
            "select current_setting('memory_limit'), current_setting('temp_directory')"
        ).fetchone()
    finally:
        con.close()
    assert (
        limit
        == duckdb.connect(config={"memory_limit": lake.LAKE_MEMORY_LIMIT})
        .execute("select current_setting('memory_limit')")
        .fetchone()[0]
    )
    assert Path(spill) == s.work_dir / "lake-spill.tmp"
    work = tmp_path / "file.duckdb"
    with duckdb.connect(str(work), config=lake.duckdb_config()) as con:
        assert con.execute("select current_setting('memory_limit')").fetchone()[0] == limit


def _row_group_bytes(s) -> list[str]:
    con = lake.connect(s, read_only=True)
    try:
        return [
            r[0]
            for r in con.execute(
                "select value from lake.options() where option_name = 'parquet_row_group_size_bytes'"
            ).fetchall()
        ]
    finally:
        con.close()


def test_wide_rows_are_written_in_row_groups_bounded_in_bytes(tmp_path, monkeypatch):
    """Articles of long texts: a row group of 122,880 of them held far more than the run's
    DuckDB memory limit (publishing a cold run of 200,000 articles ran out of memory). The lake
    bounds its row groups in bytes, and its writers may do so (no insertion order)."""
    # at a smaller scale: 256 MB of text under a limit of 256 MB
    monkeypatch.setattr(lake, "LAKE_MEMORY_LIMIT", "256MB")
    monkeypatch.setattr(lake, "ROW_GROUP_BYTES", "8MB")
    s = lake_settings(tmp_path)
    lake.ensure_lake(s)
    assert _row_group_bytes(s) == [str(8 * 1000 * 1000)]
    con = lake.connect(s)
    try:
        con.execute("create table lake.main.wide (article_id varchar, raw_text varchar)")
        con.execute("begin")  # into the lake in one transaction, as publish does
        con.execute(
            "insert into lake.main.wide (article_id, raw_text) "
            "select i::varchar, repeat(md5(i::varchar), 200) from range(40000) t(i)"
        )
        con.execute("commit")
        assert con.execute("select count(*), sum(length(raw_text)) from lake.main.wide").fetchone() == (
            40000,
            40000 * 6_400,
        )
    finally:
        con.close()
    lake.ensure_lake(s)  # set once: a run on an existing lake leaves it
    assert _row_group_bytes(s) == [str(8 * 1000 * 1000)]


def test_a_lake_created_before_row_groups_were_bounded_gets_the_bound(tmp_path):
    s = lake_settings(tmp_path)
    lake.ensure_lake(s)
    con = lake.connect(s)
    try:
        con.execute("call lake.set_option('parquet_row_group_size_bytes', '1GB')")  # another choice is kept
    finally:
        con.close()
    lake.ensure_lake(s)
    assert _row_group_bytes(s) == [str(1000 * 1000 * 1000)]


def test_a_kept_working_file_keeps_the_model_tables_and_dbts_views_and_nothing_of_the_run(tmp_path):
    """The next run on a kept working file finds the model tables, the seeds and dbt's views (of
    ``staging`` and the marts), so its build need not make the views again; the run's raw views
    over the lake, pending rows and audit tables are gone, to be made anew."""
    s = lake_settings(tmp_path)
    lake.ensure_lake(s)
    state = lake.read_state(s)
    path = s.work_dir / "lake-work.duckdb"
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    warehouse.ensure_raw_schema(con)
    con.execute(
        "create schema staging; create schema marts; create schema intermediate; create schema scratch;"
        "create table raw.ref_units (unit varchar);"
        "create view staging.stg_units as select * from raw.ref_units;"
        "create view staging.stg_articles as select article_id from raw.articles;"
    )
    con.close()
    lake.stage_pending(s, path, state.snapshot)  # raw.* views over the lake, pending.* tables
    con = duckdb.connect(str(path))
    con.execute(
        "create table intermediate.int_people (article_id varchar);"
        "create table marts.people (article_id varchar);"
        "create view marts.persons as select * from marts.people;"
        "create table scratch.t (x int);"
    )
    reset_change_log(con)
    con.close()
    lake.keep_models(s, path, state.snapshot)
    assert lake.model_views(path) == 3
    assert lake.reuse_models(s, path, state.snapshot) is None
    con = duckdb.connect(str(path))
    try:
        views = con.execute(
            "select schema_name || '.' || view_name from duckdb_views() where not internal order by 1"
        )
        assert [v for (v,) in views.fetchall()] == [
            "marts.persons",
            "staging.stg_articles",
            "staging.stg_units",
        ]
        tables = con.execute(
            "select schema_name || '.' || table_name from duckdb_tables() order by 1"
        ).fetchall()
        assert [t for (t,) in tables] == ["intermediate.int_people", "marts.people", "raw.ref_units"]
        schemas = {
            r[0]
            for r in con.execute("select schema_name from duckdb_schemas() where not internal").fetchall()
        }
        assert "pending" not in schemas and "scratch" not in schemas and "staging" in schemas
    finally:
        con.close()
    assert lake.model_views(path) == 3
    # a file kept before the views were kept with it holds none: the build makes them (plan)
    con = duckdb.connect(str(path))
    con.execute("drop view staging.stg_units; drop view staging.stg_articles; drop view marts.persons")
    con.close()
    assert lake.model_views(path) == 0
