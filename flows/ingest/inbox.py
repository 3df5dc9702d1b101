"""Discover what is new in the inbox, against the manifest of what was already seen."""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from flows.ingest.documents import HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, InputItem, kind_of
from flows.settings import PROJECT_ROOT

ARTICLE_SUFFIXES = {".txt", ".text", *HTML_SUFFIXES, *JSON_SUFFIXES, *JSONL_SUFFIXES}


@dataclass(frozen=True, slots=True)
class Seen:
    version: int
    size_bytes: int | None
    mtime_ns: int | None
    content_hash: str | None
    status: str
    reason: str | None = None


@dataclass
class Discovery:
    new: list[InputItem] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[tuple[InputItem, str]] = field(default_factory=list)
    deferred: list[tuple[InputItem, str]] = field(default_factory=list)  # left for the next run

    @property
    def seen(self) -> int:
        return len(self.new) + self.unchanged + len(self.rejected) + len(self.deferred)

    def add(self, other: Discovery) -> None:
        """Add the inputs ``other`` found (the fetched URLs and feed entries) to these."""
        self.new += other.new
        self.unchanged += other.unchanged
        self.rejected += other.rejected
        self.deferred += other.deferred


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
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def load_manifest(con: duckdb.DuckDBPyConnection) -> dict[str, Seen]:
    rows = con.execute(
        """
        select source_uri, version, size_bytes, mtime_ns, content_hash, status, reason
        from raw.file_manifest
        qualify row_number() over (partition by source_uri order by version desc) = 1
        """
    ).fetchall()
    return {r[0]: Seen(*r[1:]) for r in rows}


def _entries(inbox: Path) -> list[tuple[str, tuple[str, ...]]]:
    """Every entry under ``inbox`` (recursively; hidden ones and their contents skipped; symlinked
    folders listed, not entered) as (path, parts relative to the inbox), in path order."""
    if inbox.is_file():
        return [(str(inbox), ())]
    root = str(inbox)
    out: list[tuple[str, tuple[str, ...]]] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(folder, root)
        base = () if rel == "." else tuple(rel.split(os.sep))
        for name in (*dirs, *files):
            if not name.startswith("."):
                out.append((os.path.join(folder, name), (*base, name)))
        # symlinked folders are listed by os.walk among dirs but, like Path.rglob, not entered
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
    out.sort(key=lambda e: e[1])
    return out


def _same_rejection(prev: Seen | None, reason: str, size: int | None, mtime_ns: int | None) -> bool:
    """The input was rejected last time for this reason, in this state: nothing to record again."""
    return (
        prev is not None
        and prev.status == "rejected"
        and prev.reason == reason
        and prev.size_bytes == size
        and prev.mtime_ns == mtime_ns
    )


def discover(
    inboxes: list[Path],
    manifest: dict[str, Seen],
    max_bytes: int,
    settle_seconds: float = 0.0,
    now_ns: int | None = None,
) -> Discovery:
    """Walk the inboxes (recursively, hidden entries skipped) and sort every entry into new,
    unchanged, rejected or deferred, by size and mtime against the manifest (one stat per entry).

    An entry rejected before reading (unreadable, not a regular file, too large) is recorded
    once: while it keeps its state (same reason, size and mtime) it counts as unchanged. A file
    modified less than ``settle_seconds`` before ``now_ns`` (default: now) may still be being
    written: it is deferred (left for a later run, not recorded in the manifest)."""
    found = Discovery()
    now_ns = time.time_ns() if now_ns is None else now_ns

    def reject(item: InputItem, reason: str, prev: Seen | None) -> None:
        if _same_rejection(prev, reason, item.size_bytes, item.mtime_ns):
            found.unchanged += 1
        else:
            found.rejected.append((item, reason))

    for inbox in inboxes:
        shown = display_uri(inbox)
        for path, parts in _entries(inbox):
            uri = os.path.join(shown, *map(printable, parts)) if parts else shown
            prev = manifest.get(uri)
            try:
                st = os.stat(path)
            except FileNotFoundError:
                try:  # a broken symlink: reported as what it is, not a regular file
                    st = os.lstat(path)
                except OSError as exc:
                    reject(InputItem(uri, kind_of(uri)), f"unreadable: {exc.strerror}", prev)
                    continue
            except OSError as exc:  # a symlink loop, no permission, ...
                reject(InputItem(uri, kind_of(uri)), f"unreadable: {exc.strerror}", prev)
                continue
            if stat.S_ISDIR(st.st_mode):
                suffix = os.path.splitext(path)[1].lower()
                if suffix in ARTICLE_SUFFIXES:
                    reject(
                        InputItem(uri, kind_of(uri)),
                        "not a file: a directory named like an article file",
                        prev,
                    )
                continue
            if prev and prev.size_bytes == st.st_size and prev.mtime_ns == st.st_mtime_ns:
                found.unchanged += 1
                continue
            item = InputItem(uri, kind_of(uri), path=path, size_bytes=st.st_size, mtime_ns=st.st_mtime_ns)
            if not stat.S_ISREG(st.st_mode):
                reject(item, "not a regular file", prev)
            elif st.st_size > max_bytes:
                reject(item, f"too large: {st.st_size} bytes > limit {max_bytes} (DYAD_MAX_FILE_BYTES)", prev)
            elif abs(now_ns - st.st_mtime_ns) < settle_seconds * 1e9:
                age = (now_ns - st.st_mtime_ns) / 1e9
                found.deferred.append(
                    (
                        item,
                        f"still being written: modified {age:.1f} s ago (settle_seconds = {settle_seconds:g})",
                    )
                )
            else:
                found.new.append(item)
    return found
