"""Time the discovery of one new file in an inbox that holds many files seen before.

    python -m benchmarks.inbox_discovery --root /tmp/inbox-bench --layout tree --files 200000
    python -m benchmarks.inbox_discovery --root /tmp/inbox-bench --layout flat --files 200000

Writes ``--files`` small files under ``<root>/<layout>/inbox`` (``tree``: folders of 1,000 files;
``flat``: one folder), dated an hour back, and records them as a run would (manifest rows, and
the folder state when ``flows.ingest.inbox`` keeps one) in ``<root>/<layout>/w.duckdb``. Then
adds one new file and times, ``--repeat`` times, reading the manifest (``load_manifest``) and
``discover`` (with the page cache warm: the files were just written or listed), in wall and CPU
seconds (``*_cpu_s``, of this process: DuckDB's threads included). The manifest is read as a
run reads it (``load_manifest(files=False)`` with ``manifest_reader``: the folder state, then
the rows discovery asks for), or whole with ``--whole-manifest``. Prints one JSON line per
layout. ``--remove`` deletes ``<root>/<layout>`` at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import duckdb

from flows import schema
from flows.ingest import inbox as inbox_mod
from flows.ingest.load import insert_rows
from flows.warehouse import ensure_raw_schema

PER_FOLDER = 1000


def write_inbox(inbox: Path, layout: str, files: int) -> None:
    """``files`` files of ~60 bytes, an hour old (folders too)."""
    old = time.time_ns() - 3600 * 10**9
    folders = [inbox] if layout == "flat" else [inbox / f"d{i:04d}" for i in range(-(-files // PER_FOLDER))]
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        folder = folders[0] if layout == "flat" else folders[n // PER_FOLDER]
        p = folder / f"a{n:07d}.txt"
        p.write_text(f"Belarus and China met in Minsk, meeting number {n}.\n", encoding="utf-8")
        os.utime(p, ns=(old, old))
    for folder in (*folders, inbox):
        os.utime(folder, ns=(old, old))


def record_run(con: duckdb.DuckDBPyConnection, found, run_id: str) -> None:
    """Record what discovery found as a run's load would: one manifest row per new file, and the
    folders it listed (when discovery keeps them)."""
    now = datetime.now(UTC)
    rows = [
        {
            "source_uri": i.source_uri,
            "version": 1,
            "source_kind": i.kind,
            "size_bytes": i.size_bytes,
            "mtime_ns": i.mtime_ns,
            "content_hash": "0" * 64,
            **({"inode": i.inode} if "inode" in schema.table("raw.file_manifest").column_names else {}),
            "status": "ingested",
            "run_id": run_id,
            "recorded_at": now,
        }
        for i in found.new
    ]
    insert_rows(con, schema.table("raw.file_manifest"), rows)
    if hasattr(inbox_mod, "record_folders"):
        # every new file recorded (what a run's parse results tell record_folders)
        recorded = [SimpleNamespace(item=i, deferred=None) for i in found.new]
        inbox_mod.record_folders(con, found, recorded, run_id, now)
    con.execute(
        schema.table("audit.runs").insert_sql(["run_id", "started_at", "status"]),
        [run_id, now, "published"],
    )


def bench(root: Path, layout: str, files: int, repeat: int, whole: bool = False) -> dict:
    base = root / layout
    inbox = base / "inbox"
    db = base / "w.duckdb"
    if not inbox.exists():
        t0 = time.perf_counter()
        write_inbox(inbox, layout, files)
        print(f"{layout}: wrote {files} files in {time.perf_counter() - t0:.1f} s", flush=True)
    db.unlink(missing_ok=True)
    # discovery that skips unchanged folders, where flows.ingest.inbox has it
    changed_only = {"full_scan": False} if hasattr(inbox_mod, "record_folders") else {}
    con = duckdb.connect(str(db))
    try:
        ensure_raw_schema(con)
        found = inbox_mod.discover([inbox], inbox_mod.load_manifest(con), 10**6)
        assert len(found.new) == files, len(found.new)
        record_run(con, found, "seen")
    finally:
        con.close()
    new = (inbox if layout == "flat" else inbox / f"d{files // PER_FOLDER // 2:04d}") / "new.txt"
    new.write_text("Belarus and Poland met in Warsaw.\n", encoding="utf-8")
    old = time.time_ns() - 60 * 10**9
    os.utime(new, ns=(old, old))
    reader = None if whole else getattr(inbox_mod, "manifest_reader", None)
    times: dict[str, list[float]] = {}

    def timed(name: str, call):
        t0, c0 = time.perf_counter(), time.process_time()
        out = call()
        times.setdefault(f"{name}_s", []).append(time.perf_counter() - t0)
        times.setdefault(f"{name}_cpu_s", []).append(time.process_time() - c0)
        return out

    con = duckdb.connect(str(db), read_only=True)
    try:
        for _ in range(repeat):
            if reader is None:
                manifest = timed("load_manifest", lambda: inbox_mod.load_manifest(con))
            else:
                manifest = timed(
                    "load_manifest", lambda: inbox_mod.load_manifest(con, files=False, reader=reader(db))
                )
            found = timed(
                "discover", lambda m=manifest: inbox_mod.discover([inbox], m, 10**6, **changed_only)
            )
            assert [i.source_uri for i in found.new] == [str(new)], found.new
            if changed_only:
                full = timed(
                    "full_scan", lambda m=manifest: inbox_mod.discover([inbox], m, 10**6, full_scan=True)
                )
                assert [i.source_uri for i in full.new] == [str(new)], full.new
    finally:
        con.close()
        new.unlink()
    out = {"layout": layout, "files": files, "manifest": "whole" if reader is None else "as a run reads it"}
    out.update({k: round(statistics.median(v), 3) for k, v in times.items()})
    out["unchanged"] = found.unchanged
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--layout", choices=["tree", "flat"], action="append")
    ap.add_argument("--files", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--remove", action="store_true")
    ap.add_argument("--whole-manifest", action="store_true", help="read every manifest row first")
    args = ap.parse_args()
    for layout in args.layout or ["tree", "flat"]:
        print(json.dumps(bench(args.root, layout, args.files, args.repeat, args.whole_manifest)), flush=True)
        if args.remove:
            shutil.rmtree(args.root / layout)


if __name__ == "__main__":
    main()
