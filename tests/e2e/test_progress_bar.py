"""DuckDB draws a progress bar on stdout for statements slower than two seconds, also into a
pipe, where it is mixed into the results a user or a worker reads (a lake worker's output was).
Connections Dyad opens draw none."""

import subprocess
import sys

import pytest

SLOW = "select count(*) from range(1000000000) t(i) where i % 7 = 3"  # longer than DuckDB's 2 s


def _stdout_of(opening: str) -> str:
    code = (
        "import duckdb\n"
        "from flows.warehouse import open_duckdb\n"
        f"con = {opening}\n"
        f"print(con.execute({SLOW!r}).fetchone()[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-600:]
    return done.stdout


@pytest.mark.slow
def test_a_slow_statement_prints_only_its_result():
    assert _stdout_of("open_duckdb()").strip() == "142857143"
    # the same statement on a connection opened as DuckDB opens it draws the bar into stdout
    assert "%" in _stdout_of("duckdb.connect()")
