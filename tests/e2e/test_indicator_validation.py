"""Facts that fail validation leave the indicators they fall in, end to end.

Great Expectations flags facts after the dbt build that reconciled them (flows/validation.py); the
run then rebuilds the indicators those facts fall in before it publishes
(flows/transform.py ``rebuild_flagged_indicators``). One outlet states Belarus-China trade of 2024
plausibly, another the same indicator beyond any plausible amount (row-level check
``money_within_ceiling``), and a third gives Belarus-Kazakhstan trade of 2023 only implausibly: the
first indicator's value is the plausible one with the implausible fact counted apart, the second
keeps its row without a value. Runs that flag nothing make no second build, and runs that bring the
facts in one at a time give what one full build gives.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.e2e.test_incremental_generated import mart_differences

pytestmark = pytest.mark.slow

VALID = {
    "title": "Беларусь и Китай подвели итоги торговли",
    "text": (
        "Товарооборот Беларуси и Китая в 2024 году составил 8,2 млрд долларов, сообщили в "
        "Министерстве иностранных дел Беларуси. Стороны обсудили развитие логистики и "
        "образовательных программ."
    ),
    "publisher": "belta.by",
    "published": "2025-01-20",
    "url": "https://belta.by/a/1",
}
IMPLAUSIBLE = {
    "title": "Торговля Беларуси и Китая",
    "text": (
        "По данным таможни, товарооборот Беларуси и Китая в 2024 году составил 8 200 000 трлн "
        "долларов. Делегации договорились провести заседание межправительственной комиссии в Минске."
    ),
    "publisher": "typo.example",
    "published": "2025-01-22",
    "url": "https://typo.example/a/2",
}
ONLY_IMPLAUSIBLE = {
    "title": "Беларусь и Казахстан",
    "text": (
        "Товарооборот Беларуси и Казахстана в 2023 году составил 5 000 000 трлн долларов. Стороны "
        "обсудили совместные проекты в машиностроении и сельском хозяйстве."
    ),
    "publisher": "typo.example",
    "published": "2025-01-23",
    "url": "https://typo.example/a/3",
}
VALID_LATER = {
    "title": "Китай и Беларусь: торговля растёт",
    "text": (
        "Как отметил посол, товарооборот Беларуси и Китая в 2024 году составил 8,2 млрд долларов. "
        "Эксперты ждут роста поставок продовольствия и удобрений."
    ),
    "publisher": "sb.by",
    "published": "2025-02-03",
    "url": "https://sb.by/a/4",
}

INDICATOR = (
    "select status, reconciled_value, value_min, value_max, source_count, fact_count, flagged_fact_count,"
    " publishers, [f.fact_id for f in facts], [f.fact_id for f in flagged_facts]"
    " from marts.dyad_indicators where country_a = ? and country_b = ? and metric = 'trade_turnover'"
    " and kind = 'actual' and period_label = ?"
)


def _write(inbox: Path, name: str, article: dict) -> None:
    inbox.mkdir(parents=True, exist_ok=True)
    (inbox / name).write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")


def _run(inbox: Path, wh: Path, **kwargs) -> tuple[object, list[str]]:
    """Run the pipeline; returns its summary and the names of the Prefect task runs of its flow run."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.pipeline import pipeline

    state = pipeline(inbox=[str(inbox)], warehouse_path=str(wh), return_state=True, **kwargs)
    summary = state.result()
    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
        )
    return summary, sorted(r.name.rsplit("-", 1)[0] for r in runs)


def _indicator(con: duckdb.DuckDBPyConnection, a: str, b: str, period: str):
    rows = con.execute(INDICATOR, [a, b, period]).fetchall()
    assert len(rows) == 1, rows
    return rows[0]


def _trade_facts(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, bool], list[str]]:
    """The trade turnover facts by (second country of the pair, is_valid): their fact ids."""
    out: dict[tuple[str, bool], list[str]] = {}
    for country, valid, fact_id, checks in con.execute(
        "select country_b, is_valid, fact_id, failed_checks from marts.numeric_facts"
        " where metric = 'trade_turnover' order by fact_id"
    ).fetchall():
        out.setdefault((country, valid), []).append(fact_id)
        assert valid == (checks == []) and checks in ([], ["money_within_ceiling"]), checks
    return out


def test_a_flagged_fact_leaves_its_indicator_and_is_counted(prefect_harness, tmp_path):
    inbox = tmp_path / "inbox"
    for name, article in (
        ("valid.json", VALID),
        ("implausible.json", IMPLAUSIBLE),
        ("only.json", ONLY_IMPLAUSIBLE),
    ):
        _write(inbox, name, article)
    wh = tmp_path / "wh" / "dyad.duckdb"
    summary, tasks = _run(inbox, wh)
    assert summary.status == "published", summary
    assert summary.facts_failing == 2
    assert "rebuild_flagged_indicators" in tasks, tasks

    con = duckdb.connect(str(wh), read_only=True)
    try:
        facts = _trade_facts(con)
        by_cn = _indicator(con, "BY", "CN", "2024")
        by_kz = _indicator(con, "BY", "KZ", "2023")
    finally:
        con.close()
    assert {k: len(v) for k, v in facts.items()} == {("CN", True): 1, ("CN", False): 1, ("KZ", False): 1}
    # the value comes from the plausible fact alone; the implausible one is counted and listed apart
    assert by_cn == (
        "agreed", 8.2e9, 8.2e9, 8.2e9, 1, 1, 1, ["belta.by"], facts[("CN", True)], facts[("CN", False)]
    )  # fmt: skip
    # every fact of the indicator failed: the row stays, flagged, with no value, band or source
    assert by_kz == ("flagged", None, None, None, 0, 0, 1, None, [], facts[("KZ", False)])


