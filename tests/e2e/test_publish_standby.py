"""Real flow runs on a DuckDB-file warehouse that publish through the standby: the catch-up
leaves the standby equal to the published file run after run (new articles, a rewritten article,
a full refresh), a failed audit publishes nothing, a reader holding the published file is never
blocked, and ``kill -9`` during the catch-up, the dbt build or between the swap's renames leaves a
whole published file that the next run builds on."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.runs import AuditBlocked
from flows.warehouses import standby
from tests.conftest import SEEDS, run_pipeline
from tests.tables import table_digests

pytestmark = pytest.mark.slow

NO_SETTLE = {"settle_seconds": 0}


def _article(inbox: Path, name: str, i: int) -> Path:
    base = (SEEDS / "002_f7808c3b0d4d12dc.txt").read_text(encoding="utf-8")
    text = base.replace("30 межрегиональных соглашений", f"{31 + i} межрегиональных соглашений")
    text = text.replace("Сегодня состоялась встреча", f"В {i + 1}-й раз состоялась встреча")
    path = inbox / f"{name}.txt"
    part = inbox / f".{name}.txt.part"  # written beside and renamed into place, as inputs arrive
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)
    return path


def _run(inbox: Path, wh: Path, **kw):
    return run_pipeline(inbox, wh, settings_overrides=NO_SETTLE, **kw)


def _work(wh: Path) -> Path:
    return wh.parent / ".work" / wh.name


def _assert_standby_catches_up(wh: Path, tmp_path: Path) -> None:
    """A copy of the standby, caught up from the published file, equals it in every row."""
    probe = tmp_path / "probe.duckdb"
    shutil.copy(_work(wh), probe)
    rows, why = standby._catch_up_file(probe, wh)
    assert why is None
    con = duckdb.connect(str(probe), read_only=True)
    try:
        con.execute(f"attach '{wh}' as published (read_only)")
        mine, theirs = table_digests(con, "probe"), table_digests(con, "published")
        (stamped,) = con.execute(
            "select count(*) from published.raw.file_manifest where changed_run_id = "
            "(select run_id from published.audit.runs order by started_at desc limit 1)"
        ).fetchone()
    finally:
        con.close()
        probe.unlink()
    assert mine.keys() == theirs.keys()
    assert {t: v for t, v in mine.items() if theirs[t] != v} == {}
    # the manifest is caught up by the rows the last run recorded or touched, not copied whole
    assert rows.get("raw.file_manifest", 0) == stamped < theirs["raw.file_manifest"][0]


def _count(wh: Path, sql: str):
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_runs_in_a_row_keep_the_standby_one_catch_up_from_the_published_file(
    prefect_harness, inbox, tmp_path
):
    wh = tmp_path / "wh" / "dyad.duckdb"
    first = _run(inbox, wh)
    assert first.working_copy.startswith("full copy") and "nothing is published yet" in first.working_copy
    _article(inbox, "new_0", 0)
    second = _run(inbox, wh)
    assert "there is no standby yet" in second.working_copy
    _assert_standby_catches_up(wh, tmp_path)

    _article(inbox, "new_1", 1)
    _article(inbox, "new_0", 7)  # a new version of an input seen before: its rows are rewritten
    seed = sorted(inbox.glob("*.txt"))[0]
    shutil.copyfile(seed, inbox / ".seed.part")  # the same bytes renamed into place: its row is updated
    os.replace(inbox / ".seed.part", seed)
    third = _run(inbox, wh)
    assert third.status == "published" and third.working_copy.startswith("standby caught up"), (
        third.working_copy
    )
    assert third.dbt_build.startswith("incremental")
    assert _count(wh, f"select count(*) from raw.file_manifest where changed_run_id = '{third.run_id}'") == 3
    _assert_standby_catches_up(wh, tmp_path)
    logged = _count(wh, "select count(*) from audit.model_changes where key_json is not null")
    assert logged > 0  # the incremental build logged the keys it rewrote
    # the versions of the sources of the new articles only were recomputed
    con = duckdb.connect(str(wh), read_only=True)
    try:
        sources = con.execute(
            "select key_json ->> 'source_uri' from audit.model_changes "
            "where model = 'intermediate.int_article_versions' and key_json is not null order by 1"
        ).fetchall()
    finally:
        con.close()
    assert [os.path.basename(u) for (u,) in sources] == ["new_0.txt", "new_1.txt"]

    refreshed = _run(inbox, wh, full_refresh=True)
    assert refreshed.working_copy.startswith("standby caught up") and refreshed.dbt_build.startswith("full")
    assert _count(wh, "select count(*) from audit.model_changes") == 0  # a full build logs no keys
    _article(inbox, "new_2", 2)
    # the full refresh rebuilt every model: the catch-up would replace them all, a copy costs less
    copied = _run(inbox, wh)
    assert copied.working_copy.startswith("full copy"), copied.working_copy
    assert "built every model in full" in copied.working_copy
    _article(inbox, "new_4", 4)
    after = _run(inbox, wh)  # and the run after that catches up again
    assert after.working_copy.startswith("standby caught up"), after.working_copy
    _assert_standby_catches_up(wh, tmp_path)
    assert (
        after.articles_total == _count(wh, "select count(*) from marts.articles") == third.articles_total + 2
    )
    con = duckdb.connect(str(wh), read_only=True)
    try:
        (summary,) = con.execute(
            "select summary ->> 'working_copy' from audit.runs where run_id = ?", [after.run_id]
        ).fetchone()
    finally:
        con.close()
    assert summary == after.working_copy

    # a failed audit publishes nothing and leaves no standby to build on; the next run copies
    before = wh.read_bytes()
    con = duckdb.connect(str(wh))
    con.execute(
        """insert into raw.articles (article_id, source_uri, raw_text, body, body_start, body_end,
           run_id, ingested_at, load_seq)
           select 'broken', 'x', '', '', 0, 0, 'manual', now(), max(load_seq) + 1 from raw.articles"""
    )
    con.close()
    broken = wh.read_bytes()
    assert broken != before
    _article(inbox, "new_3", 3)
    with pytest.raises(AuditBlocked, match="body_not_empty"):
        _run(inbox, wh)
    assert wh.read_bytes() == broken
    assert not _work(wh).exists() and not standby.dirty_mark(_work(wh)).exists()


def test_a_run_with_nothing_new_leaves_the_next_catch_up_no_model_to_compare(
    prefect_harness, inbox, tmp_path, monkeypatch
):
    """A run that builds nothing logs every model table as unchanged: the next run's catch-up
    copies no model row and reads no model table whole (``_digest``), and the standby still
    equals the published file."""
    wh = tmp_path / "wh" / "dyad.duckdb"
    _run(inbox, wh)
    _article(inbox, "new_0", 0)
    _run(inbox, wh)  # the first standby: a copy
    nothing = _run(inbox, wh)
    assert nothing.dbt_build.startswith("skip") and nothing.working_copy.startswith("standby caught up")
    logged = _rows(wh, "select distinct model from audit.model_changes where key_json is null")
    assert {m for (m,) in logged} >= {"marts.articles", "marts.dyads", "intermediate.int_people"}
    assert _rows(wh, "select count(*) from audit.model_changes where key_json is not null") == [(0,)]
    digested: list[str] = []
    real_digest = standby._digest

    def digest(con, table):
        digested.append(table)
        return real_digest(con, table)

    monkeypatch.setattr(standby, "_digest", digest)
    _article(inbox, "new_1", 1)
    after = _run(inbox, wh)
    assert after.working_copy.startswith("standby caught up"), after.working_copy
    assert after.dbt_build.startswith("incremental")
    assert [t for t in digested if t.split(".")[0] in ("intermediate", "marts")] == []
    _assert_standby_catches_up(wh, tmp_path)


# an article whose only pair is Mongolia-Chile, and its next version, which names no pair: the
# build then deletes the dyad's rows (pre-hooks of the dyad aggregates), and no key rewrites them
PAIR_TEXT = "Монголия и Чили подписали соглашение о сотрудничестве в сфере энергетики. " * 3
NO_PAIR_TEXT = "Монголия подписала соглашение о сотрудничестве в сфере энергетики. " * 3


def _filler(field: str) -> str:
    return f"Беларусь и Казахстан подписали соглашение о сотрудничестве в сфере {field}. " * 3


def _rows(wh: Path, sql: str) -> list[tuple]:
    with contextlib.closing(duckdb.connect(str(wh), read_only=True)) as con:
        return con.execute(sql).fetchall()


def _dyads(wh: Path) -> set[tuple[str, str]]:
    return set(_rows(wh, "select country_a, country_b from marts.dyads"))


def test_a_dyad_the_build_deletes_is_logged_and_the_standby_catches_up_by_its_key(prefect_harness, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wh = tmp_path / "wh" / "dyad.duckdb"
    (inbox / "pair.txt").write_text(PAIR_TEXT, encoding="utf-8")
    (inbox / "filler-0.txt").write_text(_filler("энергетики"), encoding="utf-8")
    _run(inbox, wh)
    (inbox / "filler-1.txt").write_text(_filler("образования"), encoding="utf-8")
    assert _run(inbox, wh).dbt_build.startswith("incremental")  # the standby is the first run's file
    assert ("CL", "MN") in _dyads(wh)

    (inbox / "pair.tmp").write_text(NO_PAIR_TEXT, encoding="utf-8")  # renamed in: the folder changes
    os.replace(inbox / "pair.tmp", inbox / "pair.txt")  # a new version: no pair any more
    third = _run(inbox, wh)
    assert third.dbt_build.startswith("incremental") and third.working_copy.startswith("standby caught up")
    assert ("CL", "MN") not in _dyads(wh) and ("BY", "KZ") in _dyads(wh)
    logged = _rows(
        wh,
        "select key_json::json ->> 'country_a', key_json::json ->> 'country_b' from audit.model_changes "
        "where model = 'marts.dyads' and key_json is not null",
    )
    assert ("CL", "MN") in logged  # the deleted dyad's key, though no row of it was written again
    # the standby (the second run's file) catches up by the logged keys, without a full copy
    _assert_standby_catches_up(wh, tmp_path)


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
q = "select count(*) from marts.articles"
print(con.execute(q).fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute(q).fetchone()[0], flush=True)  # the file it opened, all along
sys.stdin.readline()
"""


