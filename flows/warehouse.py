"""The DuckDB warehouse: raw and audit tables, the working copy, the writer lock, publishing.

Write-audit-publish: a run writes a second file beside the published one and only after the
audit passes replaces the published file with ``os.replace`` (an atomic rename on one
filesystem). Readers holding the old file keep their consistent view; a failed run leaves the
published file untouched. A DuckDB-file run writes its standby (``flows/warehouses/standby.py``,
which uses the checks and copies here); :func:`prepare_working_copy` and :func:`publish` make
and publish a plain working copy.

A symlinked warehouse path is resolved: the run locks, copies and replaces the link's target
(the working copy lives on the target's filesystem), and the link stays a link. Publishing is
refused while another process has the published file open for writing or a write-ahead log lies
beside it (swapping the file in would let readers replay that log onto the new file). A full
disk is reported as :class:`NoSpace`, naming the path and the filesystem.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import shutil
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from flows.schema import added_columns, load_seq_tables
from flows.schema import ddl as schema_ddl

RAW_DDL = schema_ddl()  # the raw and audit tables of flows/schema.py


def open_duckdb(
    database: str | Path = ":memory:", *, read_only: bool = False, config: dict[str, str] | None = None
) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection as Dyad opens every one: ``duckdb.connect`` without the progress bar.

    DuckDB draws a progress bar on stdout for any statement slower than two seconds, also when
    stdout is a pipe or a file, where it would be mixed into query results a user or a worker
    reads. It is a per-connection setting (``enable_progress_bar``; ``connect(config=...)`` refuses
    it), so it is set here once for all of them.
    """
    con = duckdb.connect(str(database), read_only=read_only, config=config or {})
    con.execute("set enable_progress_bar = false")
    return con


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    return open_duckdb(path, read_only=read_only)


LOAD_SEQ_TABLES = load_seq_tables()
# Raw columns added after warehouses and lakes were first written with their table: (table, column, type).
ADDED_RAW_COLUMNS = added_columns()


def ensure_raw_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(RAW_DDL)
    for table in LOAD_SEQ_TABLES:  # warehouses written before loads were numbered
        con.execute(f"alter table raw.{table} add column if not exists load_seq bigint default 0")
    add_token_context(con)
    # columns added since: warehouses written before them get them (NULL in the old rows)
    for table, column, type_ in ADDED_RAW_COLUMNS:
        con.execute(f"alter table raw.{table} add column if not exists {column} {type_}")
    _drop_raw_primary_keys(con)


# Filling the token columns added later from the article bodies. Slicing the body by offset costs
# time proportional to the offset, so this runs once per warehouse, for the rows written before.
_TOKEN_CONTEXT_BACKFILL = """
update raw.tokens as t
set char_before = x.char_before, gap_after = x.gap_after
from (
    select
        tokens.article_id,
        tokens.token_idx,
        case when tokens.char_start = 0 then '' else substr(articles.body, tokens.char_start, 1) end
            as char_before,
        substr(
            articles.body,
            tokens.char_end + 1,
            coalesce(
                lead(tokens.char_start) over (partition by tokens.article_id order by tokens.token_idx),
                length(articles.body)
            ) - tokens.char_end
        ) as gap_after
    from raw.tokens as tokens
    inner join raw.articles as articles on tokens.article_id = articles.article_id
    where tokens.gap_after is null
) as x
where t.article_id = x.article_id and t.token_idx = x.token_idx
"""


def add_token_context(con: duckdb.DuckDBPyConnection) -> None:
    """Give ``raw.tokens`` of a warehouse written before they existed the ``char_before`` and
    ``gap_after`` columns, filled from ``raw.articles.body``; nothing when they are there."""
    present = {
        r[0]
        for r in con.execute(
            "select column_name from information_schema.columns where table_catalog = current_database() "
            "and table_schema = 'raw' and table_name = 'tokens'"
        ).fetchall()
    }
    if {"char_before", "gap_after"} <= present:
        return
    con.execute("alter table raw.tokens add column if not exists char_before varchar")
    con.execute("alter table raw.tokens add column if not exists gap_after varchar")
    con.execute(_TOKEN_CONTEXT_BACKFILL)


