"""The Great Expectations store in expectations/gx is defined by flows/validation.py and stable."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import flows.validation as validation

COMMITTED = ("great_expectations.yml", "expectations", "validation_definitions", "checkpoints")


def _snapshot(root: Path) -> dict[str, bytes]:
    out = {}
    for part in COMMITTED:
        p = root / "gx" / part
        files = [p] if p.is_file() else sorted(p.rglob("*.json"))
        out.update({str(f.relative_to(root)): f.read_bytes() for f in files})
    return out


@pytest.fixture()
def store_copy(tmp_path, monkeypatch):
    shutil.copytree(
        validation.EXPECTATIONS_DIR / "gx", tmp_path / "gx", ignore=shutil.ignore_patterns("uncommitted")
    )
    monkeypatch.setattr(validation, "EXPECTATIONS_DIR", tmp_path)
    return tmp_path


def test_sync_is_idempotent_and_matches_the_committed_store(store_copy):
    committed = _snapshot(store_copy)
    validation.sync_suites()
    first = _snapshot(store_copy)
    validation.sync_suites()
    assert _snapshot(store_copy) == first, "a second sync must not rewrite anything"
    assert first == committed, (
        "expectations/gx is out of date with flows/validation.py: run the audit once and commit"
    )


def test_suites_are_readable_without_running(store_copy):
    facts = json.loads((store_copy / "gx" / "expectations" / "numeric_facts.json").read_text())
    checks = {e["meta"]["check"]: e["meta"]["level"] for e in facts["expectations"]}
    assert checks["money_within_ceiling"] == "row" and checks["schema_matches"] == "suite"
    assert len(checks) == len(facts["expectations"]), "one expectation per check"
