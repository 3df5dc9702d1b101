"""Discover what is new in the inbox, against the manifest of what was already seen."""

from __future__ import annotations

import os
import stat
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


@dataclass
class Discovery:
    new: list[InputItem] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[tuple[InputItem, str]] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return len(self.new) + self.unchanged + len(self.rejected)


def display_uri(path: Path) -> str:
    """Paths under the project root are stored relative to it (``seeds/000.txt``), others absolute."""
    resolved = path.absolute()
    try:
        return str(resolved.relative_to(PROJECT_ROOT))
    except ValueError:
        return str(resolved)


def load_manifest(con: duckdb.DuckDBPyConnection) -> dict[str, Seen]:
    rows = con.execute(
        """
        select source_uri, version, size_bytes, mtime_ns, content_hash, status
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


def discover(inboxes: list[Path], manifest: dict[str, Seen], max_bytes: int) -> Discovery:
    """Walk the inboxes (recursively, hidden entries skipped) and sort every entry into new,
    unchanged or rejected, by size and mtime against the manifest (one stat per entry)."""
    found = Discovery()
    for inbox in inboxes:
        shown = display_uri(inbox)
        for path, parts in _entries(inbox):
            uri = os.path.join(shown, *parts) if parts else shown
            try:
                st = os.stat(path)
            except FileNotFoundError:
                try:  # a broken symlink: reported as what it is, not a regular file
                    st = os.lstat(path)
                except OSError as exc:
                    found.rejected.append((InputItem(uri, kind_of(uri)), f"unreadable: {exc.strerror}"))
                    continue
            except OSError as exc:
                found.rejected.append((InputItem(uri, kind_of(uri)), f"unreadable: {exc.strerror}"))
                continue
            prev = manifest.get(uri)
            if stat.S_ISDIR(st.st_mode):
                suffix = os.path.splitext(path)[1].lower()
                if suffix in ARTICLE_SUFFIXES and not (prev and prev.status == "rejected"):
                    found.rejected.append(
                        (InputItem(uri, kind_of(uri)), "not a file: a directory named like an article file")
                    )
                continue
            if prev and prev.size_bytes == st.st_size and prev.mtime_ns == st.st_mtime_ns:
                found.unchanged += 1
                continue
            item = InputItem(uri, kind_of(uri), path=path, size_bytes=st.st_size, mtime_ns=st.st_mtime_ns)
            if not stat.S_ISREG(st.st_mode):
                found.rejected.append((item, "not a regular file"))
            elif st.st_size > max_bytes:
                found.rejected.append(
                    (item, f"too large: {st.st_size} bytes > limit {max_bytes} (DYAD_MAX_FILE_BYTES)")
                )
            else:
                found.new.append(item)
    return found