def _drop_raw_primary_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Warehouses written when raw tables had primary keys: DuckDB cannot drop a key, so each
    keyed table is copied once into its unkeyed form (same columns, same rows)."""
    keyed = [
        r[0]
        for r in con.execute(
            "select distinct table_name from duckdb_constraints() "
            "where database_name = current_database() and schema_name = 'raw' "
            "and constraint_type = 'PRIMARY KEY' order by 1"
        ).fetchall()
    ]
    if not keyed:
        return
    con.execute("begin transaction")
    try:
        for table in keyed:
            con.execute(f"alter table raw.{table} rename to {table}__keyed")
        con.execute(RAW_DDL)
        for table in keyed:
            con.execute(f"insert into raw.{table} by name select * from raw.{table}__keyed")
            con.execute(f"drop table raw.{table}__keyed")
        con.execute("commit")
    except Exception:
        rollback(con)
        raise


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back after a failed statement, keeping the failure that matters.

    A failed ``commit`` (a full disk, say) has already ended the transaction, and a second error
    ("cannot rollback - no transaction is active") would hide the real cause."""
    with contextlib.suppress(duckdb.Error):
        con.execute("rollback")


def resolved(path: Path) -> Path:
    """The file a (possibly symlinked) warehouse path names: links are followed, also a link whose
    target does not exist yet (the first run creates the target)."""
    return Path(os.path.realpath(path))


# ------------------------------------------------------------------------------ the writer lock


class WarehouseBusy(RuntimeError):
    """Another run holds the writer lock, or another process is writing to the published file."""


# Lock descriptors this process holds, by the pid that opened them. A forked child (a parse
# worker) closes its inherited copies at once: a flock belongs to the open file, so a child that
# kept the descriptor would keep the warehouse locked after its parent was killed. Closing a
# copy does not unlock the parent's.
_HELD_LOCKS: dict[int, int] = {}


def _drop_inherited_locks() -> None:
    for fd, owner in list(_HELD_LOCKS.items()):
        if owner != os.getpid():
            with contextlib.suppress(OSError):
                os.close(fd)
            del _HELD_LOCKS[fd]


os.register_at_fork(after_in_child=_drop_inherited_locks)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _describe_pid(pid: int) -> str:
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return f"pid {pid}"
    return f"pid {pid}: {cmd.strip()[:160]}" if cmd.strip() else f"pid {pid}"


def processes_with_open(path: Path) -> list[int]:
    """Pids of the processes (other than this one) that have ``path`` open (Linux ``/proc``; an
    empty list where that cannot be read)."""
    try:
        target = os.stat(path)
    except OSError:
        return []
    pids = []
    for proc in Path("/proc").glob("[0-9]*"):
        pid = int(proc.name)
        if pid == os.getpid():
            continue
        try:
            for fd in (proc / "fd").iterdir():
                try:
                    st = os.stat(fd)
                except OSError:
                    continue
                if (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino):
                    pids.append(pid)
                    break
        except OSError:
            continue
    return pids


@contextmanager
def writer_lock(
    warehouse: Path, wait: float = 0.0, notify: Callable[[str], object] | None = None
) -> Iterator[Path]:
    """One writer per warehouse: an exclusive lock on ``<warehouse>.lock`` (beside the symlink's
    target when ``warehouse`` is a link, so every path to one file shares one lock).

    The kernel releases the lock when the process dies, so a killed run never leaves it stale:
    the descriptor is not inherited by programs the run starts, and forked children close it.
    ``wait``: seconds to wait for another run holding it to end (polled twice a second;
    ``notify`` is told once, with the holder named, that the run waits). Raises :class:`WarehouseBusy` naming the holder when
    another run still has it then.
    """
    warehouse = resolved(warehouse)
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    _HELD_LOCKS[fd] = os.getpid()
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(_busy_message(warehouse, lock_path, fd)) from None
                if not told and notify is not None:
                    told = True
                    notify(
                        f"waiting up to {wait:.0f} s for it to end: {_busy_message(warehouse, lock_path, fd)}"
                    )
                time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"pid": os.getpid()}).encode(), 0)
        yield lock_path
    finally:
        if _HELD_LOCKS.pop(fd, None) is not None:  # not already closed in a forked child
            os.close(fd)


