"""The marts as a public interface: named by grain in the dyad vocabulary, every column typed
under an enforced dbt contract, the old names of renamed marts kept as views for one release."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pytest
import yaml

from flows.dbt_runner import DBT_DIR, PROJECT_INPUTS
from tests.tables import not_null_columns, table_names

MARTS_DIR = DBT_DIR / "models" / "marts"
# old name -> the mart it was renamed to; the old names stay as views for one release
RENAMED = {
    "country_relations": "dyads",
    "relation_timeline": "dyad_timeline",
    "relation_tone_timeline": "dyad_tone_timeline",
}


def _models(folder: Path) -> dict[str, dict]:
    models = {}
    for path in folder.glob("*.yml"):
        for model in yaml.safe_load(path.read_text(encoding="utf-8")).get("models") or []:
            models[model["name"]] = model
    return models


def _mart_files() -> set[str]:
    return {p.stem for p in MARTS_DIR.glob("*.sql")}


def test_every_mart_is_described_by_its_grain():
    models = _models(MARTS_DIR)
    assert _mart_files() <= set(models), f"marts without yml: {_mart_files() - set(models)}"
    for name in _mart_files():
        description = " ".join(models[name]["description"].split())
        assert description.startswith("One row per "), f"marts.{name}: {description[:60]!r}"


def test_pair_vocabulary_is_gone_from_mart_names():
    for name in _mart_files():
        assert not re.search(r"relation|pair", name), f"marts.{name}: a pair is a dyad"
    assert {"dyads", "dyad_articles", "dyad_timeline", "dyad_tone", "dyad_tone_timeline"} <= _mart_files()


def test_every_mart_column_is_typed_under_an_enforced_contract():
    project = yaml.safe_load((DBT_DIR / "dbt_project.yml").read_text(encoding="utf-8"))
    marts = project["models"]["dyad"]["marts"]
    assert marts["+contract"] == {"enforced": True}
    assert marts["+on_schema_change"] == "fail"
    for name, model in _models(MARTS_DIR).items():
        assert model.get("columns"), f"marts.{name} declares no columns"
        untyped = [c["name"] for c in model["columns"] if not c.get("data_type")]
        assert not untyped, f"marts.{name}: columns without data_type {untyped}"


def test_old_names_are_deprecated_views_of_the_new_marts():
    folder = MARTS_DIR / "deprecated"
    models = _models(folder)
    assert set(models) == set(RENAMED) == {p.stem for p in folder.glob("*.sql")}
    for old, new in RENAMED.items():
        assert models[old]["description"].startswith(f"Deprecated alias of {new} ")
        sql = (folder / f"{old}.sql").read_text(encoding="utf-8")
        assert f"ref('{new}')" in sql
    project = yaml.safe_load((DBT_DIR / "dbt_project.yml").read_text(encoding="utf-8"))
    assert project["models"]["dyad"]["marts"]["deprecated"]["+materialized"] == "view"


def test_models_take_incremental_defaults_from_their_folder():
    """One incremental config per folder (dbt_project.yml), not one per model."""
    for path in (DBT_DIR / "models").rglob("*.sql"):
        text = path.read_text(encoding="utf-8")
        assert "incremental_strategy" not in text, f"{path.name} repeats the folder's incremental config"


# ------------------------------------------------------------------ the contract, enforced by dbt


def _project_copy(tmp_path: Path) -> Path:
    project = tmp_path / "dbt_project"
    project.mkdir()
    for name in (*PROJECT_INPUTS, "profiles.yml"):
        src = DBT_DIR / name
        if src.is_dir():
            shutil.copytree(src, project / name)
        else:
            shutil.copy(src, project / name)
    return project


def _shape(db: Path, mart: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"select column_name, column_type from (describe marts.{mart})").fetchall()
    finally:
        con.close()


def _run(project: Path, *args: str):
    from dbt.cli.main import dbtRunner

    return dbtRunner().invoke(
        [*args, "--project-dir", str(project), "--profiles-dir", str(project), "--quiet"],
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "change",
    [
        # the SQL yields another type than the contract's
        (
            "dyads",
            "models/marts/dyads.sql",
            "coalesce(facts.fact_count, 0) as fact_count",
            "coalesce(facts.fact_count, 0)::double as fact_count",
        ),
        # the SQL yields a column the contract does not have
        (
            "dyads",
            "models/marts/dyads.sql",
            "per_dyad.last_published\n",
            "per_dyad.last_published,\n        1 as extra\n",
        ),
        # a field of a list of structs changes type: the contract declares the fields too (the
        # struct of dyad_indicators.facts is written by the macro indicator_fact)
        (
            "dyad_indicators",
            "macros/indicators.sql",
            "'value': value,",
            "'value': value::varchar,",
        ),
    ],
    ids=["type", "column", "struct_field"],
)
def test_a_changed_mart_fails_the_build(seeds_warehouse, tmp_path, monkeypatch, change):
    wh, _ = seeds_warehouse
    db = tmp_path / "wh" / "dyad.duckdb"  # views name the catalog: keep the file's name
    db.parent.mkdir()
    shutil.copy(wh, db)
    project = _project_copy(tmp_path)
    monkeypatch.setenv("DYAD_DBT_DB_PATH", str(db))
    mart, path, old, new = change
    sql = (project / path).read_text(encoding="utf-8")
    assert old in sql
    run = ["run", "--select", mart, "--full-refresh"]
    assert _run(project, *run).success, "the unchanged mart builds"
    shape = _shape(db, mart)
    (project / path).write_text(sql.replace(old, new), encoding="utf-8")
    res = _run(project, *run)
    assert not res.success
    assert (
        "contract" in str(res.result).lower()
        or "contract" in (project / "logs" / "dbt.log").read_text(encoding="utf-8").lower()
    )
    assert _shape(db, mart) == shape  # the table built before is left as it was


# ------------------------------------------------------------- NOT NULL, enforced by DuckDB


def _required_by_contract() -> dict[str, list[str]]:
    """mart -> its columns with a not_null constraint in YAML, in declared order."""
    return {
        name: [
            c["name"]
            for c in model["columns"]
            if any(k.get("type") == "not_null" for k in c.get("constraints") or [])
        ]
        for name, model in _models(MARTS_DIR).items()
        if name in _mart_files()
    }


def test_mart_keys_are_not_null_constraints_not_tests():
    """A mart's required columns are NOT NULL constraints of its contract, which DuckDB checks on
    every insert, not one not_null test per column (a dbt node each, run by every build); every
    mart keyed by article requires its article_id."""
    for name, model in _models(MARTS_DIR).items():
        for column in model.get("columns") or []:
            tests = column.get("data_tests") or []
            assert "not_null" not in tests, (
                f"marts.{name}.{column['name']}: a not_null test, not a constraint"
            )
    required = _required_by_contract()
    for name, model in _models(MARTS_DIR).items():
        if name in required and any(c["name"] == "article_id" for c in model["columns"]):
            assert "article_id" in required[name], f"marts.{name} allows a NULL article_id"


@pytest.mark.slow  # builds the seeds' warehouse (about 40 s): make test, not make test-fast
def test_the_built_marts_are_not_null_where_their_contracts_say(seeds_warehouse):
    wh, _ = seeds_warehouse
    con = duckdb.connect(str(wh), read_only=True)
    try:
        built = {t: cols for t in table_names(con, "marts") if (cols := not_null_columns(con, "marts", t))}
    finally:
        con.close()
    assert {m: cols for m, cols in _required_by_contract().items() if cols} == built


@pytest.mark.slow
def test_a_mart_yielding_null_where_its_contract_forbids_fails_the_build(
    seeds_warehouse, tmp_path, monkeypatch
):
    """A NULL in a NOT NULL column fails the model with DuckDB's constraint error; the table built
    before is left as it was."""
    wh, _ = seeds_warehouse
    db = tmp_path / "wh" / "dyad.duckdb"
    db.parent.mkdir()
    shutil.copy(wh, db)
    project = _project_copy(tmp_path)
    monkeypatch.setenv("DYAD_DBT_DB_PATH", str(db))
    path = project / "models" / "marts" / "people.sql"
    sql = path.read_text(encoding="utf-8")
    assert "        name,\n" in sql
    run = ["run", "--select", "people", "--full-refresh"]
    assert _run(project, *run).success, "the unchanged mart builds"

    def rows() -> list[tuple]:
        con = duckdb.connect(str(db), read_only=True)
        try:
            return con.execute("select * from marts.people order by all").fetchall()
        finally:
            con.close()

    before = rows()
    assert before
    # the name of every second person goes missing
    path.write_text(
        sql.replace("        name,\n", "        case when char_start % 2 = 0 then name end as name,\n"),
        encoding="utf-8",
    )
    res = _run(project, *run)
    assert not res.success
    log = (project / "logs" / "dbt.log").read_text(encoding="utf-8")
    assert re.search(r"NOT NULL constraint failed: people\w*\.name", str(res.result) + log)
    assert rows() == before
