"""Write parse results into the raw tables: one transaction, so a killed run leaves no partial article."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import duckdb
import pandas as pd

from flows.ingest.documents import InputItem, ParseResult
from flows.ingest.inbox import Seen
from flows.text.similarity import band_hashes


@dataclass
class LoadStats:
    files_new: int = 0
    files_unchanged: int = 0  # touched (new mtime) but same bytes
    files_duplicate: int = 0
    files_rejected: int = 0
    articles_new: int = 0
    facts_new: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)


def _frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame.from_records(rows, columns=columns)


def load_results(
    con: duckdb.DuckDBPyConnection,
    results: list[ParseResult],
    rejected_inputs: list[tuple[InputItem, str]],
    manifest: dict[str, Seen],
    run_id: str,
    now: datetime,
    known_ids: dict[str, str] | None = None,
) -> LoadStats:
    """``known_ids`` (article id -> source uri) replaces reading them from ``raw.articles``
    when the articles already stored live elsewhere (the DuckLake mode, flows/lake.py)."""
    stats = LoadStats()
    if known_ids is None:
        known_ids = {
            r[0]: r[1] for r in con.execute("select article_id, source_uri from raw.articles").fetchall()
        }
    else:
        known_ids = dict(known_ids)

    manifest_rows: list[tuple] = []
    mtime_updates: list[tuple] = []
    article_rows: list[tuple] = []
    sentence_rows: list[tuple] = []
    token_rows: list[tuple] = []
    fact_rows: list[tuple] = []
    people_rows: list[tuple] = []
    signature_rows: list[tuple] = []
    band_rows: list[tuple] = []
    rejected_rows: list[tuple] = []

    def manifest_row(item: InputItem, content_hash, status, article_id, reason, encoding) -> None:
        prev = manifest.get(item.source_uri)
        version = (prev.version + 1) if prev else 1
        manifest_rows.append(
            (
                item.source_uri,
                version,
                item.kind,
                item.size_bytes,
                item.mtime_ns,
                content_hash,
                status,
                article_id,
                reason,
                encoding,
                run_id,
                now,
            )
        )

    def reject(uri: str, reason: str) -> None:
        stats.files_rejected += 1
        stats.rejected.append((uri, reason))
        rejected_rows.append((uri, reason, now, run_id))

    for item, reason in rejected_inputs:
        reject(item.source_uri, reason)
        manifest_row(item, None, "rejected", None, reason, None)

    for res in results:
        item = res.item
        prev = manifest.get(item.source_uri)
        if prev and res.content_hash and prev.content_hash == res.content_hash:
            # same bytes, new mtime: remember the mtime so the next run skips it without reading
            stats.files_unchanged += 1
            mtime_updates.append((item.mtime_ns, item.source_uri, prev.version))
            continue
        for uri, reason in res.rejected:
            reject(uri, reason)
        if not res.articles:  # nothing usable in the file: the file itself is rejected
            reason = res.rejected[0][1] if res.rejected else "no article"
            if len(res.rejected) > 1:
                reason = f"{reason} (and {len(res.rejected) - 1} more items)"
            manifest_row(item, res.content_hash, "rejected", None, reason, res.encoding)
            continue
        stats.files_new += 1
        fresh = [a for a in res.articles if a.article_id not in known_ids]
        if not fresh:
            first = res.articles[0].article_id
            stats.files_duplicate += 1
            manifest_row(
                item,
                res.content_hash,
                "duplicate",
                first,
                f"same article as {known_ids[first]}",
                res.encoding,
            )
            continue
        manifest_row(item, res.content_hash, "ingested", fresh[0].article_id, None, res.encoding)
        for art in fresh:
            if art.article_id in known_ids:  # repeated inside one JSON Lines file
                continue
            known_ids[art.article_id] = art.source_uri
            stats.articles_new += 1
            article_rows.append(
                (
                    art.article_id,
                    art.source_uri,
                    res.content_hash,
                    res.encoding,
                    res.had_errors,
                    art.raw_text,
                    art.body,
                    art.body_start,
                    art.body_end,
                    art.title,
                    art.published_date,
                    art.publisher,
                    art.url,
                    art.language,
                    run_id,
                    now,
                )
            )
            a = art.analysis
            sentence_rows.extend((art.article_id, *row) for row in a.sentences)
            token_rows.extend((art.article_id, *row) for row in a.tokens)
            for idx, (sent, f) in enumerate(a.facts):
                fact_rows.append(
                    (
                        art.article_id,
                        idx,
                        sent,
                        f.char_start,
                        f.char_end,
                        f.quote,
                        f.number_text,
                        f.value,
                        f.value_high,
                        f.unit,
                        f.comparator,
                        f.metric,
                        f.counted,
                        f.change,
                        f.period,
                    )
                )
            signature_rows.append((art.article_id, a.signature))
            band_rows.extend((art.article_id, b, h) for b, h in enumerate(band_hashes(a.signature)))
            for idx, (sent, p) in enumerate(a.people):
                people_rows.append(
                    (
                        art.article_id,
                        idx,
                        sent,
                        p.char_start,
                        p.char_end,
                        p.name,
                        p.name_as_written,
                        p.role,
                        p.role_start,
                        p.role_end,
                    )
                )
    stats.facts_new = len(fact_rows)

    con.execute("begin transaction")
    try:
        tables = {
            "raw.file_manifest": (
                manifest_rows,
                [
                    "source_uri",
                    "version",
                    "source_kind",
                    "size_bytes",
                    "mtime_ns",
                    "content_hash",
                    "status",
                    "article_id",
                    "reason",
                    "encoding",
                    "run_id",
                    "recorded_at",
                ],
            ),
            "raw.articles": (
                article_rows,
                [
                    "article_id",
                    "source_uri",
                    "content_hash",
                    "encoding",
                    "had_decode_errors",
                    "raw_text",
                    "body",
                    "body_start",
                    "body_end",
                    "title",
                    "published_date",
                    "publisher",
                    "url",
                    "language",
                    "run_id",
                    "ingested_at",
                ],
            ),
            "raw.sentences": (
                sentence_rows,
                ["article_id", "sentence_idx", "char_start", "char_end", "sentence_text"],
            ),
            "raw.tokens": (
                token_rows,
                [
                    "article_id",
                    "token_idx",
                    "sentence_idx",
                    "char_start",
                    "char_end",
                    "token",
                    "token_norm",
                    "is_capitalized",
                    "is_sentence_start",
                    "hyphen_after",
                ],
            ),
            "raw.number_mentions": (
                fact_rows,
                [
                    "article_id",
                    "mention_idx",
                    "sentence_idx",
                    "char_start",
                    "char_end",
                    "quote",
                    "number_text",
                    "value",
                    "value_high",
                    "unit",
                    "comparator",
                    "metric",
                    "counted",
                    "change",
                    "period",
                ],
            ),
            "raw.person_mentions": (
                people_rows,
                [
                    "article_id",
                    "mention_idx",
                    "sentence_idx",
                    "char_start",
                    "char_end",
                    "name",
                    "name_as_written",
                    "role",
                    "role_start",
                    "role_end",
                ],
            ),
            "raw.article_signatures": (signature_rows, ["article_id", "signature"]),
            "raw.article_bands": (band_rows, ["article_id", "band_idx", "band_hash"]),
            "audit.rejected_files": (rejected_rows, ["source_uri", "reason", "detected_at", "run_id"]),
        }
        for table, (rows, columns) in tables.items():
            if rows:
                df = _frame(rows, columns)  # noqa: F841  (read by DuckDB's replacement scan)
                con.execute(f"insert into {table} ({', '.join(columns)}) select {', '.join(columns)} from df")
        if mtime_updates:
            con.executemany(
                "update raw.file_manifest set mtime_ns = ? where source_uri = ? and version = ?",
                mtime_updates,
            )
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return stats
