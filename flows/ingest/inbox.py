"""Discover what is new in the inbox, against the manifest of what was already seen.

Folders that did not change are not listed again. Adding, removing or renaming an entry changes
its folder's mtime; a run remembers each folder it listed (``audit.inbox_folders``: mtime, inode,
entries) and the next run lists only the folders whose mtime or inode differ, and the new ones.
Files are expected to arrive whole, written beside and renamed into place (or copied in and
left alone). In a folder listed again, an entry whose name and inode are those of its manifest row
(``raw.file_manifest.inode``) is not stat-ed: a file renamed into place has a new inode, so only
new names and replaced files cost a stat, and a run into a flat folder of 200,000 inputs lists it
without 200,000 stats. A file rewritten in place keeps its inode (and a file deleted and written
again may get its inode back), so such an edit is found by the periodic full scan (every
``full_scan_every`` runs, or ``dyad run --full-scan``) that lists and stats every entry. A folder is trusted only when everything in it was recorded: one holding an
input left for a later run, listed within ``RACY_SECONDS`` of its last change (its mtime could
change again within the same clock tick), or holding a subfolder whose name is not UTF-8, is
listed again at the next run.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import compress
from pathlib import Path

import duckdb

from flows.ingest.documents import HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, InputItem, kind_of
from flows.settings import PROJECT_ROOT
from flows.warehouse import open_duckdb

ARTICLE_SUFFIXES = {".txt", ".text", *HTML_SUFFIXES, *JSON_SUFFIXES, *JSONL_SUFFIXES}
# A folder whose mtime is less than this before its listing may change again within the same
# timestamp tick (1 s or 2 s on some filesystems): it is listed again at the next run.
RACY_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class Seen:
    version: int
    size_bytes: int | None
    mtime_ns: int | None
    content_hash: str | None
    status: str
    reason: str | None = None
    inode: int | None = None  # NULL in rows written before the column existed, and for URLs


@dataclass(frozen=True, slots=True)
class Folder:
    """A folder as a run listed it (a row of ``audit.inbox_folders``).

    ``status``: ``listed`` (the next run may skip it while its mtime and inode stay),
    ``relist`` (the next run lists it whatever its mtime) or ``gone``. ``entries``: the inputs
    directly in it the run counted (files, links, folders named like article files)."""

    uri: str
    mtime_ns: int | None
    inode: int | None
    entries: int
    status: str


class Manifest(dict):
    """What a warehouse has seen: ``source_uri -> Seen`` (the newest version of each input),
    plus ``folders`` (folder uri -> :class:`Folder`, the newest row of each folder still there)
    and ``runs_since_full_scan`` (published runs after the last one that listed every folder;
    None when none did).

    A manifest read with ``load_manifest(con, files=False)`` holds the inputs it was asked for
    only: ``reader`` (``uris -> {uri: Seen}``, every input for ``None``) reads them from the
    warehouse when :meth:`need` asks (discovery asks for the entries of the folders it lists, the
    load for the inputs it records), so what a run reads follows what changed, not what is
    stored. ``get`` and ``[uri]`` read an input not asked for yet on their own. A ``reader``
    with a ``differing`` attribute (:func:`manifest_reader`) also answers :meth:`differing` in the
    warehouse, without reading the rows of the inputs that did not change."""

    def __init__(self, *args, reader: Callable[[list[str] | None], dict[str, Seen]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.folders: dict[str, Folder] = {}
        self.runs_since_full_scan: int | None = None
        self.reader = reader
        self.complete = reader is None  # every input is here
        self.asked: set[str] = set()  # inputs read (or found absent) so far
        self.rows_read = 0  # manifest rows read by need()

    def need(self, uris: Iterable[str] | None, con: duckdb.DuckDBPyConnection | None = None) -> None:
        """Read the newest rows of ``uris`` (every input for ``None``) that were not read yet,
        through ``con`` when given (a connection to the warehouse, open for writing, say), else
        through ``reader``. Nothing to do for a complete manifest."""
        if self.complete:
            return
        wanted = None if uris is None else sorted({u for u in uris if u not in self.asked})
        if wanted == []:
            return
        rows = manifest_rows(con, wanted) if con is not None else self.reader(wanted)
        self.rows_read += len(rows)
        self.update(rows)
        if wanted is None:
            self.complete = True
        else:
            self.asked.update(wanted)

    def differing(
        self, uris: list[str], sizes: list[int], mtimes_ns: list[int], inodes: list[int]
    ) -> set[str]:
        """The ``uris`` (of inputs stat-ed with ``sizes``, ``mtimes_ns`` and ``inodes``) whose
        newest manifest row records another size, mtime or inode, or that have none: the inputs
        that are not unchanged, or whose row is to take their inode (discovery reads those rows
        and tells which). Asked of the warehouse when the reader can (only the uris that differ
        come back, and only their rows are read later), else from the rows read with :meth:`need`."""
        finder = getattr(self.reader, "differing", None)
        if self.complete or finder is None:
            self.need(uris)
            out = set()
            for uri, size, mtime_ns, inode in zip(uris, sizes, mtimes_ns, inodes, strict=True):
                prev = dict.get(self, uri)
                if prev is None or (prev.size_bytes, prev.mtime_ns, prev.inode) != (size, mtime_ns, inode):
                    out.add(uri)
            return out
        return finder((uris, sizes, mtimes_ns, inodes))

    def other_inode(self, uris: list[str], inodes: list[int]) -> set[str]:
        """The ``uris`` (of entries listed with ``inodes``) whose newest manifest row records
        another inode, none, or that have no row: the entries to stat. Asked of the warehouse when
        the reader can (only those uris come back), else from the rows read with :meth:`need`."""
        finder = getattr(self.reader, "other_inode", None)
        if self.complete or finder is None:
            self.need(uris)
            out = set()
            for uri, inode in zip(uris, inodes, strict=True):
                prev = dict.get(self, uri)
                if prev is None or prev.inode is None or prev.inode != inode:
                    out.add(uri)
            return out
        return finder((uris, inodes))

    def get(self, uri, default=None):
        if not self.complete and uri not in self.asked:
            self.need([uri])
        return super().get(uri, default)

    def __missing__(self, uri):
        if not self.complete and uri not in self.asked:
            self.need([uri])
            if super().__contains__(uri):
                return super().__getitem__(uri)
        raise KeyError(uri)

    def full_scan_due(self, every: int) -> bool:
        """Whether this run lists every folder: none was ever listed whole, or this is the
        ``every``-th run since (``every`` = 0: never by count; 1: every run)."""
        if self.runs_since_full_scan is None:
            return True
        return every > 0 and self.runs_since_full_scan + 1 >= every


@dataclass
class Discovery:
    new: list[InputItem] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[tuple[InputItem, str]] = field(default_factory=list)
    deferred: list[tuple[InputItem, str]] = field(default_factory=list)  # left for the next run
    folders: list[Folder] = field(default_factory=list)  # listed (or gone) this run: to record
    folders_skipped: int = 0  # unchanged since they were listed: not listed again
    full_scan: bool = False  # every folder listed and every entry stat-ed
    kept: list[InputItem] = field(default_factory=list)  # unchanged files seen (with keep_unchanged)
    # unchanged inputs whose manifest row records another inode (or none): (mtime_ns, inode, uri,
    # version) for the load to write into the row (flows.ingest.load.restamp_manifest)
    restamped: list[tuple[int, int, str, int]] = field(default_factory=list)
    new_dropped: int = 0  # new inputs let go of once loaded (``drop_new``): counted in ``seen``

    @property
    def seen(self) -> int:
        return len(self.new) + self.new_dropped + self.unchanged + len(self.rejected) + len(self.deferred)

    def drop_new(self) -> None:
        """Let go of the new inputs, keeping their number (``seen``): once every batch is loaded
        and the folders recorded, a run without an archive reads them no more (200,000 inputs
        held about 250 MB through the build)."""
        self.new_dropped += len(self.new)
        self.new.clear()

    def add(self, other: Discovery) -> None:
        """Add the inputs ``other`` found (the fetched URLs and feed entries) to these."""
        self.new += other.new
        self.unchanged += other.unchanged
        self.rejected += other.rejected
        self.deferred += other.deferred


FOLDERS_TABLE_EXISTS = """
select count(*) from duckdb_tables()
where database_name = current_database() and schema_name = 'audit' and table_name = 'inbox_folders'
"""


_NEWEST_ROWS = """
select source_uri, version, size_bytes, mtime_ns, content_hash, status, reason, inode
from raw.file_manifest
{where}
qualify row_number() over (partition by source_uri order by version desc) = 1
"""


_FRAME = "dyad_inputs"  # the name under which a frame of inputs is scanned


@contextmanager
def _inputs_frame(con: duckdb.DuckDBPyConnection, columns: dict[str, list]) -> Iterator[str]:
    """``columns`` (name -> values, of equal length) scannable by ``con`` as a table for the
    block: a pandas frame, which DuckDB scans without converting value by value (a list
    parameter of 200,000 uris costs 0.4 CPU s to convert, the frame 0.05 s)."""
    import pandas as pd

    con.register(_FRAME, pd.DataFrame(columns))
    try:
        yield _FRAME
    finally:
        con.unregister(_FRAME)


def manifest_rows(con: duckdb.DuckDBPyConnection, uris: list[str] | None = None) -> dict[str, Seen]:
    """The newest manifest row of each input of ``uris`` that ``raw.file_manifest`` of ``con``
    holds (of every input for ``None``): uri -> :class:`Seen`."""
    if uris is None:
        rows = con.execute(_NEWEST_ROWS.format(where="")).fetchall()
    elif not uris:
        return {}
    else:
        with _inputs_frame(con, {"uri": list(uris)}) as frame:
            rows = con.execute(
                _NEWEST_ROWS.format(where=f"where source_uri in (select uri from {frame})")
            ).fetchall()
    return {r[0]: Seen(*r[1:]) for r in rows}


def differing_inputs(
    con: duckdb.DuckDBPyConnection, entries: tuple[list[str], list[int], list[int]]
) -> set[str]:
    """The uris of ``entries`` (uris, sizes, mtimes in ns, inodes: four lists of one length) whose
    newest row in ``raw.file_manifest`` of ``con`` records another size, mtime or inode, or that
    have none (:meth:`Manifest.differing`), compared in DuckDB: only those uris come back."""
    uris, sizes, mtimes, inodes = entries
    if not uris:
        return set()
    frame_columns = {"uri": uris, "size_bytes": sizes, "mtime_ns": mtimes, "inode": inodes}
    with _inputs_frame(con, frame_columns) as frame:
        rows = con.execute(
            f"""
            with newest as (
                select source_uri, size_bytes, mtime_ns, inode from raw.file_manifest
                where source_uri in (select uri from {frame})
                qualify row_number() over (partition by source_uri order by version desc) = 1
            )
            select e.uri from {frame} as e left join newest as m on m.source_uri = e.uri
            where m.source_uri is null or m.size_bytes is distinct from e.size_bytes
                or m.mtime_ns is distinct from e.mtime_ns or m.inode is distinct from e.inode
            """
        ).fetchall()
    return {r[0] for r in rows}


def other_inode_inputs(con: duckdb.DuckDBPyConnection, entries: tuple[list[str], list[int]]) -> set[str]:
    """The uris of ``entries`` (uris and inodes: two lists of one length) whose newest row in
    ``raw.file_manifest`` of ``con`` records another inode or none, or that have no row
    (:meth:`Manifest.other_inode`), compared in DuckDB: only those uris come back."""
    uris, inodes = entries
    if not uris:
        return set()
    with _inputs_frame(con, {"uri": uris, "inode": inodes}) as frame:
        rows = con.execute(
            f"""
            with newest as (
                select source_uri, inode from raw.file_manifest
                where source_uri in (select uri from {frame})
                qualify row_number() over (partition by source_uri order by version desc) = 1
            )
            select e.uri from {frame} as e left join newest as m on m.source_uri = e.uri
            where m.inode is null or m.inode <> e.inode
            """
        ).fetchall()
    return {r[0] for r in rows}


class ManifestReader:
    """A :attr:`Manifest.reader` that reads the warehouse through connections ``opener`` makes
    (read-only; a DuckDB file, or a lake attached at one snapshot): a call with uris (every input
    for None) returns their newest rows (:func:`manifest_rows`); :meth:`differing` and
    :meth:`other_inode` answer :meth:`Manifest.differing` and :meth:`Manifest.other_inode` in the
    warehouse (:func:`differing_inputs`, :func:`other_inode_inputs`).

    Outside a :meth:`session` each call opens a connection and closes it, so the reader holds
    nothing between the steps of a run (the load may open the same file for writing). Within one
    (discovery's), the calls share one connection, opened at the first and closed when the block
    ends: attaching a lake costs 0.2-0.3 s (its extensions and catalog), and discovery asks up to
    three questions."""

    def __init__(self, opener: Callable[[], duckdb.DuckDBPyConnection]) -> None:
        self.opener = opener
        self.held: duckdb.DuckDBPyConnection | None = None
        self.sessions = 0  # open sessions (nested ones share the connection)
        self.opened = 0  # connections opened so far

    def _through(self, query: Callable, arg):
        if self.held is not None:
            return query(self.held, arg)
        con = self.opener()
        self.opened += 1
        if self.sessions:
            self.held = con
            return query(con, arg)
        try:
            return query(con, arg)
        finally:
            con.close()

    def __call__(self, uris: list[str] | None) -> dict[str, Seen]:
        return self._through(manifest_rows, uris)

    def differing(self, entries: tuple[list[str], list[int], list[int], list[int]]) -> set[str]:
        return self._through(differing_inputs, entries)

    def other_inode(self, entries: tuple[list[str], list[int]]) -> set[str]:
        return self._through(other_inode_inputs, entries)

    @contextmanager
    def session(self) -> Iterator[None]:
        """Within the block the calls share one connection, closed when the outermost block ends."""
        self.sessions += 1
        try:
            yield
        finally:
            self.sessions -= 1
            if not self.sessions and self.held is not None:
                self.held.close()
                self.held = None


def manifest_reader(path: Path) -> ManifestReader:
    """A :class:`ManifestReader` of the warehouse file ``path``, opened read-only."""
    return ManifestReader(lambda: open_duckdb(path, read_only=True))


@contextmanager
def reading(manifest: dict) -> Iterator[None]:
    """A block in which ``manifest``'s reader (a :class:`ManifestReader`) reads through one
    connection; nothing to do for another reader or a plain dict."""
    session = getattr(getattr(manifest, "reader", None), "session", None)
    if session is None:
        yield
        return
    with session():
        yield


def load_manifest(
    con: duckdb.DuckDBPyConnection,
    files: bool = True,
    reader: Callable[[list[str] | None], dict[str, Seen]] | None = None,
) -> Manifest:
    """The newest manifest row of every input, and the folder state (:class:`Manifest`) when
    the warehouse keeps one (``audit.inbox_folders``; an older lake may not have it: then
    every folder is listed). With ``files=False`` no input is read yet: ``reader`` (default:
    reading through ``con``, which must then stay open) reads them as :meth:`Manifest.need`
    asks."""
    if files:
        manifest = Manifest(manifest_rows(con))
    else:
        manifest = Manifest(reader=reader or (lambda uris: manifest_rows(con, uris)))
    if not con.execute(FOLDERS_TABLE_EXISTS).fetchone()[0]:
        return manifest
    folders = con.execute(
        """
        select folder_uri, mtime_ns, inode, entries, status from audit.inbox_folders
        qualify row_number() over (partition by folder_uri order by recorded_at desc) = 1
        """
    ).fetchall()
    manifest.folders = {r[0]: Folder(*r) for r in folders if r[4] != "gone"}
    (manifest.runs_since_full_scan,) = con.execute(
        """
        with last_full as (
            select max(r.started_at) as started_at
            from audit.runs r join audit.inbox_folders f on f.run_id = r.run_id
            where f.full_scan
        )
        select case when (select started_at from last_full) is not null then (
            select count(*) from audit.runs
            where status = 'published' and started_at > (select started_at from last_full)
        ) end
        """
    ).fetchone()
    return manifest


def display_uri(path: Path) -> str:
    """Paths under the project root are stored relative to it (``seeds/000.txt``), others absolute."""
    resolved = path.absolute()
    try:
        return printable(str(resolved.relative_to(PROJECT_ROOT)))
    except ValueError:
        return printable(str(resolved))


def printable(name: str) -> str:
    """A file name as text any table can store: bytes that are not UTF-8 (kept by Python as lone
    surrogates) are written ``\\xff``; the same name always gives the same text."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _prefix(folder: str) -> str:
    """``folder`` ready for its entries' names to be appended: ``os.path.join(folder, name)`` is
    ``_prefix(folder) + name`` for a name without a separator (what a listing gives)."""
    return folder if not folder or folder.endswith(os.sep) else folder + os.sep


def _same_rejection(prev: Seen | None, reason: str, size: int | None, mtime_ns: int | None) -> bool:
    """The input was rejected last time for this reason, in this state: nothing to record again."""
    return (
        prev is not None
        and prev.status == "rejected"
        and prev.reason == reason
        and prev.size_bytes == size
        and prev.mtime_ns == mtime_ns
    )


def _fits_now(prev: Seen, size: int, max_bytes: int) -> bool:
    """The input was rejected as too large and fits the limit now (``max_file_bytes`` raised):
    it is read again, as a changed input."""
    return (prev.reason or "").startswith("too large") and size <= max_bytes


def _children(folders: dict[str, Folder]) -> dict[str, list[str]]:
    """Folder uri -> the uris of its subfolders known from the last listings."""
    out: dict[str, list[str]] = {}
    for uri in folders:
        out.setdefault(os.path.dirname(uri), []).append(uri)
    return out


@dataclass(slots=True)
class _Listing:
    """A folder being listed: what its :class:`Folder` row will say once its entries are sorted."""

    uri: str
    mtime_ns: int
    inode: int
    relist: bool
    entries: int = 0

    def folder(self) -> Folder:
        return Folder(
            self.uri, self.mtime_ns, self.inode, self.entries, "relist" if self.relist else "listed"
        )


def _probe(path: str) -> tuple[os.stat_result | None, str | None]:
    """(the entry's stat, None), or (None, why it cannot be read). A broken symlink is stat-ed
    as itself (it is reported as a broken link, unreadable)."""
    try:
        return os.stat(path), None
    except FileNotFoundError:
        try:
            return os.lstat(path), None
        except OSError as exc:
            return None, f"unreadable: {exc.strerror}"
    except OSError as exc:  # a symlink loop, no permission, ...
        return None, f"unreadable: {exc.strerror}"


def _stat_item(uri: str, path: str, st: os.stat_result) -> InputItem:
    """The input at ``path`` (``uri``) with the size, mtime and inode of its ``os.stat``."""
    return InputItem(
        uri, kind_of(uri), path=path, size_bytes=st.st_size, mtime_ns=st.st_mtime_ns, inode=st.st_ino
    )


def _regular_file(entry: os.DirEntry) -> bool:
    """Whether the listing says ``entry`` is a regular file (not a symlink), without a stat on
    filesystems that give the entry's type (False when it cannot tell)."""
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def discover(
    inboxes: list[Path],
    manifest: dict[str, Seen],
    max_bytes: int,
    settle_seconds: float = 0.0,
    now_ns: int | None = None,
    full_scan: bool = True,
    exclude: Sequence[Path] = (),
    keep_unchanged: bool = False,
    retry_rejected: bool = False,
) -> Discovery:
    """Walk the inboxes (recursively, hidden entries skipped, symlinked folders listed but not
    entered) and sort every entry into new, unchanged, rejected or deferred, by size and mtime
    against the manifest (one stat per entry of each folder listed).

    Without ``full_scan``, a folder whose mtime and inode are those ``manifest.folders`` holds
    (a :class:`Manifest`) is not listed: its entries count as unchanged and its known subfolders
    are visited; in a folder that is listed, a regular file (as the listing tells, without a stat)
    whose inode is the one its manifest row records counts as unchanged without a stat
    (:meth:`Manifest.other_inode`; not with ``keep_unchanged``, whose files need their stat). With
    ``full_scan`` (or a plain dict as manifest) every folder is listed and every entry stat-ed.
    ``Discovery.folders`` holds the state to record of each folder listed, and of each known
    folder that is gone. Folders under ``exclude`` (the archive) are never entered.
    ``keep_unchanged``: ``Discovery.kept`` lists the unchanged files of the folders listed.

    The folders are listed and their entries stat-ed first; then the entries whose size and
    mtime differ from their manifest row, or that have none, are found at once
    (:meth:`Manifest.differing`, in the warehouse when it can), the manifest rows of those only
    are read (:meth:`Manifest.need`; every row in a full scan) and the entries sorted, so a run
    reads the manifest rows of what changed in the folders it lists, not all of them.

    An entry rejected before reading (unreadable, not a regular file, too large) is recorded
    once: while it keeps its state (same reason, size and mtime) it counts as unchanged. A file
    rejected as too large that fits ``max_bytes`` now is read again when its folder is listed
    entry by entry (a full scan); with ``retry_rejected`` (a full scan) every input recorded as
    rejected is read again. A file
    modified less than ``settle_seconds`` before ``now_ns`` (default: now) may still be being
    written: it is deferred (left for a later run, not recorded in the manifest). The manifest's
    questions share one connection to the warehouse (:func:`reading`)."""
    with reading(manifest):
        return _discover(
            inboxes,
            manifest,
            max_bytes,
            settle_seconds,
            now_ns,
            full_scan or retry_rejected,
            exclude,
            keep_unchanged,
            retry_rejected,
        )


def _discover(
    inboxes: list[Path],
    manifest: dict[str, Seen],
    max_bytes: int,
    settle_seconds: float,
    now_ns: int | None,
    full_scan: bool,
    exclude: Sequence[Path],
    keep_unchanged: bool,
    retry_rejected: bool = False,
) -> Discovery:
    found = Discovery(full_scan=full_scan)
    now_ns = time.time_ns() if now_ns is None else now_ns
    known = {} if full_scan else getattr(manifest, "folders", {})
    subfolders = _children(getattr(manifest, "folders", {}))
    excluded = {os.path.abspath(p) for p in exclude}
    news: list[tuple[tuple[str, ...], InputItem]] = []
    rejects: list[tuple[tuple[str, ...], InputItem, str]] = []
    defers: list[tuple[tuple[str, ...], InputItem, str]] = []

    def reject(parts, item: InputItem, reason: str, prev: Seen | None) -> None:
        if _same_rejection(prev, reason, item.size_bytes, item.mtime_ns):
            found.unchanged += 1
        else:
            rejects.append((parts, item, reason))

    def entry(path: str, parts: tuple, uri: str, st: os.stat_result | None, err: str | None) -> bool:
        """Sort one entry (its stat, or why it cannot be read); returns whether it is deferred."""
        prev = manifest.get(uri)
        if st is None:
            reject(parts, InputItem(uri, kind_of(uri)), err, prev)
            return False
        if stat.S_ISDIR(st.st_mode):  # only folders named like article files are entries
            reject(
                parts,
                InputItem(uri, kind_of(uri)),
                "not a file: a directory named like an article file",
                prev,
            )
            return False
        if (
            prev
            and prev.size_bytes == st.st_size
            and prev.mtime_ns == st.st_mtime_ns
            and not (prev.status == "rejected" and (retry_rejected or _fits_now(prev, st.st_size, max_bytes)))
        ):
            found.unchanged += 1
            if prev.inode != st.st_ino:  # recorded before rows held inodes, or copied with its mtime
                found.restamped.append((st.st_mtime_ns, st.st_ino, uri, prev.version))
            if keep_unchanged and stat.S_ISREG(st.st_mode):
                found.kept.append(_stat_item(uri, path, st))
            return False
        item = _stat_item(uri, path, st)
        if stat.S_ISLNK(st.st_mode):  # stat-ed as itself: its target is not there
            reject(parts, item, "unreadable: a broken symbolic link (its target does not exist)", prev)
        elif not stat.S_ISREG(st.st_mode):
            reject(parts, item, "not a regular file", prev)
        elif st.st_size > max_bytes:
            reject(
                parts, item, f"too large: {st.st_size} bytes > limit {max_bytes} (DYAD_MAX_FILE_BYTES)", prev
            )
        elif abs(now_ns - st.st_mtime_ns) < settle_seconds * 1e9:
            age = (now_ns - st.st_mtime_ns) / 1e9
            why = f"still being written: modified {age:.1f} s ago (settle_seconds = {settle_seconds:g})"
            defers.append((parts, item, why))
            return True
        else:
            news.append((parts, item))
        return False

    listed: list[Folder | _Listing] = []  # in walk order: folders listed, to relist, gone
    pending: list[tuple[_Listing | None, str, tuple, str, os.stat_result | None, str | None]] = []
    # regular files not stat-ed yet, with the inode the listing gives: those whose manifest row
    # records that inode are unchanged, the others are stat-ed (only a Manifest can tell)
    by_inode = not full_scan and not keep_unchanged and hasattr(manifest, "other_inode")
    unstated: list[tuple[_Listing, str, tuple, list[str], list[str], list[int]]] = []

    def gone(uri: str) -> None:
        """``uri`` (a known folder) and every folder known under it are no longer there."""
        stack = [uri]
        while stack:
            u = stack.pop()
            listed.append(Folder(u, None, None, 0, "gone"))
            stack.extend(subfolders.get(u, ()))

    scan_start = time.time_ns()
    for n, inbox in enumerate(inboxes):
        shown = display_uri(inbox)
        root = str(inbox)
        if os.path.isfile(root):
            pending.append((None, root, (n,), shown, *_probe(root)))
            continue
        stack: list[tuple[str, tuple, str]] = [(root, (n,), shown)]
        while stack:
            folder, parts, uri = stack.pop()
            if os.path.abspath(folder) in excluded:
                continue
            try:
                fst = os.stat(folder)  # before listing: a change while listing shows next time
            except OSError:
                continue
            prev = known.get(uri)
            if (
                prev
                and prev.status == "listed"
                and (prev.mtime_ns, prev.inode) == (fst.st_mtime_ns, fst.st_ino)
            ):
                found.unchanged += prev.entries
                found.folders_skipped += 1
                for child in sorted(subfolders.get(uri, ()), reverse=True):
                    name = os.path.basename(child)
                    stack.append((os.path.join(folder, name), (*parts, name), child))
                continue
            try:
                with os.scandir(folder) as it:
                    listing_entries = [e for e in it if not e.name.startswith(".")]
            except OSError:  # gone since, or no permission: to be listed again next time
                listed.append(Folder(uri, None, None, 0, "relist"))
                continue
            listing = _Listing(
                uri, fst.st_mtime_ns, fst.st_ino, fst.st_mtime_ns >= scan_start - RACY_SECONDS * 1e9
            )
            listed.append(listing)
            dirs = []
            path_prefix, uri_prefix = _prefix(folder), _prefix(uri)
            if by_inode:  # the regular files: their inodes are compared with the manifest first
                kinds = [_regular_file(e) for e in listing_entries]
                files = list(compress(listing_entries, kinds))
                if files:
                    names = [e.name for e in files]
                    uris = [uri_prefix + (n if n.isascii() else printable(n)) for n in names]
                    unstated.append((listing, path_prefix, parts, names, uris, [e.inode() for e in files]))
                    listing_entries = [
                        e for e, regular in zip(listing_entries, kinds, strict=True) if not regular
                    ]
            for name in sorted(e.name for e in listing_entries):
                path = path_prefix + name
                shown_name = name if name.isascii() else printable(name)
                # the path itself when the uri spells it (one string per input, not two)
                child_uri = (
                    path if shown_name == name and uri_prefix == path_prefix else uri_prefix + shown_name
                )
                st, err = _probe(path)
                is_dir = st is not None and stat.S_ISDIR(st.st_mode)
                if is_dir and not os.path.islink(path):  # symlinked folders are listed, not entered
                    dirs.append((name, child_uri))
                    listing.relist |= shown_name != name  # not UTF-8: cannot be found again from its uri
                if is_dir and os.path.splitext(path)[1].lower() not in ARTICLE_SUFFIXES:
                    continue  # a folder, not an input
                pending.append((listing, path, (*parts, name), child_uri, st, err))
            present = {u for _n, u in dirs}
            for child in subfolders.get(uri, ()):
                if child not in present:
                    gone(child)
            for name, child_uri in reversed(dirs):
                stack.append((os.path.join(folder, name), (*parts, name), child_uri))

    if unstated:
        stale = manifest.other_inode(
            [u for entry in unstated for u in entry[4]], [i for entry in unstated for i in entry[5]]
        )
        for listing, path_prefix, parts, names, uris, _inodes in unstated:
            restat = [(name, uri) for name, uri in zip(names, uris, strict=True) if uri in stale]
            found.unchanged += len(names) - len(restat)
            listing.entries += len(names) - len(restat)
            for name, uri in sorted(restat):
                pending.append(
                    (listing, path_prefix + name, (*parts, name), uri, *_probe(path_prefix + name))
                )
    need = getattr(manifest, "need", None)
    differing = getattr(manifest, "differing", None)
    same: set[str] = set()  # entries whose size and mtime are those of their manifest row
    if need is not None and full_scan:
        need(None)  # every row: a full scan stats every entry anyway
    elif differing is not None:  # which entries changed, at once; then the rows of those only
        uris, sizes, mtimes, inodes = [], [], [], []
        for p in pending:
            st = p[4]
            if st is not None and not stat.S_ISDIR(st.st_mode):
                uris.append(p[3])
                sizes.append(st.st_size)
                mtimes.append(st.st_mtime_ns)
                inodes.append(st.st_ino)
        changed = differing(uris, sizes, mtimes, inodes)
        same = set(uris).difference(changed)
        need([p[3] for p in pending if p[3] not in same])
    elif need is not None:
        need([p[3] for p in pending])
    for listing, path, parts, uri, st, err in pending:
        if uri in same:  # as entry() finds an input of the manifest's size and mtime
            found.unchanged += 1
            if keep_unchanged and stat.S_ISREG(st.st_mode):
                found.kept.append(_stat_item(uri, path, st))
            deferred = False
        else:
            deferred = entry(path, parts, uri, st, err)
        if listing is not None:
            listing.entries += 1
            listing.relist |= deferred

    found.folders = [f.folder() if isinstance(f, _Listing) else f for f in listed]
    found.new = [item for _p, item in sorted(news, key=lambda e: e[0])]
    found.rejected = [(item, why) for _p, item, why in sorted(rejects, key=lambda e: e[0])]
    found.deferred = [(item, why) for _p, item, why in sorted(defers, key=lambda e: e[0])]
    return found


FOLDERS = "audit.inbox_folders"


def folder_rows(found: Discovery, results: Iterable, run_id: str, now: datetime) -> list[dict]:
    """The rows of ``audit.inbox_folders`` for what ``found`` listed, once the run parsed
    ``results`` (``ParseResult``s): a folder holding an input that was not recorded (deferred
    while being read, or never parsed) is to be listed again."""
    recorded = {r.item.source_uri for r in results if not r.deferred}
    unrecorded = {os.path.dirname(i.source_uri) for i in found.new if i.source_uri not in recorded}
    rows = []
    for f in found.folders:
        status = "relist" if f.status == "listed" and f.uri in unrecorded else f.status
        rows.append(
            {
                "folder_uri": f.uri,
                "mtime_ns": f.mtime_ns,
                "inode": f.inode,
                "entries": f.entries,
                "status": status,
                "full_scan": found.full_scan,
                "run_id": run_id,
                "recorded_at": now,
            }
        )
    return rows


def record_folders(
    con: duckdb.DuckDBPyConnection, found: Discovery, results: Iterable, run_id: str, now: datetime
) -> int:
    """Append the folder rows of this run (:func:`folder_rows`) to ``audit.inbox_folders`` of
    ``con``'s warehouse, published with the run's other rows; returns how many."""
    from flows import schema
    from flows.ingest.load import insert_rows

    rows = folder_rows(found, results, run_id, now)
    insert_rows(con, schema.table(FOLDERS), rows)
    return len(rows)


def _archive_name(target: str) -> str:
    """``target``, or ``name~2.txt``, ``name~3.txt`` ... beside it: the first that does not exist."""
    stem, suffix = os.path.splitext(target)
    candidate, n = target, 1
    while os.path.lexists(candidate):
        n += 1
        candidate = f"{stem}~{n}{suffix}"
    return candidate


def archive_inputs(
    found: Discovery, results: Iterable, inboxes: Sequence[Path], archive_dir: Path
) -> tuple[int, list[str]]:
    """Move into ``archive_dir`` the inbox files a published run recorded: the ones it read
    (``results``, ``ParseResult``s; not those deferred), rejected before reading, or found
    unchanged (``found.kept``). Each keeps its path relative to its inbox (a name taken in the
    archive gets ``~2``, ``~3`` ... before its suffix); a file whose size or mtime changed since
    it was seen stays (the next run reads it). Only to be called after the run published: a file
    moved is one the published warehouse holds. Returns (files moved, problems: one line each
    for files that could not be moved, which stay where they are)."""
    recorded = {r.item.source_uri for r in results if not r.deferred}
    items = [i for i in found.new if i.source_uri in recorded]
    items += [i for i, _why in found.rejected] + found.kept
    roots = [(os.path.abspath(p), os.path.isfile(p)) for p in inboxes]
    moved, problems = 0, []
    for item in items:
        if item.path is None or item.size_bytes is None:
            continue
        src = os.path.abspath(item.path)
        rel = next(
            (
                os.path.basename(src) if is_file else os.path.relpath(src, root)
                for root, is_file in roots
                if (src == root if is_file else src.startswith(root + os.sep))
            ),
            None,
        )
        if rel is None:
            continue
        try:
            st = os.stat(src)
        except OSError:
            continue  # gone or unreadable since: nothing to move
        if stat.S_ISDIR(st.st_mode) or (st.st_size, st.st_mtime_ns) != (item.size_bytes, item.mtime_ns):
            continue
        target = os.path.join(archive_dir, rel)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.rename(src, _archive_name(target))
            moved += 1
        except OSError as exc:
            problems.append(f"{item.source_uri}: not archived: {exc.strerror or exc}")
    return moved, problems
