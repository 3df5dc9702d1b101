"""The raw and audit tables declared once (flows/schema.py): what the warehouse, the lake, staging,
validation and dbt's sources hold is what the declaration says."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, datetime

import duckdb
import pytest
import yaml

from flows import lake, schema, validation, warehouse
from flows.ingest import staging
from flows.ingest.documents import InputItem
from flows.ingest.load import load_results
from flows.runs import RunSummary
from flows.settings import PROJECT_ROOT

BODY = (
    "Минск, 5 марта 2025. Президент Беларуси Александр Лукашенко встретился с послом Китая. "
    "Товарооборот Беларуси и Китая вырос на 12% и составил $8,5 млрд."
)


def catalog(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """Table -> its columns as (name, type, nullable, has a default), in table order."""
    out: dict[str, list[tuple]] = {}
    for s, t, c, type_, nullable, default in con.execute(
        "select schema_name, table_name, column_name, data_type, is_nullable, column_default "
        "from duckdb_columns() where database_name = current_database() and schema_name in ('raw', 'audit') "
        "order by schema_name, table_name, column_index"
    ).fetchall():
        out.setdefault(f"{s}.{t}", []).append((c, type_, nullable, default is not None))
    return out


def declared(con: duckdb.DuckDBPyConnection, tables=schema.TABLES) -> dict[str, list[tuple]]:
    """The same from the declaration, with DuckDB's own names of the declared types."""
    return {
        t.qualified: [
            (
                c.name,
                con.execute(f"select typeof(null::{c.sql_type})").fetchone()[0],
                c.nullable,
                c.default is not None,
            )
            for c in t.columns
        ]
        for t in tables
    }


def test_sources_yml_holds_every_raw_table_and_column_in_declaration_order_with_descriptions():
    doc = yaml.safe_load(schema.SOURCES_YML.read_text(encoding="utf-8"))
    (source,) = [s for s in doc["sources"] if s["name"] == "raw"]
    assert source["schema"] == "raw" and source["description"]
    assert [t["name"] for t in source["tables"]] == list(schema.table_names("raw"))
    for entry in source["tables"]:
        t = schema.table(entry["name"])
        assert [c["name"] for c in entry.get("columns", [])] == list(t.column_names), t.name
        assert entry["description"] == t.description
        for col in entry["columns"]:
            assert col.get("description", "").strip(), f"raw.{t.name}.{col['name']} has no description"
            assert col["description"] == t.column(col["name"]).description
        # freshness: the tables that have no load time are not checked
        fresh = entry.get("loaded_at_field", source["loaded_at_field"]) if "freshness" not in entry else None
        assert fresh == t.loaded_at_field, t.name
    assert schema.SOURCES_YML.read_text(encoding="utf-8") == schema.sources_yml(), (
        "run python -m flows.schema to write _sources.yml from flows/schema.py"
    )
    assert schema.main(["--check"]) == 0


def test_every_declared_table_and_column_is_described_and_named_once():
    assert len(set(schema.BY_NAME)) == len(schema.TABLES)
    for t in schema.TABLES:
        assert t.description.strip(), t.qualified
        assert len(set(t.column_names)) == len(t.column_names), t.qualified
        assert all(c.description.strip() for c in t.columns), t.qualified
        assert set(t.primary_key) <= set(t.column_names)
        if t.loaded_at_field is not None:
            assert t.loaded_at_field in t.column_names
        # the loader fills load_seq, run_id, ingested_at; the parser everything else of a staged table
        assert all(not c.staged for c in t.columns if c.name == "load_seq")
    assert [t.qualified for t in schema.TABLES if t.primary_key] == ["audit.runs"]


def test_a_new_warehouse_has_exactly_the_declared_tables_and_columns(tmp_path):
    con = warehouse.connect(tmp_path / "w.duckdb")
    try:
        warehouse.ensure_raw_schema(con)
        assert catalog(con) == declared(con)
        keys = con.execute(
            "select schema_name || '.' || table_name, constraint_column_names from duckdb_constraints() "
            "where constraint_type = 'PRIMARY KEY'"
        ).fetchall()
        assert keys == [("audit.runs", ["run_id"])]
        # the defaults are the declared ones
        for t in schema.TABLES:
            for c in t.columns:
                if c.default is None:
                    continue
                stored = con.execute(
                    "select column_default from duckdb_columns() where schema_name = ? and table_name = ? "
                    "and column_name = ?",
                    [t.schema, t.name, c.name],
                ).fetchone()[0]
                assert con.execute(f"select ({stored}) = ({c.default})").fetchone()[0], (t.name, c.name)
    finally:
        con.close()


