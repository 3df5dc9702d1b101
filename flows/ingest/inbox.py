"""Discover what is new in the inbox, against the manifest of what was already seen."""

from __future__ import annotations

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


def discover(inboxes: list[Path], manifest: dict[str, Seen], max_bytes: int) -> Discovery:
    """Walk the inboxes (recursively, hidden entries skipped) and sort every entry into new,
    unchanged (same size and mtime as last seen) or rejected (not a readable regular file)."""
    found = Discovery()
    for inbox in inboxes:
        entries = [inbox] if inbox.is_file() else sorted(inbox.rglob("*"))
        for path in entries:
            rel_parts = path.relative_to(inbox).parts if path != inbox else ()
            if any(part.startswith(".") for part in rel_parts):
                continue
            uri = display_uri(path)
            try:
                st = path.lstat() if path.is_symlink() and not path.exists() else path.stat()
            except OSError as exc:
                found.rejected.append((InputItem(uri, kind_of(uri)), f"unreadable: {exc.strerror}"))
                continue
            prev = manifest.get(uri)
            if stat.S_ISDIR(st.st_mode):
                if path.suffix.lower() in ARTICLE_SUFFIXES and not (prev and prev.status == "rejected"):
                    found.rejected.append(
                        (InputItem(uri, kind_of(uri)), "not a file: a directory named like an article file")
                    )
                continue
            if prev and prev.size_bytes == st.st_size and prev.mtime_ns == st.st_mtime_ns:
                found.unchanged += 1
                continue
            item = InputItem(
                uri, kind_of(uri), path=str(path), size_bytes=st.st_size, mtime_ns=st.st_mtime_ns
            )
            if not stat.S_ISREG(st.st_mode):
                found.rejected.append((item, "not a regular file"))
            elif st.st_size > max_bytes:
                found.rejected.append(
                    (item, f"too large: {st.st_size} bytes > limit {max_bytes} (DYAD_MAX_FILE_BYTES)")
                )
            else:
                found.new.append(item)
    return found
