"""What the published warehouse holds and how the last runs went."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import duckdb

from flows.settings import Settings


@dataclass
class Status:
    tables: list[tuple[str, int]] = field(default_factory=list)
    runs: list[dict] = field(default_factory=list)


def read_status(settings: Settings, last: int = 10) -> Status:
    st = Status()
    path = settings.warehouse_path
    if path.exists():
        con = duckdb.connect(str(path), read_only=True)
        try:
            names = con.execute(
                """select table_schema || '.' || table_name from information_schema.tables
                   where table_schema in ('marts', 'audit') and table_type = 'BASE TABLE' order by 1"""
            ).fetchall()
            st.tables = [(n, con.execute(f"select count(*) from {n}").fetchone()[0]) for (n,) in names]
        finally:
            con.close()
    # Every run, published or not, leaves a record beside the warehouse.
    if settings.runs_dir.exists():
        records = sorted(settings.runs_dir.glob("*.json"), reverse=True)[:last]
        for rec in records:
            try:
                st.runs.append(json.loads(rec.read_text(encoding="utf-8")))
            except (OSError, json.JSONDecodeError):
                continue
    return st