def test_a_warehouse_written_before_the_added_columns_gets_every_one_and_keeps_its_rows(tmp_path):
    """The previous version's tables: the declaration without its ``added`` columns."""
    old = tuple(
        t.without(*[c.name for c in t.columns if c.added]) if any(c.added for c in t.columns) else t
        for t in schema.TABLES
    )
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as old_con:
        old_con.execute(schema.ddl(old))
        old_con.execute(
            "insert into raw.articles (article_id, source_uri, raw_text, body, run_id, ingested_at, load_seq) "
            "values ('a1', 'f.txt', 'Текст', 'Текст', 'r1', now(), 1);"
            "insert into raw.number_mentions (article_id, mention_idx, sentence_idx, char_start, char_end, "
            "quote, number_text, load_seq) values ('a1', 0, 0, 0, 1, '5', '5', 1)"
        )
    con = warehouse.connect(path)
    try:
        for _ in range(2):  # the second time finds nothing left to add
            warehouse.ensure_raw_schema(con)
        got, want = catalog(con), declared(con)
        assert got.keys() == want.keys()
        for name in want:  # added columns come last in an upgraded table: same columns, any order
            assert sorted(got[name]) == sorted(want[name]), name
        assert con.execute("select modality, source_field from raw.number_mentions").fetchall() == [
            (None, None)
        ]
        assert con.execute("select published_date_source, body from raw.articles").fetchall() == [
            (None, "Текст")
        ]
    finally:
        con.close()
    assert {(t, c) for t, c, _ in warehouse.ADDED_RAW_COLUMNS} == {
        (t.name, c.name) for t in schema.TABLES for c in t.columns if c.added
    }


def test_the_lake_validation_and_staging_read_their_tables_and_columns_from_the_declaration():
    assert tuple(t.name for t in schema.TABLES if t.schema == "raw") == lake.RAW_TABLES
    assert "primary key" not in lake.lake_ddl() and "primary key" in warehouse.RAW_DDL
    assert (
        tuple(t.name for t in schema.TABLES if t.schema == "raw" and "load_seq" in t.column_names)
        == warehouse.LOAD_SEQ_TABLES
    )
    for name, columns in staging.STAGED_TABLES.items():
        t = schema.table(name)
        assert columns == tuple(c for c in t.column_names if c not in {"run_id", "ingested_at", "load_seq"})
    assert set(staging.STAGED_TABLES) == {t.name for t in schema.TABLES if t.staged}
    assert {"body_start", "role_end"} <= staging.NULLABLE_INTEGERS
    assert not staging.NULLABLE_INTEGERS & {"char_start", "value", "mention_idx"}
    assert set(schema.carried_columns("number_mentions")) <= set(validation.FACT_COLUMNS)
    assert set(schema.carried_columns("articles")) <= set(validation.ARTICLE_COLUMNS)
    assert "raw_text" not in validation.ARTICLE_COLUMNS and "mention_idx" not in validation.FACT_COLUMNS


def test_staged_parquet_files_hold_the_declared_columns_with_the_values_of_their_names(tmp_path):
    """Each staged row is read back by column name: a value in the wrong position shows."""
    item = InputItem(source_uri="a.txt", kind="txt", content=BODY.encode())
    chunk = staging.parse_chunk([(0, item)], None, str(tmp_path), 0)
    assert [r for res in chunk.results for r in res.rejected] == []
    con = duckdb.connect()
    rows = {}
    for table, columns in staging.STAGED_TABLES.items():
        (path,) = staging.staged_files(tmp_path, table)
        rel = con.execute(f"select * from read_parquet('{path}')")
        assert [d[0] for d in rel.description] == ["stage_key", *columns], table
        rows[table] = [dict(zip(["stage_key", *columns], r, strict=True)) for r in rel.fetchall()]
    (art,) = rows["articles"]
    body = art["body"]
    assert art["source_uri"] == "a.txt" and art["had_decode_errors"] is False and art["language"] == "ru"
    assert art["raw_text"][art["body_start"] : art["body_end"]] == body
    for s in rows["sentences"]:
        assert body[s["char_start"] : s["char_end"]] == s["sentence_text"]
    for i, t in enumerate(rows["tokens"]):
        assert t["token_idx"] == i and body[t["char_start"] : t["char_end"]] == t["token"]
        assert t["char_before"] == body[t["char_start"] - 1 : t["char_start"]]
        assert t["token_norm"] == t["token"].lower().replace("ё", "е")
    facts = rows["number_mentions"]
    assert facts and all(body[f["char_start"] : f["char_end"]] == f["quote"] for f in facts)
    assert [f["mention_idx"] for f in facts] == list(range(len(facts)))
    assert {f["source_field"] for f in facts} == {"body"} and {f["modality"] for f in facts} == {"actual"}
    assert any(f["unit"] == "USD" and f["value"] == 8.5e9 for f in facts)
    people = rows["person_mentions"]
    assert people and all(body[p["char_start"] : p["char_end"]] == p["name_as_written"] for p in people)
    assert all(
        p["role"] is None or (p["role_start"] is not None and p["role_end"] > p["role_start"]) for p in people
    )
    assert len(rows["article_signatures"][0]["signature"]) == 64
    assert [b["band_idx"] for b in rows["article_bands"]] == list(range(len(rows["article_bands"])))


