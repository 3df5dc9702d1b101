"""Publishing an incremental DuckLake run by the keys its build logged (``audit.model_changes`` of
the working file), without dbt: the plan read from the log, the fallback to comparing tables
when the log cannot be used, and the rows a keyed publication writes."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import duckdb
import pytest

from flows import lake
from flows.warehouses.changes import reset_change_log
from tests.unit.warehouse.test_lake import _changed_tables, _model_work_file, _run_row, lake_settings

MODELS = """
create schema marts; create schema intermediate;
create table marts.facts (article_id varchar, value double);
create table marts.dyads (country_a varchar, country_b varchar, n integer);
"""


def _work_file(tmp_path: Path, log: list[tuple[str, str | None]] | None) -> Path:
    """A working file with two model tables and, unless ``log`` is None, a change log."""
    path = tmp_path / "work.duckdb"
    con = duckdb.connect(str(path))
    try:
        con.execute(MODELS)
        if log is not None:
            reset_change_log(con)
            if log:
                con.executemany("insert into audit.model_changes values (?, ?)", log)
    finally:
        con.close()
    return path


def test_the_plan_of_a_logged_incremental_build_names_its_keys(tmp_path):
    work = _work_file(
        tmp_path,
        [
            ("marts.facts", None),
            ("marts.facts", '{"article_id":"a1"}'),
            ("marts.facts", '{"article_id":"a4"}'),
            ("marts.dyads", None),  # tracked, nothing rewritten
        ],
    )
    plan = lake.plan_publish(work, "incremental")
    assert plan.keys == {"marts.facts": (("article_id",), 2), "marts.dyads": ((), 0)}
    assert plan.reason == ""
    assert plan.describe() == "by the keys the build rewrote: 2 keys in 1 tables"
    plan.compared["marts.countries"] = "not logged"
    assert plan.describe().endswith("; compared whole: marts.countries (not logged)")
    assert (
        lake.plan_publish(work, "full")
        .describe()
        .startswith("every model table, seed and mart view replaced")
    )
    assert lake.plan_publish(work, "skip").describe() == "no model table written: nothing was built"


@pytest.mark.parametrize(
    "log, reason",
    [
        (None, "the working file has no change log (audit.model_changes)"),
        ([], "the change log is empty: the build logged no incremental model"),
        (
            [("marts.gone", '{"article_id":"a1"}')],
            "the change log names marts.gone, which is not a model table of the working file",
        ),
        (
            [("marts.facts", '{"article_id":"a1"}'), ("marts.facts", '{"value":1}')],
            "the change log names the keys of marts.facts in 2 ways",
        ),
        (
            [("marts.dyads", '{"country_a":"BY","country":"CN"}')],
            "the change log keys marts.dyads by columns it lacks: country",
        ),
    ],
)
def test_without_a_usable_change_log_every_table_is_compared_and_the_plan_says_why(tmp_path, log, reason):
    plan = lake.plan_publish(_work_file(tmp_path, log), "incremental")
    assert plan.keys is None and plan.reason == reason
    assert plan.describe() == f"every model table compared with the lake's: {reason}"


def _full_lake(s, tmp_path: Path):
    """A lake after a full publication of facts, dyads and countries."""
    lake.ensure_lake(s)
    state = lake.read_state(s)
    work = _model_work_file(
        s,
        tmp_path,
        state,
        "full",
        MODELS
        + """insert into marts.facts values ('a1', 1.0), ('a1', 2.0), ('a2', 3.0), ('a3', null);
        insert into marts.dyads values ('BY', 'CN', 2), ('BY', 'RU', 1), ('BY', 'KZ', 1);
        create table marts.countries as select * from (values ('BY'), ('CN')) t(country_code);
        insert into audit.dbt_state (built_through_seq, project_hash, built_at) values (1, 'h', now())""",
    )
    lake.publish(s, work, state, "run1", _run_row("run1"), [], build="full")
    return lake.read_state(s)


def _table(s, table: str, snapshot: int | None = None) -> list[tuple]:
    con = lake.connect(s, read_only=True, snapshot=snapshot)
    try:
        return sorted(con.execute(f"select * from {table}").fetchall(), key=repr)
    finally:
        con.close()


def test_a_keyed_publication_writes_the_logged_keys_and_compares_what_the_log_cannot_vouch_for(tmp_path):
    """marts.facts: keys a1 (rewritten) and a4 (new) logged; a2 changed in the working file but
    not logged, so the lake keeps its row (the log is trusted: the build rewrote no other key).
    marts.dyads: BY-CN rewritten and logged, BY-RU deleted without a log entry (as the dyad
    pre-hooks do): the row counts then differ and the table is compared whole. marts.countries:
    not logged (a table-materialised model): compared whole."""
    s = lake_settings(tmp_path)
    state = _full_lake(s, tmp_path)
    before = state.snapshot
    work = _model_work_file(
        s,
        tmp_path,
        state,
        "incremental",
        """delete from marts.facts where article_id = 'a1';
           insert into marts.facts values ('a1', 5.0), ('a4', 6.0);
           update marts.facts set value = 9.0 where article_id = 'a2';
           delete from marts.dyads where country_b in ('RU', 'CN');
           insert into marts.dyads values ('BY', 'CN', 3);
           insert into marts.countries values ('RU');
           insert into audit.dbt_state (built_through_seq, project_hash, built_at) values (2, 'h', now())""",
    )
    con = duckdb.connect(str(work))
    try:
        reset_change_log(con)
        con.execute(
            """insert into audit.model_changes values ('marts.facts', null), ('marts.facts', '{"article_id":"a1"}'),
               ('marts.facts', '{"article_id":"a4"}'), ('marts.dyads', null),
               ('marts.dyads', '{"country_a":"BY","country_b":"CN"}')"""
        )
    finally:
        con.close()
    plan = lake.plan_publish(work, "incremental")
    recorded: list[str] = []

    def record(applied: lake.PublishPlan) -> dict:
        recorded.append(applied.describe())
        return _run_row("run2")

    snap = lake.publish(s, work, state, "run2", record, [], plan)
    assert plan.compared == {"marts.dyads": "+1 rows beside the logged keys", "marts.countries": "not logged"}
    assert recorded == [
        "by the keys the build rewrote: 3 keys in 2 tables; compared whole: marts.countries (not logged); "
        "marts.dyads (+1 rows beside the logged keys)"
    ]
    assert _table(s, "marts.facts") == sorted(
        [("a1", 5.0), ("a2", 3.0), ("a3", None), ("a4", 6.0)], key=repr
    )  # a2: the lake's row, not the unlogged change
    assert _table(s, "marts.dyads") == sorted([("BY", "CN", 3), ("BY", "KZ", 1)], key=repr)
    assert _table(s, "marts.countries") == [("BY",), ("CN",), ("RU",)]
    assert _table(s, "marts.facts", before) == sorted(
        [("a1", 1.0), ("a1", 2.0), ("a2", 3.0), ("a3", None)], key=repr
    )
    con = lake.connect(s, read_only=True)
    try:
        changes = con.execute(
            f"select change_type, article_id, value from ducklake_table_changes('lake', 'marts', 'facts', {snap}, {snap}) "
            "order by all"
        ).fetchall()
    finally:
        con.close()
    assert changes == [
        ("delete", "a1", 1.0),
        ("delete", "a1", 2.0),
        ("insert", "a1", 5.0),
        ("insert", "a4", 6.0),
    ]
    models = {f"marts.{t}" for t in ("facts", "dyads", "countries")}
    assert _changed_tables(s, snap) == models | {"audit.lake_head", "audit.runs", "audit.dbt_state"}


def test_an_older_lake_gets_the_folder_table_in_one_commit(tmp_path):
    """A lake created before ``audit.inbox_folders`` existed gets it when a run opens it."""
    s = lake_settings(tmp_path)
    lake.ensure_lake(s)
    with closing(lake.connect(s)) as con:
        con.execute("drop table audit.inbox_folders")
    lake.ensure_lake(s)
    lake.ensure_lake(s)  # nothing more to create
    con = lake.connect(s, read_only=True)
    try:
        assert con.execute("select count(*) from audit.inbox_folders").fetchone() == (0,)
        messages = [
            r[0]
            for r in con.execute(
                "select commit_message from lake.snapshots() order by snapshot_id"
            ).fetchall()
        ]
    finally:
        con.close()
    assert messages.count("create the Dyad tables added since") == 1
