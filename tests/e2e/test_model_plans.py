"""Plans of the dbt models and tests, read on a real build (every compiled node is planned with
EXPLAIN on the built warehouse).

No node joins by an arbitrary expression: DuckDB plans a join whose ON clause holds a condition on
one side alone (``f.source_field = 'body'`` in a LEFT JOIN) as a blockwise nested loop of every
row of one side with every row of the other, so its cost grows with the square of the rows built
(20,000 articles: 190 s for int_numeric_facts, 93 s for the quote test). Nested loops and cross
products DuckDB picks for small inputs by their size are not this fault and not looked for; a
blockwise nested loop is allowed only where one side is a handful of constant rows.

No node sorts or copies the token rows themselves: raw.tokens is the largest table by far (about
360 rows per article), and a window over it (partitioned by sentence) or a materialized copy of it
(a CTE that several parts of a query read) holds every token of the build in memory at once, so
beyond DuckDB's memory limit it spills, and the model's time grows much faster than the articles
(20,000 articles, cold: int_entity_mentions 65 s, int_keyword_matches 50 s, against 10 s and
3.8 s at 5,000). Tokens are read by scans that filter and join them as they stream."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest

from flows.settings import load_settings
from tests.conftest import SEEDS, run_pipeline

pytestmark = pytest.mark.slow

# node -> why its nested-loop join stays small
SMALL_NESTED_LOOPS = {"int_entity_mentions": "the 1..4-token windows: a cross join with range(1, 5)"}
ROW_BY_ROW = ("BLOCKWISE_NL_JOIN",)
# operators that hold all their input before giving a row back
HOLDING = ("WINDOW", "CTE")
# operators that pass rows through one by one (a CTE_SCAN reads what its CTE holds)
STREAMING = ("PROJECTION", "FILTER")
BIG_TABLE = "raw.tokens"


@pytest.fixture(scope="module")
def plans(tmp_path_factory, prefect_harness):
    """(node name, physical plan as JSON) of every compiled node of a real build of the seeds."""
    tmp_path = tmp_path_factory.mktemp("plans")
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    wh = tmp_path / "wh" / "dyad.duckdb"
    assert run_pipeline(inbox, wh).status == "published"
    compiled = load_settings({"warehouse": str(wh)}).work_dir / "dbt-target" / "compiled"
    nodes = sorted(compiled.rglob("*.sql"))
    assert len(nodes) > 50, nodes
    # the build leaves its run results beside the compiled SQL, and no manifest (run_dbt)
    results = json.loads((compiled.parent / "run_results.json").read_text(encoding="utf-8"))["results"]
    assert len(results) >= len(nodes) and {r["status"] for r in results} <= {"success", "pass"}
    assert not (compiled.parent / "manifest.json").exists()
    con = duckdb.connect(str(wh), read_only=True)
    con.execute("pragma explain_output = 'physical_only'")
    (catalog,) = con.execute("select current_database()").fetchone()
    out = []
    try:
        for node in nodes:
            sql = node.read_text(encoding="utf-8").replace(f'"{catalog}".', "").replace('"dyad".', "")
            (plan,) = json.loads(con.execute(f"explain (format json) {sql}").fetchall()[0][1])
            out.append((node.stem, plan))
    finally:
        con.close()
    return out


def _operators(plan: dict):
    yield plan
    for child in plan["children"]:
        yield from _operators(child)


def holds_table(plan: dict, table: str) -> list[str]:
    """The operators of ``plan`` that hold every row of ``table`` (a scan of it, streamed only
    through projections and filters, or through a CTE that holds it) before they give a row."""
    ctes = {}  # CTE index -> does it hold the table's rows?
    found = []

    def reads(node: dict) -> bool:  # does this operator stream the table's rows as they are?
        name, extra = node["name"], node.get("extra_info", {})
        if name in ("SEQ_SCAN", "TABLE_SCAN"):
            return str(extra.get("Table", "")).endswith(table)
        if name == "CTE_SCAN":
            return ctes.get(str(extra.get("CTE Index")), False)
        if name in STREAMING:
            return any(reads(c) for c in node["children"])
        return False

    def visit(node: dict) -> None:
        name, extra = node["name"], node.get("extra_info", {})
        if name == "CTE":  # the first child is what the CTE holds; the second reads it
            body, rest = node["children"]
            visit(body)
            held = reads(body)
            ctes[str(extra.get("Table Index"))] = held
            if held:
                found.append(f"CTE {extra.get('CTE Name')}")
            visit(rest)
            return
        for child in node["children"]:
            visit(child)
        if name in HOLDING and any(reads(c) for c in node["children"]):
            found.append(name)

    visit(plan)
    return found


def test_no_model_or_test_joins_by_an_arbitrary_expression(plans):
    loops = {}
    for name, plan in plans:
        found = sorted({op["name"] for op in _operators(plan) if op["name"] in ROW_BY_ROW})
        if found and name not in SMALL_NESTED_LOOPS:
            loops[name] = found
    assert loops == {}


def test_no_model_or_test_holds_every_token_of_a_build(plans):
    holding = {name: found for name, plan in plans if (found := holds_table(plan, BIG_TABLE))}
    assert holding == {}


def test_holds_table_sees_a_window_and_a_materialized_copy(tmp_path):
    """The check above finds both kinds (it would otherwise pass on any plan)."""
    con = duckdb.connect(str(tmp_path / "t.duckdb"))
    con.execute(
        "create schema raw; create table raw.tokens as select range as i, range % 7 as s from range(100)"
    )
    con.execute("pragma explain_output = 'physical_only'")

    def check(sql: str) -> list[str]:
        (plan,) = json.loads(con.execute(f"explain (format json) {sql}").fetchall()[0][1])
        return holds_table(plan, BIG_TABLE)

    window = "select i, lead(i) over (partition by s order by i) from raw.tokens where i > 3"
    assert check(window) == ["WINDOW"]
    copied = (
        "with t as materialized (select * from raw.tokens where i > 3) "
        "select a.i from t as a join t as b on a.i + 1 = b.i"
    )
    assert check(copied) == ["CTE t"]
    joined = (
        "with t as not materialized (select * from raw.tokens where i > 3) "
        "select a.i from t as a join t as b on a.i + 1 = b.i"
    )
    assert check(joined) == []
