"""The benchmark's memory sampler tells the parse workers (forks of the run's process that live)
from programs the run starts (a fork that execs at once)."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import time

from benchmarks.e2e import _children, _forked, _lasting


def _sleep() -> None:
    time.sleep(30)


def test_a_fork_counts_as_a_worker_from_its_second_sample_and_a_program_never():
    worker = multiprocessing.get_context("fork").Process(target=_sleep, daemon=True)
    worker.start()
    program = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # until the program has called exec
            forked = _forked(_children())
            if program.pid not in forked:
                break
            time.sleep(0.01)
        pids = _children()
        assert worker.pid in pids and program.pid in pids
        forked = _forked(pids)
        assert worker.pid in forked and program.pid not in forked
        assert _lasting(forked, set()) == []  # a first sample: it could still be about to exec
        assert _lasting(forked, set(forked)) == forked
        assert _lasting(forked, {program.pid}) == []
    finally:
        program.kill()
        program.wait()
        worker.kill()
        worker.join()
