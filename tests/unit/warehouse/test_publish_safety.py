"""Publishing never mixes files: another process writing to the published warehouse (or its
leftover write-ahead log) stops a run from copying or replacing it; a symlinked warehouse path
keeps its link and the target receives every run; a full disk is named as such and the run
leaves nothing behind."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows import warehouse
from flows.settings import load_settings
from tests.conftest import filler_database


def _published(path: Path, rows: int = 5) -> None:
    con = duckdb.connect(str(path))
    con.execute("create table t as select range as v from range(?)", [rows])
    con.close()


def _count(path: Path) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("select count(*) from t").fetchone()[0]
    finally:
        con.close()


def _tables(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
    finally:
        con.close()


WRITER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
if sys.argv[2] == "write":
    con.execute("insert into t select 1000 + range from range(3)")
    con.execute("create table session_scratch as select 1 as x")
print("ready", flush=True)
time.sleep(600)
"""


@pytest.fixture()
def writer_process():
    procs: list[subprocess.Popen] = []

    def start(path: Path, mode: str) -> subprocess.Popen:
        p = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), mode], stdout=subprocess.PIPE, text=True
        )
        procs.append(p)
        assert p.stdout.readline().strip() == "ready"
        return p

    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait(10)


def _working_copy_with_rows(published: Path, tmp_path: Path) -> warehouse.WorkingCopy:
    copy = warehouse.prepare_working_copy(published, tmp_path / ".work")
    con = duckdb.connect(str(copy.path))
    con.execute("insert into t select 100 + range from range(4)")  # the run's own rows: 5 + 4
    con.close()
    return copy


@pytest.mark.parametrize("mode", ["write", "open"])
def test_publish_refused_while_another_process_has_the_published_file_open_for_writing(
    tmp_path, writer_process, mode
):
    published = tmp_path / "dyad.duckdb"
    _published(published)
    copy = _working_copy_with_rows(published, tmp_path)
    writer = writer_process(published, mode)  # "open": read-write, nothing written yet
    before = published.read_bytes()
    with pytest.raises(warehouse.WarehouseInUse) as err:
        warehouse.publish(copy)
    msg = str(err.value)
    assert str(published) in msg and f"pid {writer.pid}" in msg and "nothing was published" in msg
    assert published.read_bytes() == before
    writer.kill()  # the writer dies without closing: its log stays beside the file
    writer.wait(10)
    if mode == "write":
        assert (tmp_path / "dyad.duckdb.wal").exists()
        with pytest.raises(warehouse.WarehouseInUse, match=r"dyad\.duckdb\.wal lies beside"):
            warehouse.publish(copy)
        # readers see the published file and its own log: never the run's rows mixed in
        assert _count(published) == 8 and "session_scratch" in _tables(published)
    else:
        warehouse.publish(copy)
        assert _count(published) == 9 and "session_scratch" not in _tables(published)
        assert not (tmp_path / "dyad.duckdb.wal").exists()


def test_a_change_made_to_the_published_file_during_the_run_is_not_dropped(tmp_path):
    published = tmp_path / "dyad.duckdb"
    _published(published)
    copy = _working_copy_with_rows(published, tmp_path)
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, duckdb; con = duckdb.connect(sys.argv[1]); "
            "con.execute('insert into t values (-1)'); con.close()",
            str(published),
        ],
        check=True,
    )
    with pytest.raises(warehouse.WarehouseInUse, match="changed by another process after this run copied it"):
        warehouse.publish(copy)
    assert _count(published) == 6


def test_a_run_does_not_start_from_a_file_another_process_writes(tmp_path, writer_process):
    published = tmp_path / "dyad.duckdb"
    _published(published)
    writer = writer_process(published, "write")
    with pytest.raises(warehouse.WarehouseInUse, match=f"pid {writer.pid}"):
        warehouse.prepare_working_copy(published, tmp_path / ".work")
    assert not (tmp_path / ".work" / "dyad.duckdb").exists()


def test_readers_in_other_processes_do_not_block_publishing(tmp_path):
    published = tmp_path / "dyad.duckdb"
    _published(published)
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb; con = duckdb.connect(sys.argv[1], read_only=True); "
            "print(con.execute('select count(*) from t').fetchone()[0], flush=True); time.sleep(600)",
            str(published),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "5"
        copy = _working_copy_with_rows(published, tmp_path)
        warehouse.publish(copy)
        assert _count(published) == 9
    finally:
        reader.kill()
        reader.wait(10)


# ------------------------------------------------------------------------------------ symlinks