def test_a_reader_of_the_published_file_is_not_blocked_and_sees_old_then_new(
    prefect_harness, inbox, tmp_path
):
    wh = tmp_path / "wh" / "dyad.duckdb"
    _run(inbox, wh)
    _article(inbox, "new_0", 0)
    _run(inbox, wh)  # now there is a standby
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(wh)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout.readline().strip() == "4"
        _article(inbox, "new_1", 1)
        during = _run(inbox, wh)  # the reader keeps the published file open all along
        assert during.status == "published" and during.working_copy.startswith("standby caught up")
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "4"  # never half a run
        assert _count(wh, "select count(*) from marts.articles") == 5  # opened now: the new file
        # the file the reader holds is the standby now: the next run does not write it
        _article(inbox, "new_2", 2)
        held = _run(inbox, wh)
        assert held.status == "published"
        assert f"is held open by pid {reader.pid}" in held.working_copy, held.working_copy
        reader.stdin.write("\n")
        reader.stdin.flush()
        reader.wait(30)
    finally:
        if reader.poll() is None:
            reader.kill()
    assert _count(wh, "select count(*) from marts.articles") == 6
    _assert_standby_catches_up(wh, tmp_path)


# A run in its own process that stops (for the test to kill it) at one point: inside the catch-up's
# transaction, in the dbt build, or between the swap's renames (the standby is published, the link
# to the old file not yet renamed over the standby).
KILLED_RUN = """
import os, sys, time
from flows import transform
from flows.warehouses import standby

where = sys.argv[3]

def say(what):  # not print(): the flow logs what it prints
    os.write(1, (what + "\\n").encode())

def stop(what):
    say(what)
    time.sleep(600)

if where == "catch-up":
    real_digest = standby._digest
    def digest(con, table):
        if table.startswith("raw."):  # the models are caught up, the transaction is open
            stop(where)
        return real_digest(con, table)
    standby._digest = digest
elif where == "build":
    real_build = transform.build
    def build(*args, **kwargs):
        say(where)
        return real_build(*args, **kwargs)
    transform.build = build
elif where == "swap":
    real_replace = os.replace
    def replace(src, dst):
        real_replace(src, dst)
        if os.fspath(dst) == sys.argv[2]:
            stop(where)
    os.replace = replace

from flows.pipeline import pipeline
pipeline(inbox=[sys.argv[1]], warehouse_path=sys.argv[2], settings_overrides={"settle_seconds": 0})
"""


