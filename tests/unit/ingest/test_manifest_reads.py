"""A run reads the manifest rows of the inbox folders it lists, not every row of
``raw.file_manifest`` (flows/ingest/inbox.py ``load_manifest(files=False)``), and decides
exactly as with the whole manifest; a full scan reads every row. Real DuckDB files and folders."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from flows import schema
from flows.ingest.inbox import discover, load_manifest, manifest_reader, record_folders
from flows.ingest.load import load_results
from flows.warehouse import ensure_raw_schema

TINY = 8  # bytes: every file is rejected as too large, which records it without parsing
FOLDERS, PER_FOLDER = ("a", "b", "c", "d"), 25


def _age(root: Path, seconds: float = 3600) -> None:
    back = time.time_ns() - int(seconds * 1e9)
    for n, (folder, _dirs, _files) in enumerate(os.walk(root)):
        os.utime(folder, ns=(back + n, back + n))


def _record(con, found, run_id: str, manifest) -> None:
    """What a run records without parsing: manifest rows, folders, its audit.runs row."""
    now = datetime.now(UTC)
    load_results(con, [], Path("."), found.rejected, manifest, run_id, now)
    record_folders(con, found, [], run_id, now)
    con.execute(
        schema.table("audit.runs").insert_sql(["run_id", "started_at", "status"]), [run_id, now, "published"]
    )


@pytest.fixture()
def stored(tmp_path):
    """(warehouse path, inbox): 100 files in four folders, recorded by a first run (full scan)."""
    inbox, path = tmp_path / "inbox", tmp_path / "w.duckdb"
    for f in FOLDERS:
        (inbox / f).mkdir(parents=True)
        for i in range(PER_FOLDER):
            (inbox / f / f"{i:02}.txt").write_text(f"{f} {i} " * 5, encoding="utf-8")
    _age(inbox)
    con = duckdb.connect(str(path))
    ensure_raw_schema(con)
    manifest = load_manifest(con)
    _record(con, discover([inbox], manifest, TINY, full_scan=True), "r1", manifest)
    con.close()
    return path, inbox


def _manifests(path: Path):
    """(the whole manifest, one that reads the rows asked for) of the warehouse ``path``."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return load_manifest(con), load_manifest(con, files=False, reader=manifest_reader(path))
    finally:
        con.close()


def _same(a, b) -> None:
    assert [i.source_uri for i in a.new] == [i.source_uri for i in b.new]
    assert [(i.source_uri, i.size_bytes, why) for i, why in a.rejected] == [
        (i.source_uri, i.size_bytes, why) for i, why in b.rejected
    ]
    assert (a.unchanged, a.folders_skipped, a.folders) == (b.unchanged, b.folders_skipped, b.folders)


def test_discovery_reads_the_manifest_rows_of_the_changed_inputs_only(stored):
    path, inbox = stored
    (inbox / "b" / "new.txt").write_text("a new input " * 3, encoding="utf-8")
    (inbox / "b" / "03.new").write_text("rewritten, longer " * 3, encoding="utf-8")
    os.replace(inbox / "b" / "03.new", inbox / "b" / "03.txt")  # written beside, renamed in place
    whole, lazy = _manifests(path)
    assert len(whole) == 100 and len(lazy) == 0
    found = discover([inbox], lazy, TINY, full_scan=False)
    assert found.folders_skipped == 4  # inbox, a, c, d
    # b was listed and its 26 entries' inodes compared with the manifest in the warehouse: the
    # replaced one and the new one were stat-ed, and only the row of the replaced one was read
    # (the new one has none), not b's 25
    assert lazy.rows_read == 1 and [u.rsplit("/", 2)[-2:] for u in lazy] == [["b", "03.txt"]]
    assert lazy.asked == {str(inbox / "b" / "03.txt"), str(inbox / "b" / "new.txt")}
    _same(found, discover([inbox], whole, TINY, full_scan=False))
    assert [i.source_uri.rsplit("/", 2)[-2:] for i, _why in found.rejected] == [
        ["b", "03.txt"],
        ["b", "new.txt"],
    ]


