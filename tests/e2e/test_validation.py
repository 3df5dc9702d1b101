"""Great Expectations as the gate: implausible facts are kept and flagged, plausible ones stay valid."""

from __future__ import annotations

import json

import duckdb
import pytest

from tests.conftest import run_pipeline

pytestmark = pytest.mark.slow

ARTICLE = (
    "Товарооборот Беларуси и Китая в прошлом году составил 1 500 000 трлн долларов. "
    "Доля Китая во внешней торговле Беларуси составила 140%. "
    "Беларусь и Китай подписали 30 межрегиональных соглашений. "
    "Экспорт Беларуси в Китай превысил $2,5 млрд. "
    "Импорт Беларуси из Китая вырос на 25 000%."
)


def test_implausible_facts_are_flagged_not_dropped(prefect_harness, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "facts.json").write_text(json.dumps({"title": "Факты", "text": ARTICLE}, ensure_ascii=False))
    wh = tmp_path / "wh" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh)
    assert summary.status == "published"
    assert summary.facts_failing == 3
    con = duckdb.connect(str(wh), read_only=True)
    try:
        rows = con.execute(
            "select quote, value, unit, is_valid, failed_checks, country_a, country_b from marts.numeric_facts"
        ).fetchall()
        failures = con.execute(
            "select suite_name, expectation, level, success, unexpected_count from audit.validation_results "
            "where not success"
        ).fetchall()
    finally:
        con.close()
    by_quote = {q: (v, u, ok, checks, (a, b)) for q, v, u, ok, checks, a, b in rows}
    huge = next(q for q in by_quote if "трлн" in q)
    share = next(q for q in by_quote if "140%" in q)
    # a change of a named flow (metric import) is bounded as every change in percent is
    change = next(q for q in by_quote if "25 000%" in q)
    assert by_quote[huge][0] == 1.5e18 and by_quote[huge][1] == "USD"
    assert by_quote[huge][2:4] == (False, ["money_within_ceiling"])
    assert by_quote[share][2:4] == (False, ["share_within_0_100"])
    assert by_quote[change][1:4] == ("percent", False, ["growth_within_bounds"])
    plausible = [q for q in by_quote if q not in (huge, share, change)]
    assert len(plausible) == 2
    assert all(by_quote[q][2] and by_quote[q][3] == [] for q in plausible)
    assert all(v[4] == ("BY", "CN") for v in by_quote.values())
    assert {(s, e, lvl) for s, e, lvl, _ok, _n in failures} == {
        ("numeric_facts", "money_within_ceiling", "row"),
        ("numeric_facts", "share_within_0_100", "row"),
        ("numeric_facts", "growth_within_bounds", "row"),
    }


PLAUSIBILITY_ARTICLE = (
    "Беларусь и Китай подписали 5 000 000 межрегиональных соглашений. "
    "Товарооборот Беларуси и Китая составил 1,5 млрд. "
    "Экспорт Беларуси в Китай составил 200 трлн долларов. "
    "Сальдо торговли Беларуси с Китаем составило минус 215 млн долларов. "
    "Стороны планируют довести товарооборот Беларуси и Китая до $3 млрд."
)


def test_plausibility_per_unit_flags_and_keeps(prefect_harness, tmp_path):
    """Counts of agreements in the millions, money beyond world GDP and money without a currency
    are flagged, never dropped; a negative balance and a target are valid."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "facts.json").write_text(
        json.dumps({"title": "Факты", "text": PLAUSIBILITY_ARTICLE}, ensure_ascii=False)
    )
    wh = tmp_path / "wh" / "dyad.duckdb"
    summary = run_pipeline(inbox, wh)
    assert summary.status == "published"
    con = duckdb.connect(str(wh), read_only=True)
    try:
        rows = con.execute(
            "select quote, value, unit, unit_kind, modality, is_valid, failed_checks from marts.numeric_facts"
        ).fetchall()
    finally:
        con.close()
    by_quote = {q: (v, u, k, m, ok, sorted(c)) for q, v, u, k, m, ok, c in rows}
    assert len(by_quote) == 5
    agreements = next(q for q in by_quote if "соглашений" in q)
    no_currency = next(q for q in by_quote if q.startswith("1,5 млрд"))
    huge = next(q for q in by_quote if "трлн" in q)
    balance = next(q for q in by_quote if "минус" in q)
    target = next(q for q in by_quote if "$3 млрд" in q)
    assert by_quote[agreements][4:] == (False, ["value_plausible"])
    assert by_quote[no_currency][1:3] == ("XXX", "money")
    assert by_quote[no_currency][4:] == (False, ["currency_known"])
    assert by_quote[huge][4:] == (False, ["money_within_ceiling"])
    assert by_quote[balance][0] == -2.15e8 and by_quote[balance][4:] == (True, [])
    assert by_quote[target][3] == "target" and by_quote[target][4:] == (True, [])