def test_analysis_rows_of_another_width_than_declared_are_refused_naming_the_table():
    with pytest.raises(ValueError, match=r"tokens rows have 2 values, flows/schema.py declares 11"):
        staging._positional("tokens", 1, "a1", [(0, 0)])


NEW_COLUMN_SCRIPT = """
import dataclasses
import json
import sys
import types
from pathlib import Path

from flows import schema

new = schema.Column("confidence", "double", "How sure the extractor is.", added=True, carried=True)
schema.TABLES = tuple(
    dataclasses.replace(t, columns=(*t.columns, new)) if t.qualified == "raw.number_mentions" else t
    for t in schema.TABLES
)
schema.BY_NAME = {t.qualified: t for t in schema.TABLES}

import duckdb
from flows import lake, validation, warehouse
from flows.ingest import staging

out = {"ddl": "confidence double" in warehouse.RAW_DDL, "lake_ddl": "confidence double" in lake.lake_ddl()}
out["added"] = ["number_mentions", "confidence", "double"] in [list(a) for a in warehouse.ADDED_RAW_COLUMNS]
out["staged"] = list(staging.STAGED_TABLES["number_mentions"])
out["validated"] = "confidence" in validation.FACT_COLUMNS
out["sources"] = "- name: confidence" in schema.sources_yml()
out["sources_current"] = schema.main(["--check"]) == 0

# a warehouse of the previous declaration gets the column
path = Path(sys.argv[1]) / "old.duckdb"
con = duckdb.connect(str(path))
old = tuple(t.without("confidence") if t.name == "number_mentions" else t for t in schema.TABLES)
con.execute(schema.ddl(old))
con.close()
con = warehouse.connect(path)
warehouse.ensure_raw_schema(con)
out["upgraded"] = con.execute(
    "select data_type from duckdb_columns() where table_name = 'number_mentions' and column_name = 'confidence'"
).fetchall()
con.close()

# a fact carrying the value under the column's name is staged with it, typed as declared
fact = types.SimpleNamespace(
    char_start=0, char_end=2, quote="5%", number_text="5", value=5.0, value_high=None, unit="percent",
    comparator="=", metric="growth", counted=None, change=None, period=None, modality="actual", confidence=0.75,
)
given = {"article_id": "a1", "mention_idx": 0, "sentence_idx": 0, "source_field": "body"}
given |= staging.indicator_columns(fact, "5%", None, [(0, 0, 2, "5%")], 0, "body", None)
row = staging._row("number_mentions", 7, given, fact)
stage = Path(sys.argv[1]) / "stage"
stage.mkdir()
con = staging._staging_connection()
staging._write(con, {"number_mentions": [row]}, str(stage), "x")
out["parquet"] = con.execute(
    f"select confidence, typeof(confidence) from read_parquet('{stage}/number_mentions-x.parquet')"
).fetchall()
print(json.dumps(out))
"""


