"""Every column an expectation of the audit reads (its column, its row condition, the id of
failing rows) is read into the audit's frames (``flows.validation.CHECKED_COLUMNS``); the others
are read as NULL."""

from __future__ import annotations

import gc
import os
import shutil
import weakref

import duckdb
import pytest

from flows import validation
from flows.validation import CHECKED_COLUMNS, SUITES

pytestmark = pytest.mark.slow  # imports Great Expectations


def _columns_of(node) -> set[str]:
    """The column names a row condition (its dict()) refers to."""
    if isinstance(node, dict):
        found = {node["name"]} if set(node) == {"name"} and isinstance(node["name"], str) else set()
        return found.union(*(_columns_of(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_columns_of(v) for v in node))
    return set()


def test_every_column_an_expectation_reads_is_a_checked_column():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.expectations.row_conditions import Column

    for name, (build, _query, id_column) in SUITES.items():
        read = {id_column}
        for e in build(gx, gxe, Column):
            if getattr(e, "column", None):
                read.add(e.column)
            if getattr(e, "row_condition", None) is not None:
                read |= _columns_of(e.row_condition.dict())
        assert "metric" in read or name != "numeric_facts"  # read by row conditions only
        assert read <= CHECKED_COLUMNS[name], read - CHECKED_COLUMNS[name]


def test_the_audit_keeps_no_frame_once_it_has_run(seeds_warehouse, tmp_path, monkeypatch):
    """GX's pandas engine keeps the last batch of each asset: the audit drops them, so a process
    that runs the flow again and again does not carry a run's frames into the next one."""
    wh, _ = seeds_warehouse
    db = tmp_path / "copy.duckdb"
    shutil.copyfile(wh, db)
    made: list[weakref.ref] = []
    checked_frame = validation.checked_frame

    def tracked(*args, **kwargs):
        frame = checked_frame(*args, **kwargs)
        made.append(weakref.ref(frame))
        return frame

    monkeypatch.setattr(validation, "checked_frame", tracked)
    con = duckdb.connect(str(db), read_only=True)
    (articles,) = con.execute("select count(*) from marts.articles").fetchone()
    con.close()
    audit = validation.run_audit(db, articles)
    assert not audit.blocking_failures
    assert len(made) == len(SUITES)
    gc.collect()
    assert [ref() for ref in made] == [None] * len(SUITES)