def test_flags_reach_indicators_across_incremental_runs_and_equal_a_full_build(prefect_harness, tmp_path):
    inbox = tmp_path / "inbox"
    wh = tmp_path / "incremental" / "dyad.duckdb"

    _write(inbox, "valid.json", VALID)
    first, tasks = _run(inbox, wh)
    assert first.facts_failing == 0
    assert "rebuild_flagged_indicators" not in tasks, tasks  # nothing flagged: no second build

    _write(inbox, "implausible.json", IMPLAUSIBLE)
    second, tasks = _run(inbox, wh)
    assert second.dbt_build.startswith("incremental"), second.dbt_build
    assert "rebuild_flagged_indicators" in tasks, tasks

    # a later plausible fact of the same indicator: the build reads the stored flag, nothing new is flagged
    _write(inbox, "later.json", VALID_LATER)
    third, tasks = _run(inbox, wh)
    assert third.dbt_build.startswith("incremental"), third.dbt_build
    assert "rebuild_flagged_indicators" not in tasks, tasks
    # the standby caught up with what the rebuild changed (its keys are logged like the build's)
    assert third.working_copy.startswith("standby caught up"), third.working_copy

    con = duckdb.connect(str(wh), read_only=True)
    try:
        row = _indicator(con, "BY", "CN", "2024")
    finally:
        con.close()
    assert row[:8] == ("agreed", 8.2e9, 8.2e9, 8.2e9, 2, 2, 1, ["belta.by", "sb.by"])

    rebuilt = tmp_path / "rebuilt" / "dyad.duckdb"
    rebuilt.parent.mkdir()
    shutil.copy2(wh, rebuilt)
    full, tasks = _run(inbox, rebuilt, full_refresh=True)
    assert full.dbt_build.startswith("full"), full.dbt_build
    assert "rebuild_flagged_indicators" in tasks, (
        tasks
    )  # a full build counts every fact, then the flags apply
    assert mart_differences(wh, rebuilt) == {}


def test_a_failed_rebuild_publishes_nothing(prefect_harness, tmp_path, monkeypatch):
    """dbt fails the rebuild: the run fails and the published warehouse stays as it was."""
    from flows import transform

    inbox = tmp_path / "inbox"
    _write(inbox, "valid.json", VALID)
    wh = tmp_path / "wh" / "dyad.duckdb"
    first, _ = _run(inbox, wh)
    assert first.status == "published"
    before = wh.read_bytes()

    _write(inbox, "implausible.json", IMPLAUSIBLE)
    # a rebuild dbt refuses: variables that are not valid YAML
    monkeypatch.setattr(
        transform,
        "rebuild_flagged_args",
        lambda settings: ["build", "--select", "dyad_indicators", "--vars", "{"],
    )
    with pytest.raises(Exception, match="dbt build"):
        _run(inbox, wh)
    assert wh.read_bytes() == before


def test_in_a_ducklake_the_published_indicators_leave_flagged_facts_out(prefect_harness, tmp_path):
    """The rebuild runs on the lake run's working file after an incremental build, and the run
    publishes it: a later run's build reads the flag from the lake."""
    from flows.warehouses import open_warehouse
    from tests.e2e.test_scale_out import lake_overrides, lake_settings

    inbox = tmp_path / "inbox"
    machine = tmp_path / "machine" / "dyad.duckdb"
    lake = {"settings_overrides": lake_overrides(tmp_path)}
    _write(inbox, "valid.json", VALID)
    first, tasks = _run(inbox, machine, **lake)
    assert first.status == "published" and "rebuild_flagged_indicators" not in tasks, tasks
    _write(inbox, "implausible.json", IMPLAUSIBLE)
    second, tasks = _run(inbox, machine, **lake)
    assert second.dbt_build.startswith("incremental") and "rebuild_flagged_indicators" in tasks, tasks
    _write(inbox, "later.json", VALID_LATER)
    third, tasks = _run(inbox, machine, **lake)
    assert third.dbt_build.startswith("incremental") and "rebuild_flagged_indicators" not in tasks, tasks

    con = open_warehouse(lake_settings(tmp_path)).open_published()
    try:
        row = _indicator(con, "BY", "CN", "2024")
    finally:
        con.close()
    assert row[:8] == ("agreed", 8.2e9, 8.2e9, 8.2e9, 2, 2, 1, ["belta.by", "sb.by"])