def _busy_message(warehouse: Path, lock_path: Path, fd: int) -> str:
    recorded = os.pread(fd, 200, 0).decode(errors="replace").strip()
    try:
        pid = int(json.loads(recorded)["pid"])
    except (ValueError, KeyError, TypeError):
        pid = None
    if pid is not None and _pid_alive(pid):
        return (
            f"another Dyad run is writing to {warehouse} ({_describe_pid(pid)}); this run did not "
            "start. Try again when it has finished."
        )
    holders = ", ".join(_describe_pid(p) for p in processes_with_open(lock_path)) or "unknown processes"
    return (
        f"{lock_path} is held by {holders}, left over from a run (pid {pid}) that has exited; this "
        "run did not start. Stop those processes and run again."
    )


class WorkerWatch:
    """Makes a worker process exit when the process that started it dies (``kill -9`` included).

    ``parent`` is the pid of the process that starts the workers, taken there (``os.getpid()``)
    and passed to the worker (the parent a worker finds when it starts may already be another
    process, if the first died meanwhile); call :meth:`start` in the worker (a pool initializer):
    it exits at once if its parent is already gone, else a daemon thread checks the parent pid
    every ``interval`` seconds."""

    def __init__(self, parent: int, interval: float = 0.5) -> None:
        self.parent = parent
        self.interval = interval

    def start(self) -> None:
        parent = self.parent
        if os.getppid() != parent:
            os._exit(1)

        def watch() -> None:
            while True:
                if os.getppid() != parent:
                    os._exit(1)
                threading.Event().wait(self.interval)

        threading.Thread(target=watch, name="dyad-parent-watch", daemon=True).start()


# -------------------------------------------------------------------------------- a full disk


class NoSpace(RuntimeError):
    """The filesystem of the warehouse (or of its working copy) is full."""