def test_a_column_added_to_the_declaration_reaches_ddl_upgrades_staging_validation_and_sources(tmp_path):
    """One edit of flows/schema.py, in a fresh interpreter: everything derived follows it, and the
    stale _sources.yml is caught."""
    script = tmp_path / "new_column.py"
    script.write_text(textwrap.dedent(NEW_COLUMN_SCRIPT), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["ddl"] and out["lake_ddl"] and out["added"] and out["validated"] and out["sources"]
    assert out["staged"][-1] == "confidence"
    assert out["sources_current"] is False  # the file would have to be written again
    assert out["upgraded"] == [["DOUBLE"]]
    assert out["parquet"] == [[0.75, "DOUBLE"]]


def test_schema_module_keeps_the_upgrade_list_and_the_staged_columns_derived():
    """No second copy of the declaration in the modules that use it."""
    for path in ("flows/warehouse.py", "flows/lake.py", "flows/ingest/staging.py"):
        text = (PROJECT_ROOT / path).read_text(encoding="utf-8")
        assert "create table if not exists raw." not in text, path
        assert '"token_norm"' not in text and '"name_as_written"' not in text, path


def test_inserts_name_the_declared_columns_and_refuse_others():
    runs = schema.table("audit.runs")
    assert runs.insert_sql() == (
        "insert into audit.runs (run_id, started_at, finished_at, status, summary) values (?, ?, ?, ?, ?)"
    )
    assert schema.table("raw.file_manifest").insert_sql(["status", "version"], catalog="lake") == (
        "insert into lake.raw.file_manifest (status, version) values (?, ?)"
    )
    with pytest.raises(KeyError, match=r"audit\.runs has no column 'state'"):
        runs.insert_sql(["run_id", "state"])
    assert schema.table("raw.file_manifest").integer_columns == {"version", "size_bytes", "mtime_ns", "inode"}
    assert "load_seq" in schema.table("raw.articles").integer_columns
    assert not schema.table("audit.rejected_files").integer_columns
    assert list(RunSummary(run_id="r1").record()) == list(runs.column_names)


def test_python_rows_land_in_their_columns_whatever_the_tables_physical_order(tmp_path):
    """The manifest, rejected inputs and check results are written by column name: in tables that
    hold the declared columns in reverse order each value still lands in its column, and a
    nanosecond mtime stays exact."""
    names = (
        "raw.file_manifest",
        "audit.rejected_files",
        "audit.validation_results",
        "audit.fact_check_failures",
    )
    reversed_tables = tuple(
        replace(t, columns=t.columns[::-1], primary_key=()) for t in schema.TABLES if t.qualified in names
    )
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        con.execute(schema.ddl(reversed_tables))
        now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        item = InputItem(source_uri="empty.txt", kind="txt", size_bytes=0, mtime_ns=1_764_000_000_123_456_789)
        stats = load_results(
            con, [], tmp_path, [(item, "empty file")], {}, "r1", now, known_ids={}, load_seq=1
        )
        assert stats.files_rejected == 1
        assert con.execute(
            "select source_uri, version, source_kind, size_bytes, mtime_ns, status, reason, run_id, recorded_at "
            "from raw.file_manifest"
        ).fetchall() == [
            ("empty.txt", 1, "txt", 0, 1_764_000_000_123_456_789, "rejected", "empty file", "r1", now)
        ]
        assert con.execute(
            "select source_uri, reason, detected_at, run_id from audit.rejected_files"
        ).fetchall() == [("empty.txt", "empty file", now, "r1")]
        outcome = validation.CheckOutcome(
            suite="articles",
            check="title_not_null",
            expectation="expect_column_values_to_not_be_null",
            column="title",
            level="suite",
            success=False,
            element_count=7,
            unexpected_count=2,
            failing_ids=["a1", "a2"],
        )
        validation.record_audit(con, "r1", validation.AuditResult([outcome], tmp_path))
        row = con.execute(
            "select run_id, suite_name, expectation, column_name, level, success, element_count, "
            "unexpected_count, details from audit.validation_results"
        ).fetchone()
        assert row[:8] == ("r1", "articles", "title_not_null", "title", "suite", False, 7, 2)
        assert json.loads(row[8])["failing_ids"] == ["a1", "a2"]
    finally:
        con.close()


def test_modules_writing_raw_and_audit_rows_take_their_columns_from_the_declaration():
    """No hand-written column list of the manifest, and no insert that relies on column positions."""
    load = (PROJECT_ROOT / "flows/ingest/load.py").read_text(encoding="utf-8")
    assert "INTEGER_COLUMNS" not in load and '"source_kind",' not in load
    for path in sorted((PROJECT_ROOT / "flows").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for target in re.findall(r"insert into ([\w{}.]+)\s+values", text):
            assert target.endswith("lake_head"), (path, target)  # the lake's own head row only
