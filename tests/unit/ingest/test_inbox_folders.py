"""Discovery lists only the inbox folders that changed since the last run (flows/ingest/inbox.py),
on real DuckDB files: runs are discover -> parse -> load -> record the folders, as a run does
without dbt."""

from __future__ import annotations

import os
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows import schema
from flows.ingest.inbox import archive_inputs, discover, folder_rows, load_manifest, record_folders
from flows.ingest.load import load_results
from flows.ingest.staging import parse_chunk
from flows.warehouse import ensure_raw_schema

MAX = 100_000


def _text(n: int) -> str:
    return f"Беларусь и Китай подписали соглашение номер {n} о торговле в Минске.\n"


def _age(root: Path, seconds: float = 3600) -> None:
    """Date every folder under ``root`` (itself included) ``seconds`` back, each to a new time,
    as folders look a while after their last change."""
    back = time.time_ns() - int(seconds * 1e9)
    for n, (folder, _dirs, _files) in enumerate(os.walk(root)):
        os.utime(folder, ns=(back + n, back + n))


@pytest.fixture()
def warehouse(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_raw_schema(con)
    yield con
    con.close()


class Runs:
    """Runs against one warehouse file: each discovers, parses, loads, records its folders and
    its ``audit.runs`` row, as a published run does."""

    def __init__(self, con, inbox: Path, tmp_path: Path, every: int = 24) -> None:
        self.con, self.inbox, self.tmp, self.every, self.n = con, inbox, tmp_path, every, 0

    def __call__(self, full_scan: bool = False, settle_seconds: float = 0.0):
        self.n += 1
        run_id = f"r{self.n}"
        manifest = load_manifest(self.con)
        full = full_scan or manifest.full_scan_due(self.every)
        found = discover([self.inbox], manifest, MAX, settle_seconds, full_scan=full)
        stage = self.tmp / f"stage-{run_id}"
        stage.mkdir()
        results = parse_chunk(list(enumerate(found.new)), MAX, str(stage), 0).results if found.new else []
        now = datetime.now(UTC)
        stats = load_results(
            self.con, results, stage, found.rejected, manifest, run_id, now, restamped=found.restamped
        )
        record_folders(self.con, found, results, run_id, now)
        self.con.execute(
            schema.table("audit.runs").insert_sql(["run_id", "started_at", "status"]),
            [run_id, now, "published"],
        )
        shutil.rmtree(stage)
        return found, stats

    def new(self, **kw) -> list[str]:
        found, _ = self(**kw)
        return [os.path.relpath(i.source_uri, str(self.inbox)) for i in found.new]


def _tree(inbox: Path) -> None:
    """inbox/top.txt, a/1..3.txt, b/1..3.txt, a/x/y/deep.txt: 8 files, 5 folders (inbox included)."""
    names = ("top.txt", "a/1.txt", "a/2.txt", "a/3.txt", "b/1.txt", "b/2.txt", "b/3.txt", "a/x/y/deep.txt")
    for n, rel in enumerate(names):
        p = inbox / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(_text(n), encoding="utf-8")
    _age(inbox)


@pytest.fixture()
def runs(warehouse, tmp_path):
    inbox = tmp_path / "inbox"
    _tree(inbox)
    r = Runs(warehouse, inbox, tmp_path)
    assert len(r.new()) == 8  # the first run lists everything
    return r


def _folders(con, run_id: str) -> dict[str, str]:
    rows = con.execute(
        "select folder_uri, status from audit.inbox_folders where run_id = ?", [run_id]
    ).fetchall()
    return dict(rows)


def test_unchanged_folders_are_not_listed_and_their_files_count_unchanged(runs):
    found, stats = runs()
    assert found.new == [] and found.unchanged == 8 and stats.files_new == 0
    assert found.folders == [] and found.folders_skipped == 5 and not found.full_scan


def test_a_new_file_in_an_old_folder_is_found(runs):
    (runs.inbox / "b" / "4.txt").write_text(_text(100), encoding="utf-8")
    found, stats = runs()
    assert [os.path.basename(i.source_uri) for i in found.new] == ["4.txt"]
    assert found.unchanged == 8 and stats.articles_new == 1
    assert list(_folders(runs.con, "r2")) == [str(runs.inbox / "b")]  # b alone was listed
    _age(runs.inbox)
    assert runs.new() == []


def test_a_file_added_to_a_nested_folder_is_found(runs):
    (runs.inbox / "a" / "x" / "y" / "deeper.txt").write_text(_text(101), encoding="utf-8")
    (runs.inbox / "a" / "x" / "z").mkdir()  # a new folder in an unchanged one's subfolder
    (runs.inbox / "a" / "x" / "z" / "new.txt").write_text(_text(102), encoding="utf-8")
    assert runs.new() == ["a/x/y/deeper.txt", "a/x/z/new.txt"]
    listed = _folders(runs.con, "r2")
    assert set(listed) == {str(runs.inbox / p) for p in ("a/x", "a/x/y", "a/x/z")}


def test_a_renamed_file_is_found_under_its_new_name(runs):
    os.rename(runs.inbox / "a" / "2.txt", runs.inbox / "a" / "2-renamed.txt")
    found, stats = runs()
    assert [os.path.basename(i.source_uri) for i in found.new] == ["2-renamed.txt"]
    assert stats.files_duplicate == 1  # the same article, recorded under its new name
    assert found.unchanged == 1 + 3 + 1 + 2  # top, b/*, deep skipped; a/1 and a/3 stat-ed


def test_a_deleted_folder_is_recorded_gone_and_found_again_when_it_returns(runs):
    shutil.rmtree(runs.inbox / "a" / "x")
    found, _ = runs()
    assert found.new == [] and found.unchanged == 7
    assert _folders(runs.con, "r2") == {
        str(runs.inbox / "a"): "relist",  # changed just now: listed again next time
        str(runs.inbox / "a" / "x"): "gone",
        str(runs.inbox / "a" / "x" / "y"): "gone",
    }
    assert set(load_manifest(runs.con).folders) == {
        str(runs.inbox),
        str(runs.inbox / "a"),
        str(runs.inbox / "b"),
    }
    _age(runs.inbox)
    assert runs.new() == []
    (runs.inbox / "a" / "x" / "y").mkdir(parents=True)
    (runs.inbox / "a" / "x" / "y" / "back.txt").write_text(_text(103), encoding="utf-8")
    assert runs.new() == ["a/x/y/back.txt"]


def test_an_edit_in_place_is_found_by_the_full_scan(runs):
    path = runs.inbox / "b" / "2.txt"
    folder_mtime = (runs.inbox / "b").stat().st_mtime_ns
    with path.open("a", encoding="utf-8") as f:  # written in place: the folder does not change
        f.write("Товарооборот вырос на 20%.\n")
    old = time.time_ns() - 600 * 10**9
    os.utime(path, ns=(old, old))
    assert (runs.inbox / "b").stat().st_mtime_ns == folder_mtime
    assert runs.new() == []  # the documented blind spot between full scans
    found, stats = runs(full_scan=True)
    assert [os.path.basename(i.source_uri) for i in found.new] == ["2.txt"] and stats.articles_new == 1
    assert found.full_scan and found.folders_skipped == 0 and len(found.folders) == 5


def _inode_of(con, path: Path) -> int | None:
    return con.execute(
        "select inode from raw.file_manifest where source_uri = ? order by version desc limit 1", [str(path)]
    ).fetchone()[0]


def test_a_file_replaced_by_rename_is_a_new_version_and_its_row_holds_the_new_inode(runs):
    path = runs.inbox / "a" / "3.txt"
    assert _inode_of(runs.con, path) == path.stat().st_ino
    (runs.inbox / "a" / ".3.txt.part").write_text(_text(3) + "Визит продлится три дня.\n", encoding="utf-8")
    os.replace(runs.inbox / "a" / ".3.txt.part", path)  # written beside, renamed into place
    found, stats = runs()
    assert [os.path.relpath(i.source_uri, runs.inbox) for i in found.new] == ["a/3.txt"]
    assert stats.articles_new == 1 and found.unchanged == 7
    assert _inode_of(runs.con, path) == path.stat().st_ino


def test_an_edit_in_place_in_a_folder_listed_again_waits_for_the_full_scan(runs):
    """An entry whose name and inode are those of its manifest row is not stat-ed, so a file
    rewritten in place (same inode) beside a new file is found by the next full scan, not at once."""
    edited = runs.inbox / "b" / "1.txt"
    inode = edited.stat().st_ino
    with edited.open("a", encoding="utf-8") as f:
        f.write("Стороны обсудили поставки зерна.\n")
    (runs.inbox / "b" / "4.txt").write_text(_text(104), encoding="utf-8")  # the folder changes
    assert edited.stat().st_ino == inode
    assert runs.new() == ["b/4.txt"]
    assert runs.new(full_scan=True) == ["b/1.txt"]


def test_rows_without_an_inode_are_stat_ed(runs):
    """Rows recorded before the manifest held inodes: their entries are stat-ed, as before, so an
    edit in place beside a new file is found at once."""
    runs.con.execute("update raw.file_manifest set inode = null")
    with (runs.inbox / "b" / "1.txt").open("a", encoding="utf-8") as f:
        f.write("Стороны обсудили поставки зерна.\n")
    (runs.inbox / "b" / "4.txt").write_text(_text(104), encoding="utf-8")
    assert runs.new() == ["b/1.txt", "b/4.txt"]
    # the folder listed gave its files' inodes to their rows; the folders not listed keep none
    b_files = sorted((runs.inbox / "b").iterdir())
    assert [_inode_of(runs.con, p) for p in b_files] == [p.stat().st_ino for p in b_files]
    assert _inode_of(runs.con, runs.inbox / "a" / "1.txt") is None
    assert runs.con.execute(
        "select count(*) from raw.file_manifest where changed_run_id = 'r2' and version = 1"
    ).fetchone() == (3,)  # b/2.txt, b/3.txt restamped, b/4.txt recorded


def test_the_same_bytes_renamed_into_place_are_unchanged_and_take_the_new_inode(runs):
    path = runs.inbox / "b" / "2.txt"
    shutil.copyfile(path, runs.inbox / "b" / ".2.txt.part")  # the same bytes, a new mtime and inode
    os.replace(runs.inbox / "b" / ".2.txt.part", path)
    found, stats = runs()
    assert found.new and stats.files_unchanged == 1 and stats.files_new == 0  # read, found the same
    assert _inode_of(runs.con, path) == path.stat().st_ino
    (runs.inbox / "b" / "5.txt").write_text(_text(105), encoding="utf-8")
    assert runs.new() == ["b/5.txt"]  # 2.txt is known by its new inode: not read again


def test_the_full_scan_comes_every_nth_run(warehouse, tmp_path):
    inbox = tmp_path / "inbox"
    _tree(inbox)
    runs = Runs(warehouse, inbox, tmp_path, every=3)
    scans = [runs()[0].full_scan for _ in range(7)]
    assert scans == [True, False, False, True, False, False, True]
    runs.every = 0  # only when asked
    assert [runs()[0].full_scan for _ in range(4)] == [False] * 4
    assert runs(full_scan=True)[0].full_scan


def test_a_folder_holding_a_file_left_for_later_is_listed_again(runs):
    fresh = runs.inbox / "a" / "fresh.txt"
    fresh.write_text(_text(104), encoding="utf-8")
    back = time.time_ns() - 3600 * 10**9
    os.utime(runs.inbox / "a", ns=(back, back))  # looks old: its deferred file keeps it listed
    found, _ = runs(settle_seconds=30)
    assert [os.path.basename(i.source_uri) for i, _ in found.deferred] == ["fresh.txt"]
    assert _folders(runs.con, "r2") == {str(runs.inbox / "a"): "relist"}
    old = time.time_ns() - 60 * 10**9
    os.utime(fresh, ns=(old, old))  # settled; its folder unchanged since
    assert runs.new(settle_seconds=30) == ["a/fresh.txt"]


def test_a_folder_changed_just_before_its_listing_is_listed_again(runs):
    (runs.inbox / "b" / "5.txt").write_text(_text(105), encoding="utf-8")
    assert runs.new() == ["b/5.txt"]
    assert _folders(runs.con, "r2") == {str(runs.inbox / "b"): "relist"}  # within RACY_SECONDS
    st = (runs.inbox / "b").stat()
    (again,) = runs()[0].folders  # listed again though its mtime is the one recorded
    assert (again.uri, again.mtime_ns, again.inode, again.entries) == (
        str(runs.inbox / "b"),
        st.st_mtime_ns,
        st.st_ino,
        4,
    )


def test_a_plain_dict_manifest_lists_everything(tmp_path):
    inbox = tmp_path / "inbox"
    _tree(inbox)
    found = discover([inbox], {}, MAX, full_scan=False)
    assert len(found.new) == 8 and found.folders_skipped == 0


# --------------------------------------------------------------------------------- archive


def test_archive_moves_recorded_files_keeping_their_path_and_leaves_changed_ones(runs, tmp_path):
    archive = tmp_path / "archive"
    (runs.inbox / "a" / "x" / "y" / "later.txt").write_text(_text(106), encoding="utf-8")
    manifest = load_manifest(runs.con)
    found = discover([runs.inbox], manifest, MAX, full_scan=True, keep_unchanged=True)
    stage = tmp_path / "stage"
    stage.mkdir()
    results = parse_chunk(list(enumerate(found.new)), MAX, str(stage), 0).results
    (archive / "b").mkdir(parents=True)
    (archive / "b" / "1.txt").write_text("archived before", encoding="utf-8")  # a name taken
    with (runs.inbox / "b" / "3.txt").open("a", encoding="utf-8") as f:
        f.write("changed after it was seen\n")
    moved, problems = archive_inputs(found, results, [runs.inbox], archive)
    assert (moved, problems) == (8, [])
    left = sorted(str(p.relative_to(runs.inbox)) for p in runs.inbox.rglob("*") if p.is_file())
    assert left == ["b/3.txt"]
    kept = sorted(str(p.relative_to(archive)) for p in archive.rglob("*") if p.is_file())
    moved_names = ["top.txt", "a/1.txt", "a/2.txt", "a/3.txt", "b/1~2.txt", "b/2.txt", "a/x/y/deep.txt"]
    assert kept == sorted([*moved_names, "a/x/y/later.txt", "b/1.txt"])
    assert (archive / "b" / "1.txt").read_text(encoding="utf-8") == "archived before"


def test_an_archive_inside_the_inbox_is_never_read(tmp_path):
    inbox = tmp_path / "inbox"
    _tree(inbox)
    found = discover([inbox], {}, MAX, exclude=[inbox / "b"])
    assert sorted(os.path.relpath(i.source_uri, inbox) for i in found.new) == [
        "a/1.txt",
        "a/2.txt",
        "a/3.txt",
        "a/x/y/deep.txt",
        "top.txt",
    ]


def test_a_folder_holding_a_file_changed_while_read_is_listed_again(tmp_path):
    """An input deferred by the parse (it changed while read) leaves no manifest row: its folder
    must be listed again, though discovery found the folder settled."""
    inbox = tmp_path / "inbox"
    _tree(inbox)
    found = discover([inbox], {}, MAX)
    stage = tmp_path / "stage"
    stage.mkdir()
    results = parse_chunk(list(enumerate(found.new)), MAX, str(stage), 0).results
    b2 = next(r for r in results if r.item.source_uri == str(inbox / "b" / "2.txt"))
    b2.deferred = "still being written: changed while read"
    rows = {r["folder_uri"]: r["status"] for r in folder_rows(found, results, "r1", datetime.now(UTC))}
    assert rows[str(inbox / "b")] == "relist"
    assert {u: s for u, s in rows.items() if u != str(inbox / "b")} == dict.fromkeys(
        [str(inbox), str(inbox / "a"), str(inbox / "a" / "x"), str(inbox / "a" / "x" / "y")], "listed"
    )


def test_dropped_inputs_still_count_as_seen(tmp_path):
    """``Discovery.drop_new`` lets go of the new inputs, not of their number; a file's uri is
    the same string as its path (one string per input), a name that is not UTF-8 gets a uri of
    its own."""
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    for i in range(3):
        (inbox / "sub" / f"{i}.txt").write_text(_text(i), encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    odd = os.fsencode(str(inbox)) + b"/bad\xff.txt"
    with open(odd, "wb") as f:
        f.write(_text(9).encode())
    found = discover([inbox], {}, MAX)
    assert len(found.new) == 5 and found.seen == 5
    by_path = {i.path: i for i in found.new}
    plain = by_path[str(inbox / "sub" / "0.txt")]
    assert plain.source_uri is plain.path
    bad = next(i for i in found.new if "bad" in i.source_uri)
    assert bad.source_uri != bad.path and bad.source_uri.isprintable()
    found.drop_new()
    assert found.new == [] and found.new_dropped == 5 and found.seen == 5