def is_disk_full(exc: BaseException | None) -> bool:
    """True when ``exc`` (or an exception it was raised from) is an out-of-space error of the OS
    or of DuckDB."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, NoSpace):
            return True
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(exc, duckdb.Error) and "no space left on device" in str(exc).lower():
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _mount_of(path: Path) -> tuple[str, str]:
    """(mount point, device) of the filesystem holding ``path``."""
    p = Path(os.path.abspath(path))
    while not p.exists() and p != p.parent:
        p = p.parent
    while not os.path.ismount(p) and p != p.parent:
        p = p.parent
    device = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/mounts").read_text().splitlines():
            parts = line.split()
            if len(parts) > 2 and parts[1].replace("\\040", " ") == str(p):
                device = parts[0]  # the last mount on a point is the visible one
    return str(p), device


def no_space(
    path: Path,
    doing: str,
    cause: BaseException | None = None,
    outcome: str = "nothing was published and this run's files were removed",
) -> NoSpace:
    """A :class:`NoSpace` error naming ``path``, its filesystem (device, mount point, size), the
    failing write ``cause`` reported (which names the exact file) and the ``outcome``."""
    mount, device = _mount_of(path)
    try:
        size = f", {shutil.disk_usage(mount).total:,} bytes"
    except OSError:
        size = ""
    detail = f": {str(cause).splitlines()[0]}" if cause is not None and str(cause) else ""
    return NoSpace(
        f"no space left on {device} (mounted at {mount}{size}) while {doing} {path}{detail}"
        + (f"; {outcome}" if outcome else "")
    )


# ------------------------------------------------------------------ working copy and publishing


class WarehouseInUse(WarehouseBusy):
    """Another process has the published file open for writing, or left a write-ahead log beside
    it: a run neither starts from it nor replaces it."""


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


_FLOCK = "hhqqi4x"  # struct flock on Linux (64-bit): type, whence, start, len, pid


def _write_lock_holder(fd: int) -> int | None:
    """The pid holding a write lock on the open file ``fd`` (DuckDB holds one for as long as a
    read-write connection is open), 0 when it cannot be told, None when there is none."""
    try:
        got = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(_FLOCK, fcntl.F_RDLCK, os.SEEK_SET, 0, 0, 0))
    except OSError:
        return None
    l_type, _, _, _, pid = struct.unpack(_FLOCK, got)
    return None if l_type == fcntl.F_UNLCK else pid


def _check_not_written(published: Path, fd: int | None, doing: str) -> None:
    """Raise :class:`WarehouseInUse` when another process writes to ``published`` or its
    write-ahead log exists."""
    wal = _wal(published)
    writer = _write_lock_holder(fd) if fd is not None else None
    if writer is not None:
        who = _describe_pid(writer) if writer else "another process"
        raise WarehouseInUse(
            f"{published} is open for writing by {who}: its changes may not be in the file yet, so "
            f"{doing} now could lose or mix them, and nothing was published. Close that connection "
            "(readers should open the warehouse read-only) and run again."
        )
    if wal.exists():
        who = ", ".join(_describe_pid(p) for p in processes_with_open(wal))
        raise WarehouseInUse(
            f"{wal} lies beside the published warehouse: a process wrote to {published} directly"
            + (f" ({who})" if who else " and did not close it")
            + f"; its changes are not in the file itself, so {doing} now would mix or lose them "
            "and nothing was published. Open the warehouse read-write once with DuckDB and run "
            "CHECKPOINT to keep those changes (or remove the .wal to drop them), then run again."
        )


@contextmanager
def _held_unwritten(published: Path, doing: str) -> Iterator[None]:
    """While the block runs, no DuckDB process can open ``published`` for writing (a shared lock),
    and none had it open or left a write-ahead log. Readers are not disturbed."""
    if not published.exists():
        _check_not_written(published, None, doing)
        yield
        return
    fd = os.open(published, os.O_RDONLY | os.O_CLOEXEC)
    try:
        try:
            fcntl.fcntl(fd, fcntl.F_SETLK, struct.pack(_FLOCK, fcntl.F_RDLCK, os.SEEK_SET, 0, 0, 0))
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise
        _check_not_written(published, fd, doing)
        yield
    finally:
        # Closing drops this process's locks on the file; after a swap that file is no longer
        # the published one.
        os.close(fd)


def check_unwritten(path: Path) -> None:
    """Raise :class:`WarehouseInUse` at once when another process has the published warehouse
    ``path`` (a symlink's target) open for writing or left a write-ahead log beside it: what a run
    would refuse when it copies or publishes the file, told before the run starts anything."""
    with _held_unwritten(Path(os.path.realpath(path)), "copying it"):
        pass


def _identity(path: Path) -> tuple[int, int, int] | None:
    """(inode, size, mtime in ns) of a file, None when it does not exist."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass(frozen=True)
class WorkingCopy:
    path: Path
    published: Path  # the file replaced at publishing: a symlinked path's target
    copied_from: tuple[int, int, int] | None = None  # identity of the published file when copied


def require_one_filesystem(work_dir: Path, published: Path) -> None:
    """Create ``work_dir`` and the folder of ``published``; ``ValueError`` when they lie on two
    filesystems (publishing renames a file of ``work_dir`` over ``published``)."""
    work_dir.mkdir(parents=True, exist_ok=True)
    published.parent.mkdir(parents=True, exist_ok=True)
    if os.stat(work_dir).st_dev != os.stat(published.parent).st_dev:
        raise ValueError(
            f"the working directory {work_dir} is not on the filesystem of {published}: publishing "
            "renames the working copy over the published file, which needs one filesystem"
        )


def copy_whole(published: Path, target: Path) -> int:
    """Copy ``published`` to a new file ``target`` (and no ``.wal``); returns the bytes copied.
    Raises :class:`NoSpace` (leaving no ``target``) when the copy does not fit."""
    for p in (target, _wal(target)):
        p.unlink(missing_ok=True)
    size = published.stat().st_size
    if shutil.disk_usage(target.parent).free < size:
        raise no_space(target.parent, f"copying {published} ({size:,} bytes) to")
    try:
        shutil.copy2(published, target)
    except OSError as exc:
        target.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise no_space(target, f"copying {published} to", exc) from exc
        raise
    return size


def checkpoint_alone(path: Path) -> None:
    """Checkpoint the DuckDB file ``path`` so that it holds everything without its ``.wal``
    (removed); RuntimeError when a ``.wal`` with content stays."""
    con = connect(path)
    try:
        con.execute("checkpoint")
    finally:
        con.close()
    wal = _wal(path)
    if wal.exists() and wal.stat().st_size > 0:
        raise RuntimeError(f"{path} still has a write-ahead log after checkpoint: {wal}")
    wal.unlink(missing_ok=True)


def fsync_dir(path: Path) -> None:
    """Make the renames in the folder ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def prepare_working_copy(published: Path, work_dir: Path) -> WorkingCopy:
    """Copy the published warehouse (if any) to a fresh working file and make sure raw tables exist.

    ``published`` may be a symlink: its target is copied and later replaced. ``work_dir`` must be
    on the target's filesystem (``Settings.work_dir`` is). Raises :class:`WarehouseInUse` when
    another process writes to the published file, :class:`NoSpace` (leaving nothing behind) when
    the working copy does not fit, ``ValueError`` when ``work_dir`` is on another filesystem.
    """
    published = resolved(published)
    require_one_filesystem(work_dir, published)
    work = work_dir / published.name
    discard(WorkingCopy(work, published))  # what a killed run left
    with _held_unwritten(published, "copying it"):
        copied_from = _identity(published)
        if published.exists():
            copy_whole(published, work)
    try:
        con = connect(work)
        try:
            ensure_raw_schema(con)
        finally:
            con.close()
    except Exception as exc:
        discard(WorkingCopy(work, published))
        if is_disk_full(exc):
            raise no_space(work, "preparing", exc) from exc
        raise
    return WorkingCopy(work, published, copied_from)


def publish(copy: WorkingCopy) -> None:
    """Checkpoint the working copy and atomically rename it over the published file.

    Raises :class:`WarehouseInUse` (the published file is left as it was) when another process
    has the published file open for writing, a ``.wal`` lies beside it, or the file changed since
    the working copy was taken from it."""
    checkpoint_alone(copy.path)
    published = resolved(copy.published)
    published.parent.mkdir(parents=True, exist_ok=True)
    with _held_unwritten(published, "publishing"):
        check_unchanged(published, copy)
        os.replace(copy.path, published)
    fsync_dir(published.parent)


def check_unchanged(published: Path, copy: WorkingCopy) -> None:
    """:class:`WarehouseInUse` when ``published`` is not the file ``copy`` was taken from."""
    if copy.copied_from is not None and _identity(published) != copy.copied_from:
        raise WarehouseInUse(
            f"{published} was changed by another process after this run copied it; publishing "
            "would drop that change, so nothing was published. Run again to build on it."
        )


def discard(copy: WorkingCopy) -> None:
    """Remove the working copy, its write-ahead log and spill files, and staged parse output."""
    for p in (copy.path, _wal(copy.path)):
        p.unlink(missing_ok=True)
    for d in (copy.path.with_name(copy.path.name + ".tmp"), *copy.path.parent.glob("stage-*")):
        shutil.rmtree(d, ignore_errors=True)
