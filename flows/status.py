"""What the published warehouse holds and how the last runs went."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from flows.settings import Settings


@dataclass
class Status:
    tables: list[tuple[str, int]] = field(default_factory=list)
    runs: list[dict] = field(default_factory=list)
    published: str = ""


def read_status(settings: Settings, last: int = 10) -> Status:
    from flows.lake import LakeUnavailable, open_published, published_label

    st = Status(published=published_label(settings))
    try:
        con = open_published(settings)  # the published file, or the lake's latest snapshot
    except (FileNotFoundError, LakeUnavailable):
        con = None
    if con is not None:
        try:
            names = con.execute(
                """select table_schema || '.' || table_name from information_schema.tables
                   where table_catalog = current_database() and table_schema in ('marts', 'audit')
                   and table_type = 'BASE TABLE' order by 1"""
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