def test_unchanged_inputs_are_told_apart_by_size_and_mtime_in_the_warehouse(stored):
    path, inbox = stored
    b = sorted((inbox / "b").iterdir())
    st = os.stat(b[1])
    os.utime(b[1], ns=(st.st_atime_ns, st.st_mtime_ns + 1))  # the same bytes, touched
    (inbox / "b" / "new.txt").write_text("a new input " * 3, encoding="utf-8")
    os.rename(b[2], inbox / "b" / "renamed.txt")  # known bytes under a name never seen
    _age(inbox / "b", 1800)  # changed since the first run, not within RACY_SECONDS of a listing
    whole, lazy = _manifests(path)
    found = discover([inbox], lazy, TINY, full_scan=False, keep_unchanged=True)
    assert lazy.rows_read == 1 and sorted(lazy.asked) == sorted(
        str(inbox / "b" / n) for n in (b[1].name, "new.txt", "renamed.txt")
    )
    _same(found, discover([inbox], whole, TINY, full_scan=False, keep_unchanged=True))
    assert found.unchanged == 100 - 2  # every input of b (the others' counted whole) but the two
    assert sorted(i.source_uri for i in found.kept) == sorted(str(p) for p in b if p not in (b[1], b[2]))


def test_a_full_scan_reads_every_row_and_decides_the_same(stored):
    path, inbox = stored
    (inbox / "c" / "new.txt").write_text("a new input " * 3, encoding="utf-8")
    whole, lazy = _manifests(path)
    found = discover([inbox], lazy, TINY, full_scan=True)
    assert lazy.complete and lazy.rows_read == 100
    _same(found, discover([inbox], whole, TINY, full_scan=True))


def test_the_load_reads_the_rows_of_what_it_records_through_its_connection(stored):
    path, inbox = stored
    (inbox / "d" / "07.new").write_text("rewritten, longer " * 3, encoding="utf-8")
    os.replace(inbox / "d" / "07.new", inbox / "d" / "07.txt")  # written beside, renamed in place
    con = duckdb.connect(str(path))
    try:
        lazy = load_manifest(con, files=False)
        found = discover([inbox], lazy, TINY, full_scan=False)
        _record(con, found, "r2", lazy)
        rows = con.execute(
            "select source_uri, version, changed_run_id from raw.file_manifest where version > 1"
        ).fetchall()
        # an input never asked for is read when looked up
        a_uri = next(
            u for (u,) in con.execute("select source_uri from raw.file_manifest").fetchall() if "/a/" in u
        )
        assert a_uri not in lazy.asked and lazy.get(a_uri).version == 1 and lazy[a_uri].status == "rejected"
    finally:
        con.close()
    assert [(u.rsplit("/", 2)[-2:], v, r) for u, v, r in rows] == [(["d", "07.txt"], 2, "r2")]


def test_discovery_asks_its_questions_through_one_connection_and_closes_it(stored):
    """Discovery of a changed folder asks the warehouse which entries have another inode, which
    differ and their rows: one connection for all (a lake's costs 0.2-0.3 s to attach), closed
    when discovery returns, so the run can then open the file for writing. Outside discovery the
    reader holds no connection between calls."""
    path, inbox = stored
    (inbox / "c" / "new.txt").write_text("another new input " * 3, encoding="utf-8")
    _age(inbox / "c", 1800)
    whole, lazy = _manifests(path)
    reader = lazy.reader
    found = discover([inbox], lazy, TINY, full_scan=False)
    assert [i.source_uri for i, _why in found.rejected] == [str(inbox / "c" / "new.txt")]
    assert reader.opened == 1 and reader.held is None
    _same(discover([inbox], whole, TINY, full_scan=False), found)
    con = duckdb.connect(str(path))  # read-write in this process: no read-only connection is left
    con.close()
    assert lazy.get(str(inbox / "a" / "00.txt")).status == "rejected"  # a call alone: opened, closed
    assert reader.opened == 2 and reader.held is None
    with reader.session(), reader.session():  # nested sessions share the connection
        reader([str(inbox / "a" / "01.txt")])
        reader.other_inode(([str(inbox / "a" / "02.txt")], [0]))
        assert reader.held is not None
    assert reader.opened == 3 and reader.held is None
