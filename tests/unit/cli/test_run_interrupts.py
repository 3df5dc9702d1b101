"""A run that Ctrl-C stops is recorded as interrupted, even when the interrupt surfaces as some
other error (a worker or a Prefect task context torn down by the signal)."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from flows import runs
from flows.settings import Settings


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    # the artifacts go to Prefect; this test is about the record file only
    monkeypatch.setattr(runs, "publish_artifacts", lambda settings, summary: None)
    return Settings(warehouse=str(tmp_path / "wh" / "dyad.duckdb"))


@pytest.fixture(autouse=True)
def python_sigint_handler():
    """Python's own SIGINT handler in place, as in a terminal: a process started in the background
    (``nohup``, ``&`` in a script) inherits SIGINT ignored, which the run record keeps ignored."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def _status(settings: Settings) -> str:
    (record,) = settings.runs_dir.glob("*.json")
    return json.loads(record.read_text())["status"]


def _ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


@pytest.mark.parametrize("error", [ValueError("Task run is not set"), OSError("pool broken")])
def test_an_error_raised_after_ctrl_c_records_the_run_as_interrupted(settings, error):
    with pytest.raises(type(error)), runs.recorded(settings, "label"):
        try:
            _ctrl_c()
        except KeyboardInterrupt:
            raise error from None
    assert _status(settings) == "interrupted"


def test_ctrl_c_itself_records_the_run_as_interrupted(settings):
    with pytest.raises(KeyboardInterrupt), runs.recorded(settings, "label"):
        _ctrl_c()
    assert _status(settings) == "interrupted"


def test_an_error_without_ctrl_c_is_a_failure(settings):
    with pytest.raises(ValueError), runs.recorded(settings, "label"):
        raise ValueError("Task run is not set")
    assert _status(settings) == "failed"


def test_the_handler_in_place_is_given_back_and_keeps_acting(settings):
    before = signal.getsignal(signal.SIGINT)
    with runs.recorded(settings, "label") as summary:
        assert signal.getsignal(signal.SIGINT) is not before
        summary.status = "published"
    assert signal.getsignal(signal.SIGINT) is before
    assert _status(settings) == "published"
    with pytest.raises(KeyboardInterrupt):
        _ctrl_c()  # Python's own handler again


def test_an_ignored_ctrl_c_stays_ignored(settings):
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with pytest.raises(ValueError), runs.recorded(settings, "label"):
            _ctrl_c()  # ignored: nothing is raised, and nothing is noted
            raise ValueError("a failure of its own")
        assert _status(settings) == "failed"
    finally:
        signal.signal(signal.SIGINT, previous)
