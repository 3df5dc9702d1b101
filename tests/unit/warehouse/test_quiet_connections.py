"""Connections Dyad opens have DuckDB's progress bar off (tests/e2e/test_progress_bar.py
shows what it would print)."""

from flows import lake
from flows.readonly import open_read_only
from flows.settings import load_settings
from flows.warehouse import connect, open_duckdb
from tests.unit.warehouse.test_lake import lake_settings


def test_every_kind_of_connection_has_the_bar_off(tmp_path):
    def bar(con):
        try:
            return con.execute("select current_setting('enable_progress_bar')").fetchone()[0]
        finally:
            con.close()

    assert bar(open_duckdb()) is False
    assert bar(connect(tmp_path / "w.duckdb")) is False
    assert bar(open_duckdb(tmp_path / "w.duckdb", read_only=True, config={"memory_limit": "1GB"})) is False


def test_published_warehouse_and_lake_connections_have_the_bar_off(tmp_path):
    published = load_settings({"warehouse": str(tmp_path / "w.duckdb")}, environ={})
    connect(published.warehouse_path).close()
    on_lake = lake_settings(tmp_path / "lake")
    lake.ensure_lake(on_lake)
    for con in (open_read_only(published), lake.connect(on_lake, read_only=True), lake.connect(on_lake)):
        try:
            assert con.execute("select current_setting('enable_progress_bar')").fetchone()[0] is False
        finally:
            con.close()
