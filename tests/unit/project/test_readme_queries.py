"""The example queries of README "Querying the warehouse" run on tables of the marts' dbt
contracts (real DuckDB) and count each article once: its newest version, not the versions an
input that changed left behind."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]


def _readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Querying the warehouse", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sql\n(.*?)```", section, re.S)
    assert block, "README 'Querying the warehouse' has no sql block"
    return [q.strip() for q in block.group(1).split(";") if q.strip()]


def _contract_tables(con: duckdb.DuckDBPyConnection, names: tuple[str, ...]) -> None:
    models = yaml.safe_load(
        (ROOT / "dbt_project/models/marts/_marts__models.yml").read_text(encoding="utf-8")
    )
    con.execute("create schema marts")
    for model in models["models"]:
        if model["name"] in names:
            cols = ", ".join(f'"{c["name"]}" {c["data_type"]}' for c in model["columns"])
            con.execute(f"create table marts.{model['name']} ({cols})")


@pytest.fixture()
def con(tmp_path: Path):
    con = duckdb.connect(str(tmp_path / "dyad.duckdb"))
    _contract_tables(con, ("articles", "numeric_facts", "dyads"))
    # one input in two versions: the first superseded by the second; each states a failing fact
    for article_id, superseded_by in (("old", "new"), ("new", None)):
        con.execute(
            "insert into marts.articles (article_id, source_uri, title, published_date, superseded_by_article_id, "
            "is_canonical) values (?, 'inbox/a.txt', 'Беларусь и Казахстан', date '2026-11-30', ?, true)",
            [article_id, superseded_by],
        )
        con.execute(
            "insert into marts.numeric_facts (fact_id, article_id, quote, value, unit, comparator, metric, "
            "country_a, country_b, is_valid, failed_checks) values (?, ?, ?, ?, 'USD', '=', 'trade_turnover', "
            "'BY', 'KZ', false, ['value_plausible'])",
            [f"f-{article_id}", article_id, f"quote of {article_id}", 1.0 if article_id == "old" else 2.0],
        )
    yield con
    con.close()


def test_readme_fact_queries_run_on_the_marts_contracts_and_skip_superseded_versions(con):
    fact_queries = [q for q in _readme_queries() if "numeric_facts" in q]
    assert len(fact_queries) >= 2
    for query in fact_queries:
        rows = con.execute(query).fetchall()
        assert len(rows) == 1, query
        assert "quote of new" in rows[0], (query, rows)
    for query in _readme_queries():
        con.execute(query)  # every example names columns the marts have