@pytest.fixture(scope="module")
def two_runs(prefect_harness, tmp_path_factory) -> Path:
    """A warehouse after two runs (4 articles): published file and standby."""
    root = tmp_path_factory.mktemp("standby-kill")
    inbox = root / "inbox"
    inbox.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy2(f, inbox / f.name)
    wh = root / "wh" / "dyad.duckdb"
    _run(inbox, wh)
    _article(inbox, "new_0", 0)
    _run(inbox, wh)
    assert _work(wh).exists()
    return root


@pytest.mark.parametrize("where", ["catch-up", "build", "swap"])
def test_kill_9_during_a_run_leaves_a_whole_published_file(two_runs, tmp_path, where):
    from prefect.settings import PREFECT_API_URL

    root = tmp_path / "copy"
    shutil.copytree(two_runs, root)
    inbox, wh = root / "inbox", root / "wh" / "dyad.duckdb"
    standby._record_published(_work(wh), wh)  # the copy is the file the last swap left
    articles = _count(wh, "select count(*) from marts.articles")
    before = wh.read_bytes()
    _article(inbox, "new_1", 1)
    env = dict(os.environ, PREFECT_API_URL=PREFECT_API_URL.value())
    err = tmp_path / "stderr.txt"
    with err.open("w") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLED_RUN, str(inbox), str(wh), where],
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            start_new_session=True,
        )
    try:
        line = proc.stdout.readline().strip()
        assert line == where, (
            f"the run ended before {where} (exit {proc.wait(30)}): {err.read_text()[-2000:]}"
        )
        if where == "build":
            time.sleep(3)  # dbt is building in the standby
        assert proc.poll() is None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)

    link = standby.previous_link(_work(wh))
    if where == "swap":  # the run's file is published whole; the old one is only linked
        assert _count(wh, "select count(*) from marts.articles") == articles + 1
        assert link.exists() and not _work(wh).exists()
    else:
        assert wh.read_bytes() == before
    assert standby.dirty_mark(_work(wh)).exists()

    _article(inbox, "new_2", 2)
    resumed = _run(inbox, wh)
    assert resumed.status == "published" and resumed.working_copy.startswith("full copy"), (
        resumed.working_copy
    )
    assert _count(wh, "select count(*) from marts.articles") == resumed.articles_total == articles + 2
    assert _count(wh, "select count(*) from raw.articles") == articles + 2
    assert not link.exists() and not standby.dirty_mark(_work(wh)).exists()
    _article(inbox, "new_3", 3)
    steady = _run(inbox, wh)
    assert steady.working_copy.startswith("standby caught up"), steady.working_copy
    _assert_standby_catches_up(wh, tmp_path)