@pytest.mark.parametrize("relative", [False, True])
def test_a_symlinked_warehouse_keeps_its_link_and_the_target_gets_every_run(tmp_path, relative):
    target = tmp_path / "data" / "real.duckdb"
    target.parent.mkdir()
    _published(target)
    link = tmp_path / "app" / "dyad.duckdb"
    link.parent.mkdir()
    link.symlink_to(os.path.relpath(target, link.parent) if relative else target)
    settings = load_settings({"warehouse": str(link)}, environ={})
    assert settings.work_dir == target.parent / ".work"
    for run in range(2):
        with warehouse.writer_lock(link) as lock:
            assert lock == target.with_name("real.duckdb.lock")
            copy = warehouse.prepare_working_copy(settings.warehouse_path, settings.work_dir)
            assert copy.path.parent == target.parent / ".work"
            con = duckdb.connect(str(copy.path))
            con.execute("insert into t values (?)", [100 + run])
            con.close()
            warehouse.publish(copy)
        assert link.is_symlink() and link.resolve() == target
        assert _count(target) == 6 + run
    assert not (link.parent / ".work").exists()


def test_a_symlink_to_a_warehouse_not_yet_created_is_followed(tmp_path):
    target = tmp_path / "data" / "real.duckdb"  # neither the file nor its folder exist yet
    link = tmp_path / "dyad.duckdb"
    link.symlink_to(target)
    settings = load_settings({"warehouse": str(link)}, environ={})
    copy = warehouse.prepare_working_copy(settings.warehouse_path, settings.work_dir)
    warehouse.publish(copy)
    assert link.is_symlink() and target.is_file()


def test_the_link_path_and_the_target_path_share_one_writer_lock(tmp_path):
    target = tmp_path / "real.duckdb"
    link = tmp_path / "other" / "dyad.duckdb"
    link.parent.mkdir()
    link.symlink_to(target)
    probe = (
        "import sys; from pathlib import Path; from flows import warehouse\n"
        "try:\n"
        "    with warehouse.writer_lock(Path(sys.argv[1])): print('locked')\n"
        "except warehouse.WarehouseBusy as exc: print('busy', exc)\n"
    )
    with warehouse.writer_lock(target):
        out = subprocess.run([sys.executable, "-c", probe, str(link)], capture_output=True, text=True)
    assert out.stdout.startswith("busy") and "another Dyad run" in out.stdout, out.stderr


def test_a_working_directory_on_another_filesystem_is_refused(tmp_path):
    if os.stat(tmp_path).st_dev == os.stat("/dev/shm").st_dev:
        pytest.skip("/dev/shm is on the filesystem of the temporary directory")
    with pytest.raises(ValueError, match="not on the filesystem"):
        warehouse.prepare_working_copy(tmp_path / "dyad.duckdb", Path("/dev/shm") / f"dyad-{os.getpid()}")


# ---------------------------------------------------------------------------------- full disk


def test_a_working_copy_that_does_not_fit_is_refused_and_leaves_nothing(small_fs, tmp_path):
    built = filler_database(tmp_path / "built.duckdb")
    published = small_fs / "dyad.duckdb"
    shutil.copy(built, published)
    assert published.stat().st_size > 1_600_000, "the published file must not fit twice"
    with pytest.raises(warehouse.NoSpace, match=f"no space left on tmpfs \\(mounted at {small_fs}"):
        warehouse.prepare_working_copy(published, small_fs / ".work")
    assert list((small_fs / ".work").iterdir()) == []


def test_a_copy_that_runs_out_of_space_midway_is_removed(small_fs):
    published = small_fs / "dyad.duckdb"
    _published(published)
    filler = small_fs / "filler"
    free = os.statvfs(small_fs).f_bavail * os.statvfs(small_fs).f_frsize
    filler.write_bytes(b"\0" * (free - published.stat().st_size - 4096))
    with pytest.raises(warehouse.NoSpace, match="no space left on tmpfs"):
        warehouse.prepare_working_copy(published, small_fs / ".work")  # the copy fits, the schema not
    assert list((small_fs / ".work").iterdir()) == []


def test_the_run_record_is_whole_or_absent_on_a_full_disk(small_fs, capsys):
    from flows.runs import RunSummary, write_run_record

    settings = load_settings({"warehouse": str(small_fs / "dyad.duckdb")}, environ={})
    summary = RunSummary(run_id="r1", started_at="2026-01-02T03:04:05", status="failed", error="x" * 1000)
    (small_fs / "filler").write_bytes(b"\0" * (os.statvfs(small_fs).f_bavail * os.statvfs(small_fs).f_frsize))
    assert write_run_record(settings, summary) is None
    assert [p for p in settings.runs_dir.iterdir()] == []  # no empty record, no temporary file
    assert "no space left on tmpfs" in capsys.readouterr().err
    (small_fs / "filler").unlink()
    path = write_run_record(settings, summary)
    assert json.loads(path.read_text())["error"] == "x" * 1000
