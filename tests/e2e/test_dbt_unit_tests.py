"""dbt's unit tests (the ``unit_tests:`` of dbt_project/models/*/_*unit_tests.yml) check the SQL
rules on fixed inputs. A run's build leaves them out (flows/transform.py); they run here, on the
warehouse of the seed articles, every one of them."""

from __future__ import annotations

import shutil

import pytest
import yaml

from flows.dbt_runner import run_dbt
from flows.settings import load_settings
from flows.transform import BuildPlan, build_args
from tests.conftest import PROJECT_ROOT, SEED_FILES, run_pipeline


def _declared_unit_tests() -> list[str]:
    names = []
    for path in sorted((PROJECT_ROOT / "dbt_project" / "models").rglob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        names += [t["name"] for t in doc.get("unit_tests") or []]
    return names


def test_a_runs_build_leaves_the_unit_tests_out():
    settings = load_settings()
    for mode in ("full", "incremental"):
        args = build_args(BuildPlan(mode=mode, reason="test"), settings)
        assert args[args.index("--exclude-resource-type") + 1] == "unit_test"


@pytest.mark.slow
def test_every_dbt_unit_test_passes(prefect_harness, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for seed in SEED_FILES:
        shutil.copy(seed, inbox / seed.name)
    wh = tmp_path / "wh" / "dyad.duckdb"
    run_pipeline(inbox, wh)
    declared = _declared_unit_tests()
    assert len(declared) >= 17
    work = tmp_path / "work.duckdb"
    shutil.copy(wh, work)
    target = tmp_path / "target"
    # the published file holds the tables; the staging views the fixtures are typed from are rebuilt
    run_dbt(["run", "--select", "path:models/staging"], work, target=target)
    result = run_dbt(["test", "--select", "test_type:unit"], work, target=target)
    assert result.nodes == len(declared)  # every declared unit test ran, and none failed (else DbtFailed)
